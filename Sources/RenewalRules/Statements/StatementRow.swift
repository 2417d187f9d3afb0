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
        /// The line, and which of its first words is the date.
        case pasted(Substring, dateWord: Int?)
        case csv(amount: Substring?, refund: Substring?)
    }

    /// Words that mark a line as money given back.
    static let refundWords = ["返品", "取消", "取り消し", "返金", "キャンセル", "refund", "reversal", "chargeback"]

    /// A pasted line: the date among its first words.
    init(line: Int, pasted: Substring) {
        self.line = line
        let kept = pasted.prefix(StatementScanner.maximumLineCharacters)
        text = String(kept)
        let first = kept.split(maxSplits: 3, whereSeparator: Self.isSpace).prefix(3)
        var dateWord: Int?
        var date: DateField?
        for (index, word) in first.enumerated() {
            if let found = DateField(word) {
                (dateWord, date) = (index, found)
                break
            }
        }
        self.date = date
        fields = .pasted(kept, dateWord: dateWord)
    }

    /// A CSV row: the description, date, amount and refund fields where the columns are known.
    init(line: Int, fields row: [String], columns: StatementColumns) {
        self.line = line
        let field = { (index: Int?) -> Substring? in index.flatMap { $0 < row.count ? Substring(row[$0]) : nil } }
        text = String((field(columns.description) ?? "").prefix(StatementScanner.maximumLineCharacters))
        date = field(columns.date).flatMap { DateField($0.trimmedOfSpaces) }
        fields = .csv(amount: field(columns.amount), refund: field(columns.refund))
    }

    /// The row's amount (its sign kept), whether a word or a refund column marks it as money given
    /// back, and its grouping key: the description folded without digits or refund words, so that
    /// a changing reference number does not split a seller's monthly charges and a refund joins
    /// the charge it cancels.
    func details() -> (key: String, amount: ChargeAmount?, refundMarked: Bool) {
        switch fields {
        case .pasted(let pasted, let dateWord):
            var words = pasted.split(whereSeparator: Self.isSpace)
            if let dateWord { words.remove(at: dateWord) }
            // A marked or grouped number (`¥480`, `USD 12.99`, `4,980`) among the last words first;
            // a bare last number only when there is none and the line has a date.
            var found: (amount: ChargeAmount, range: Range<Int>)?
            for bare in [false, true] where found == nil && (!bare || date != nil) {
                for index in words.indices.reversed().prefix(4) {
                    if let amount = Self.amount(in: words, at: index, bare: bare) {
                        found = amount
                        break
                    }
                }
            }
            if let found { words.removeSubrange(found.range) }
            let description = words.joined(separator: " ")
            return (Self.key(description), found?.amount, Self.namesRefund(description))
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
            return (Self.key(text), amount, refundColumn || Self.namesRefund(text))
        }
    }

    /// The amount at a word: with a currency word just before it (`USD 12.99`, `¥ 480`) or after it
    /// (`12.99 USD`), or alone; a bare number (no mark, no grouping) only when `bare`.
    private static func amount(in words: [Substring], at index: Int, bare: Bool) -> (ChargeAmount, Range<Int>)? {
        func isMarker(_ word: Substring) -> Bool { AmountField.markers.contains { $0.0 == word } }
        if index > 0, isMarker(words[index - 1]),
            let amount = AmountField.read(Substring(words[index - 1] + " " + words[index]), requireMarker: true)
        {
            return (amount, (index - 1)..<(index + 1))
        }
        if isMarker(words[index]), index > 0,
            let amount = AmountField.read(Substring(words[index - 1] + " " + words[index]), requireMarker: true)
        {
            return (amount, (index - 1)..<(index + 1))
        }
        guard let amount = AmountField.read(words[index], requireMarker: !bare) else { return nil }
        return (amount, index..<(index + 1))
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
        var folded = TextNormalizer.fold(String(description.prefix(200)))
        for word in refundWords { folded = folded.replacingOccurrences(of: word, with: "") }
        return String(folded.filter { !$0.isNumber && !$0.isWhitespace })
    }
}
