/// Which CSV columns hold the description, the date, the amount and a separate refund amount:
/// named by the caller, found from the header (Japanese issuers' and banks' names, and English
/// ones), or else from the values.
struct StatementColumns {
    /// The description column (0-based).
    let description: Int
    /// The date column, if any.
    let date: Int?
    /// The amount column, if any.
    let amount: Int?
    /// A separate refund or credit column, if any.
    let refund: Int?
    /// The date column's header, which may spell the day order.
    let dateHeader: String?

    static let dateHeaders: [String] = [
        "ご利用日", "利用日", "ご利用年月日", "利用年月日", "お取引日", "取引日", "お取扱日", "取扱日", "日付", "年月日", "date",
        "transaction date", "trans. date", "trans date", "posted date", "posting date", "post date",
    ]
    static let amountHeaders: [String] = [
        "ご利用金額", "利用金額", "お支払金額", "支払金額", "お支払い金額", "支払い金額", "ご請求金額", "請求金額", "今回ご請求額",
        "お引出し", "お引出", "出金金額", "出金", "金額", "amount", "debit", "debit amount", "charge", "withdrawal",
        "withdrawals",
    ]
    static let refundHeaders: [String] = [
        "返金", "返品", "お預入れ", "お預入", "入金金額", "入金", "credit", "credit amount", "credits", "deposit", "refund",
    ]

    /// The columns of a table whose description column is known. `header` holds the folded first
    /// row's fields when it is a header.
    static func find(
        in table: CSVTable, description: Int, header: [String]?, rawHeader: [String]?, dateNamed: String?,
        amountNamed: String?
    ) throws(StatementScanner.ScanError) -> StatementColumns {
        func named(_ name: String?) throws(StatementScanner.ScanError) -> Int? {
            guard let name else { return nil }
            if let index = Int(name), index >= 1 { return index - 1 }
            guard let index = header?.firstIndex(of: TextNormalizer.fold(name)) else {
                throw .noSuchColumn(String(name.prefix(60)))
            }
            return index
        }
        func known(_ names: [String]) -> Int? {
            guard let header else { return nil }
            for name in names.map(TextNormalizer.fold) {
                // `ご利用金額(円)`: a known name with its unit after it.
                if let index = header.firstIndex(where: { $0 == name || $0.hasPrefix(name + "(") }),
                    index != description
                {
                    return index
                }
            }
            return nil
        }
        let sample = table.rows.dropFirst(header == nil ? 0 : 1).prefix(200)
        var date = try named(dateNamed) ?? known(dateHeaders)
        if date == nil {
            date = mostly(sample, besides: [description]) { DateField(Substring($0).trimmedOfSpaces) != nil }
        }
        var amount = try named(amountNamed) ?? known(amountHeaders)
        if amount == nil {
            // Without a header: among the columns of numbers, the one printed as money (grouped,
            // decimals or a currency sign) rather than a reference number, else the last one.
            let numeric = columns(sample, besides: [description] + (date.map { [$0] } ?? [])) { field in
                DateField(Substring(field)) == nil && AmountField.read(Substring(field)) != nil
            }
            amount =
                numeric.first { index in
                    sample.contains { row in
                        index < row.fields.count
                            && AmountField.read(Substring(row.fields[index]), requireMarker: true) != nil
                    }
                } ?? numeric.last
        }
        let refund = known(refundHeaders).flatMap { $0 == amount ? nil : $0 }
        return StatementColumns(
            description: description, date: date, amount: amount, refund: refund,
            dateHeader: date.flatMap { index in rawHeader.flatMap { index < $0.count ? $0[index] : nil } })
    }

    /// The first column (but those given) where most of the sample's non-empty fields pass `test`.
    private static func mostly(_ rows: ArraySlice<CSVTable.Row>, besides: [Int], _ test: (String) -> Bool) -> Int? {
        columns(rows, besides: besides, test).first
    }

    /// Every column (but those given) where most of the sample's non-empty fields pass `test`.
    private static func columns(_ rows: ArraySlice<CSVTable.Row>, besides: [Int], _ test: (String) -> Bool) -> [Int] {
        let width = min(rows.map(\.fields.count).max() ?? 0, 64)
        return (0..<width).filter { index in
            guard !besides.contains(index) else { return false }
            let fields = rows.compactMap { index < $0.fields.count ? $0.fields[index] : nil }.filter { !$0.isEmpty }
            return fields.count >= 2 && fields.filter(test).count * 5 >= fields.count * 4
        }
    }
}
