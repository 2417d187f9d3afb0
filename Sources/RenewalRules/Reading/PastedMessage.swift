/// Whether several pasted lines are one message (an e-mail, a receipt, a few sentences) to
/// identify as a whole, rather than a statement's lines to scan one by one.
public enum PastedMessage {
    /// True when a line is an e-mail header or a forwarding marker, a line holds an order-number
    /// label, or most lines read as sentences without a digit. Statement lines are none of these.
    public static func isMessage(_ text: String) -> Bool {
        var lines = 0
        var sentences = 0
        for line in text.split(whereSeparator: \.isNewline).prefix(200) {
            let folded = EmailHeaders.unquoted(TextNormalizer.foldedBytes(String(line)))
            guard !folded.isEmpty else { continue }
            lines += 1
            if EmailHeaders.header(folded) != nil || !OrderNumberExtractor.labelEnds(in: folded).isEmpty { return true }
            // A statement line has a date or an amount, whatever words it holds (`ご利用分`).
            if !folded.contains(where: \.isASCIIDigit), SentenceWords.isSentence(folded) { sentences += 1 }
        }
        return lines > 0 && sentences * 2 > lines
    }
}
