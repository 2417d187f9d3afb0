/// One row of a statement as read: the text that is identified, and the date printed beside it.
/// The amount, the refund marks and the grouping key are read only for the rows that relate to
/// Kaspersky or to a store (``details()``): most of a statement is neither.
struct StatementRow {
    /// The 1-based line the row starts on.
    let line: Int
    /// What is identified: the whole pasted line, or the CSV description field.
    let text: String
    /// The date as printed, before the column's order settles it: read for every row, since the
    /// year of `04/03` comes from the neighbouring rows.
    let date: DateField?
    private let fields: Fields

    private enum Fields {
        case pasted(Substring)
        case csv(amount: Substring?, refund: Substring?)
    }

    /// Words that mark a line as money given back.
    static let refundWords = ["返品", "取消", "取り消し", "返金", "キャンセル", "refund", "reversal", "chargeback"]

    /// A pasted line: the date among its first words.
    init(line: Int, pasted: Substring) {
        self.line = line
        let kept = pasted.prefix(StatementScanner.maximumLineCharacters)
        text = String(kept)
        date = kept.split(maxSplits: 3, whereSeparator: Self.isSpace).prefix(3).lazy.compactMap { DateField($0) }.first
        fields = .pasted(kept)
    }

    /// A CSV row: the description, date, amount and refund fields where the columns are known.
    init(line: Int, fields row: [String], columns: StatementColumns) {
        self.line = line
        let field = { (index: Int?) -> Substring? in index.flatMap { $0 < row.count ? Substring(row[$0]) : nil } }
        text = String((field(columns.description) ?? "").prefix(StatementScanner.maximumLineCharacters))
        date = field(columns.date).flatMap { DateField($0.trimmedOfSpaces) }
        fields = .csv(amount: field(columns.amount), refund: field(columns.refund))
    }

    /// The row's amount, whether it gives money back, and its grouping key: the description
    /// folded without digits, so that a changing reference number does not split a seller's
    /// monthly charges.
    func details() -> (key: String, amount: ChargeAmount?, isRefund: Bool) {
        switch fields {
        case .pasted(let pasted):
            var words = pasted.split(whereSeparator: Self.isSpace)
            if let index = words.prefix(3).firstIndex(where: { DateField($0) != nil }) { words.remove(at: index) }
            var amount: ChargeAmount?
            for index in words.indices.reversed().prefix(4) {
                // `¥ 4,980`: a currency sign standing alone belongs to the number after it.
                let joined = index + 1 < words.count && AmountField.markers.contains { $0.0 == words[index] }
                let word = joined ? words[index] + words[index + 1] : words[index]
                let last = index == words.count - 1
                if let found = AmountField.read(word, requireMarker: !(last && date != nil)) {
                    amount = found
                    words.removeSubrange(index..<min(words.count, index + (joined ? 2 : 1)))
                    break
                }
            }
            let description = words.joined(separator: " ")
            return (Self.key(description), amount, Self.namesRefund(description) || amount?.isNegative == true)
        case .csv(let amountField, let refundField):
            var amount = amountField.flatMap { AmountField.read($0) }
            var refundColumn = false
            if let refund = refundField.flatMap({ AmountField.read($0) }), refund.hundredths > 0 {
                // A separate refund column: money back, whatever sign it is printed with.
                if amount == nil || amount?.hundredths == 0 {
                    amount = ChargeAmount(hundredths: refund.hundredths, currency: refund.currency, isNegative: true)
                }
                refundColumn = true
            }
            return (Self.key(text), amount, refundColumn || Self.namesRefund(text) || amount?.isNegative == true)
        }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}"
    }

    /// Whether a description says it is money given back.
    private static func namesRefund(_ description: String) -> Bool {
        let lowered = description.lowercased()
        return refundWords.contains { lowered.contains($0) }
    }

    private static func key(_ description: String) -> String {
        String(TextNormalizer.fold(String(description.prefix(200))).filter { !$0.isNumber && !$0.isWhitespace })
    }
}
