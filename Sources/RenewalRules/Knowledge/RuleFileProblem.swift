/// One thing wrong with a rule file: where, and what to change.
public struct RuleFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as it was named when loaded.
    public let file: String
    /// The line, from 1; 0 when the problem is the file as a whole.
    public let line: Int
    /// What is wrong and what to change.
    public let message: String

    /// `rules.yaml:12: …`, as compilers and linters print them.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Every problem a rule file has: loading reports them all at once rather than the first only, so
/// that one edit-and-check round fixes a file.
public struct RuleFileErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public let problems: [RuleFileProblem]

    /// One problem a line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
