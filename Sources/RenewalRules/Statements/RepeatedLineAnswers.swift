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

    private var answers: [String: LineAnswer] = [:]

    /// The line's answer, from memory when its text was seen before.
    mutating func answer(_ text: String, rules: RuleBook) -> LineAnswer {
        if let known = answers[text] { return known }
        let answer = StatementScanner.answer(text, rules: rules)
        if answers.count < Self.capacity { answers[text] = answer }
        return answer
    }
}
