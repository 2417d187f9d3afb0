/// What a statement scan found: how many lines it read, the related ones with their answers, and
/// the related lines and store leads grouped with their charges.
public struct StatementScan: Sendable {
    /// The CSV column that was read.
    public struct Column: Sendable, Equatable {
        /// Its 1-based index.
        public let index: Int
        /// Its header, when the file has one.
        public let name: String?
    }

    /// One related line.
    public struct Match: Sendable {
        /// Its 1-based line number in the statement.
        public let line: Int
        /// The text that was identified (for CSV, the description field).
        public let text: String
        /// The answer for it.
        public let identification: Identification
    }

    /// How the statement was read.
    public let layout: StatementScanner.Layout
    /// The CSV column read, or `nil` for plain lines.
    public let column: Column?
    /// Whether the first CSV row was taken for a header.
    public let header: Bool
    /// Lines (or rows) read, without blank ones and the header.
    public let read: Int
    /// The related lines, in statement order.
    public let matches: [Match]
    /// The related lines by seller, and the store charges that may include Kaspersky's by store.
    public let groups: [ChargeGroup]
    /// Why the statement's dates could not be read, where they could not.
    public let datesProblem: LocalizedText?

    init(
        layout: StatementScanner.Layout, column: Column?, header: Bool, read: Int, matches: [Match],
        groups: [ChargeGroup] = [], datesProblem: LocalizedText? = nil
    ) {
        self.layout = layout
        self.column = column
        self.header = header
        self.read = read
        self.matches = matches
        self.groups = groups
        self.datesProblem = datesProblem
    }

    /// Lines read that are not related to Kaspersky (store leads among them: they are not known to be).
    public var skipped: Int { read - matches.count }
}

/// What one statement line is to a scan.
enum LineAnswer: Sendable {
    /// Related to Kaspersky, with its answer.
    case related(Identification)
    /// A store's charge that names no app: it may be Kaspersky's.
    case storeLead(ProviderID)
    /// Neither.
    case unrelated
}
