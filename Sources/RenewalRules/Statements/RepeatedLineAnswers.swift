/// The answers already given for a statement's lines, so that a line repeated (the same monthly
/// charge, or an attacker's 20,000 copies) is identified once: the same text always gets the same
/// answer.
///
/// Bounded: past ``capacity`` distinct texts nothing more is remembered, and the rest are
/// identified one by one as before.
struct RepeatedLineAnswers {
    /// The most distinct texts remembered: more than a year of any real statement's distinct
    /// descriptions, and at most a few megabytes of text (1,000 characters a line).
    static let capacity = 1_024

    private var answers: [String: StatementScan.Match?] = [:]

    /// The line's match, from memory when its text was seen before.
    mutating func match(_ text: String, line: Int, rules: RuleBook) -> StatementScan.Match? {
        if let known = answers[text] {
            return known.map { StatementScan.Match(line: line, text: $0.text, identification: $0.identification) }
        }
        let match = StatementScanner.match(text, line: line, rules: rules)
        if answers.count < Self.capacity { answers[text] = match }
        return match
    }
}
