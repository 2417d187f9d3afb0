/// The JSON shape of a statement scan, shared by the CLI (`scan --json`) and the HTTP service.
public struct ScanDocument: Sendable {
    /// One related line.
    public struct MatchDocument: Sendable {
        /// Its 1-based line number.
        public let line: Int
        /// The text identified.
        public let text: String
        /// The full identification.
        public let identification: IdentificationDocument
    }

    /// `lines` or `csv`.
    public let layout: StatementScanner.Layout
    /// The CSV column read: `{"index", "name"}`, or `null`.
    public let column: ColumnDocument?
    /// Lines read.
    public let linesRead: Int
    /// Lines read that are not related to Kaspersky.
    public let linesSkipped: Int
    /// The related lines.
    public let matches: [MatchDocument]

    /// `{"index", "name"}`.
    public struct ColumnDocument: Sendable {
        /// The 1-based index.
        public let index: Int
        /// The header, or `null`.
        public let name: String?
    }

    /// Renders a scan in a language.
    public init(_ scan: StatementScan, language: Language, rules: RuleBook = .standard) {
        layout = scan.layout
        column = scan.column.map { ColumnDocument(index: $0.index, name: $0.name) }
        linesRead = scan.read
        linesSkipped = scan.skipped
        matches = scan.matches.map {
            MatchDocument(
                line: $0.line, text: $0.text,
                identification: IdentificationDocument($0.identification, language: language, rules: rules))
        }
    }

    /// The scan as text for people: a summary, then each related line with its answer (see
    /// ``IdentificationDocument/plainText(language:guideCommand:)`` for `guideCommand`).
    public func plainText(language: Language, guideCommand: String? = nil) -> String {
        let ja = language == .ja
        var out =
            ja
            ? "読んだ行: \(linesRead)、関係のない行: \(linesSkipped)、カスペルスキーに関係する行: \(matches.count)\n"
            : "Lines read: \(linesRead), unrelated: \(linesSkipped), related to Kaspersky: \(matches.count)\n"
        for match in matches {
            out += "\n" + (ja ? "\(match.line)行目" : "Line \(match.line)") + "\n"
            out += match.identification.plainText(language: language, guideCommand: guideCommand)
        }
        return out
    }
}
