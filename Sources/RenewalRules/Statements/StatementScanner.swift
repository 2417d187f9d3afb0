/// Reads a whole statement, a pasted block of lines or a CSV export, and keeps only the lines
/// related to Kaspersky: identified, ambiguous, or a Kaspersky charge whose seller is unknown.
public enum StatementScanner {
    /// How the statement is laid out.
    public enum Layout: String, Sendable, Codable {
        /// One charge per line, as pasted.
        case lines
        /// A CSV export: the description column is identified, row by row.
        case csv
    }

    /// Why a statement could not be scanned.
    public enum ScanError: Error, Equatable, Sendable, CustomStringConvertible {
        /// More lines than ``maximumLines``.
        case tooManyLines(Int)
        /// The named column is not in the header, or the index is beyond the row.
        case noSuchColumn(String)

        /// The error as one sentence in each language, for the service's problem.
        public var message: LocalizedText {
            switch self {
            case .tooManyLines(let limit):
                LocalizedText(
                    "明細が\(limit)行(空行を除く)を超えています。一部だけを調べた答えは返しません。\(limit)行以下のファイルに分けて(月ごとなど)、一つずつ送ってください。",
                    "The statement has more than \(limit) lines (blank lines not counted), and no answer is given for part "
                        + "of it. Split it into files of at most \(limit) lines (by month, say) and send each.")
            case .noSuchColumn(let name):
                LocalizedText("見出し行に「\(name)」という列がありません。", "No column \"\(name)\" in the header row.")
            }
        }

        /// The error as one English sentence, for the CLI.
        public var description: String { message.en }
    }

    /// The most lines one statement may hold.
    public static let maximumLines = 20_000
    /// The longest line identified, in characters; the rest of a longer line is not read.
    public static let maximumLineCharacters = 1_000
    /// How much of each header field is folded to find the description column: longer than any
    /// header name.
    static let maximumHeaderCharacters = 64
    /// How many header fields are looked at for a known name.
    static let maximumHeaderFields = 64

    /// Header names of the description column in Japanese card issuers' and banks' exports, folded.
    static let descriptionHeaders: [String] = [
        "ご利用店名", "利用店名", "ご利用店名及び商品名", "加盟店名", "店名", "ご利用先", "利用先", "お支払先", "支払先", "merchant",
        "merchant name", "payee", "description", "transaction description", "ご利用内容", "利用内容", "取引内容", "お取引内容",
        "摘要", "内容", "details", "transaction", "narrative", "memo", "name",
    ]

    /// Scans a statement. `column` names the CSV description column by its header or its 1-based
    /// index; without it, the column is found from the header, or else from the text itself.
    public static func scan(
        _ text: String, layout: Layout, column: String? = nil, rules: RuleBook = .standard
    ) throws(ScanError) -> StatementScan {
        // Excel on Windows can end lines with `\r\r\n`: one line end, not a blank line between two.
        let text = text.contains("\r\r\n") ? text.replacingOccurrences(of: "\r\r\n", with: "\n") : text
        switch layout {
        case .lines:
            var lines: [(number: Int, text: Substring)] = []
            for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            {
                guard lines.count < maximumLines + 1 else { break }
                if !line.allSatisfy(\.isWhitespace) { lines.append((index + 1, line)) }
            }
            guard lines.count <= maximumLines else { throw .tooManyLines(maximumLines) }
            var answers = RepeatedLineAnswers()
            return StatementScan(
                layout: .lines, column: nil, header: false, read: lines.count,
                matches: lines.compactMap {
                    answers.match(String($0.text.prefix(maximumLineCharacters)), line: $0.number, rules: rules)
                })
        case .csv:
            let table = CSVTable(text, maximumRows: maximumLines + 1)
            guard table.rows.count <= maximumLines else { throw .tooManyLines(maximumLines) }
            let (index, header) = try descriptionColumn(of: table, named: column)
            let body = header ? table.rows.dropFirst() : table.rows[...]
            // A title line or a short header may have fewer fields than the column read.
            let name = header ? table.rows.first?.fields.dropFirst(index).first?.trimmed : nil
            var answers = RepeatedLineAnswers()
            return StatementScan(
                layout: .csv, column: StatementScan.Column(index: index + 1, name: name), header: header,
                read: body.count,
                matches: body.compactMap { row in
                    guard index < row.fields.count else { return nil }
                    return answers.match(
                        String(row.fields[index].prefix(maximumLineCharacters)), line: row.line, rules: rules)
                })
        }
    }

    /// A line's identification, when it is related to Kaspersky. A bare number that no label
    /// calls an order number is a reference or an amount on a statement, not a match.
    static func match(_ text: String, line: Int, rules: RuleBook) -> StatementScan.Match? {
        let identification = Identifier.identify(text, rules: rules)
        switch identification.status {
        case .identified, .ambiguous:
            // On a statement, a word that is a provider's name (GOOGLE, APPLE, DIRECT) is not a
            // purchase, and a store's charge that names no app is not known to be Kaspersky's.
            if case .providerName = identification.reason { return nil }
            if identification.source?.grade != .article, !identification.namesKaspersky,
                identification.kind == .descriptor
            {
                return nil
            }
            return StatementScan.Match(line: line, text: text, identification: identification)
        case .sellerUnknown:
            return StatementScan.Match(line: line, text: text, identification: identification)
        case .unknown:
            return nil
        }
    }

    /// The description column: named, or under a known header, or the one with the most letters.
    private static func descriptionColumn(of table: CSVTable, named: String?) throws(ScanError) -> (Int, Bool) {
        // A header field longer than any header name is no header name: only a bounded prefix of the
        // first fields is folded, so a hostile first row (900 KB of `㌀`) costs no more than a real one.
        let first = (table.rows.first?.fields ?? []).enumerated().map { index, field in
            index < maximumHeaderFields ? TextNormalizer.fold(String(field.prefix(maximumHeaderCharacters))) : ""
        }
        if let named {
            if let index = Int(named), index >= 1 { return (index - 1, looksLikeHeader(first)) }
            guard let index = first.firstIndex(of: TextNormalizer.fold(named)) else {
                throw .noSuchColumn(String(named.prefix(60)))
            }
            return (index, true)
        }
        // The most telling header wins (a merchant's name over a generic "内容" or "Name").
        for known in descriptionHeaders {
            if let index = first.firstIndex(of: known) { return (index, true) }
        }
        let header = looksLikeHeader(first) && table.rows.count > 1
        let sample = table.rows.dropFirst(header ? 1 : 0).prefix(200)
        let width = sample.map(\.fields.count).max() ?? 1
        var letters = [Int](repeating: 0, count: width)
        for row in sample {
            for (index, field) in row.fields.enumerated() {
                letters[index] += field.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            }
        }
        let best = letters.indices.max { letters[$0] < letters[$1] } ?? 0
        return (best, header)
    }

    /// A first row with no digits in any field is a header.
    private static func looksLikeHeader(_ fields: [String]) -> Bool {
        !fields.isEmpty && fields.allSatisfy { !$0.contains(where: \.isNumber) }
    }
}

extension String {
    fileprivate var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// What a statement scan found: how many lines it read, and the related ones with their answers.
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

    /// Lines read that are not related to Kaspersky.
    public var skipped: Int { read - matches.count }
}
