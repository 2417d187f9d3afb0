/// Labels that say the number after them is not an order number: a receipt's document number, an
/// inquiry or phone number, a postal code, card digits, an activation code. A receipt holds several
/// numbers, and the one with a reseller's shape is often one of these (an Apple receipt's 12-digit
/// 書類番号 has Digital River's); the label settles it.
enum OtherNumberLabels {
    /// The labels, folded, in the languages Kaspersky sells in.
    static let labels: [[UInt8]] = [
        "書類番号", "領収書番号", "請求書番号", "請求番号", "ドキュメント番号", "document no", "document number", "document id",
        "invoice", "receipt no", "receipt number", "receipt id", "お問い合わせ番号", "問い合わせ番号", "問合せ番号", "お問合せ番号",
        "受付番号", "inquiry", "ticket", "case number", "case id", "電話番号", "電話", "tel", "phone", "telephone", "fax",
        "〒", "郵便番号", "postal code", "zip", "カード番号", "card number", "card ending", "カード末尾", "会員番号", "お客様番号",
        "customer id", "customer number", "account number", "member id", "apple id", "トランザクション番号", "transaction id",
        "transaction number", "取引番号", "承認番号", "authorization code", "伝票番号", "追跡番号", "tracking number",
        "口座番号", "アクティベーションコード", "activation code", "ライセンスキー", "license key", "licence key", "serial",
        "rechnungsnummer", "kundennummer", "telefon", "numéro de facture", "facture", "téléphone", "factura",
        "teléfono", "fatura", "telefone", "номер счета", "телефон", "numer faktury",
    ].map { TextNormalizer.foldedBytes($0) }

    /// Where the number a label ending at `labelEnd` introduces stands in a folded line, if one
    /// follows: past punctuation, spaces and `no`/`#`, a run of letters and digits (digit groups
    /// joined by spaces, dots or hyphens).
    static func number(after labelEnd: Int, in line: [UInt8]) -> Range<Int>? {
        var start = labelEnd
        while start < line.count, start - labelEnd < 12, !line[start].isASCIIAlphanumeric,
            line[start] < 0x80 || line[start] == 0xE3
        {
            start += line[start] < 0x80 ? 1 : 3
        }
        guard start < line.count else { return nil }
        for glue in ["no", "nr", "number", "id"] where line[start...].starts(with: glue.utf8) {
            let after = start + glue.count
            if after == line.count || !line[after].isASCIILetter {
                start = after
                while start < line.count, line[start] < 0x80, !line[start].isASCIIAlphanumeric { start += 1 }
                break
            }
        }
        var end = start
        while end < line.count {
            let byte = line[end]
            let joinsDigits =
                (byte == 0x2D || byte == 0x20 || byte == 0x2E) && end + 1 < line.count && line[end + 1].isASCIIDigit
            guard byte.isASCIIAlphanumeric || joinsDigits else { break }
            end += 1
        }
        guard end > start, line[start..<end].contains(where: \.isASCIIDigit) else { return nil }
        return start..<end
    }
}
