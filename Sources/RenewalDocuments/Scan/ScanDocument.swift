public import RenewalRules

/// The JSON shape of a statement scan, shared by the CLI (`scan --json`), the HTTP service and the
/// page.
///
/// Bounded by what it says, not by what was sent: identical lines are answered once with all their
/// line numbers, at most ``shownInFull`` distinct texts carry an answer, and the rest are summed
/// up by seller with their line numbers.
public struct ScanDocument: Sendable {
    /// One distinct related text and the lines that hold it.
    public struct MatchDocument: Sendable {
        /// The first line that holds it, 1-based.
        public var line: Int { lines[0] }
        /// Every line that holds it, in statement order.
        public fileprivate(set) var lines: [Int]
        /// The text identified.
        public let text: String
        /// The full identification.
        public let identification: IdentificationDocument
    }

    /// Related lines past those answered in full, by seller.
    public struct OmittedDocument: Sendable {
        /// The seller they were identified with, or `nil` where none was.
        public let provider: ProviderReference?
        /// Their line numbers, in statement order.
        public fileprivate(set) var lines: [Int]
    }

    /// How many distinct texts are answered in full; the page shows as many.
    public static let shownInFull = 50

    /// `lines` or `csv`.
    public let layout: StatementScanner.Layout
    /// The CSV column read: `{"index", "name"}`, or `null`.
    public let column: ColumnDocument?
    /// Lines read.
    public let linesRead: Int
    /// Lines read that are not related to Kaspersky.
    public let linesSkipped: Int
    /// The related lines, one entry per distinct text in the order of its first line.
    public let matches: [MatchDocument]
    /// The related lines past the first ``shownInFull`` distinct texts, by seller.
    public let omitted: [OmittedDocument]
    /// The related lines grouped by seller, and the store charges that may include Kaspersky's,
    /// with their charges, cadence and next charge.
    public let groups: [ScanGroupDocument]

    /// Lines related to Kaspersky, answered in full or summed up.
    public var relatedLines: Int { linesRead - linesSkipped }

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
        groups = scan.groups.map { ScanGroupDocument($0, language: language, rules: rules) }
        var matches: [MatchDocument] = []
        var omitted: [OmittedDocument] = []
        var byText: [String: Int] = [:]
        var bySeller: [ProviderID?: Int] = [:]
        for match in scan.matches {
            if let index = byText[match.text] {
                matches[index].lines.append(match.line)
            } else if matches.count < Self.shownInFull {
                byText[match.text] = matches.count
                matches.append(
                    MatchDocument(
                        lines: [match.line], text: match.text,
                        identification: IdentificationDocument(match.identification, language: language, rules: rules)))
            } else {
                let seller = match.identification.provider
                if let index = bySeller[seller] {
                    omitted[index].lines.append(match.line)
                } else {
                    bySeller[seller] = omitted.count
                    omitted.append(
                        OmittedDocument(
                            provider: seller.map { ProviderReference($0, rules: rules) }, lines: [match.line]))
                }
            }
        }
        self.matches = matches
        self.omitted = omitted
    }
}
