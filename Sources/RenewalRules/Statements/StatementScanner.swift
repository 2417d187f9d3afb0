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
    /// `dateColumn` and `amountColumn` name the date and amount columns the same way.
    public static func scan(
        _ text: String, layout: Layout, column: String? = nil, dateColumn: String? = nil,
        amountColumn: String? = nil, rules: RuleBook = .standard
    ) throws(ScanError) -> StatementScan {
        // Excel on Windows can end lines with `\r\r\n`: one line end, not a blank line between two.
        let text = text.contains("\r\r\n") ? text.replacingOccurrences(of: "\r\r\n", with: "\n") : text
        let japanese = text.prefix(4_096).unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) }
        switch layout {
        case .lines:
            var rows: [StatementRow] = []
            for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            {
                guard rows.count < maximumLines + 1 else { break }
                if !line.allSatisfy(\.isWhitespace) { rows.append(StatementRow(line: index + 1, pasted: line)) }
            }
            guard rows.count <= maximumLines else { throw .tooManyLines(maximumLines) }
            return scan(
                rows, layout: .lines, column: nil, header: false, japanese: japanese, dateHeader: nil,
                negativeCharges: nil, rules: rules)
        case .csv:
            // The header row is not one of the statement's lines: 20,000 rows and a header are read.
            let table = CSVTable(text, maximumRows: maximumLines + 2)
            guard table.rows.count <= maximumLines + 1 else { throw .tooManyLines(maximumLines) }
            let (index, header) = try descriptionColumn(of: table, named: column)
            let body = header ? table.rows.dropFirst() : table.rows[...]
            guard body.count <= maximumLines else { throw .tooManyLines(maximumLines) }
            let rawHeader = header ? table.rows.first?.fields.prefix(maximumHeaderFields).map(\.trimmed) : nil
            let folded = rawHeader?.map { TextNormalizer.fold(String($0.prefix(maximumHeaderCharacters))) }
            let columns = try StatementColumns.find(
                in: table, description: index, header: folded, rawHeader: rawHeader, dateNamed: dateColumn,
                amountNamed: amountColumn)
            // A title line or a short header may have fewer fields than the column read.
            let name = header ? table.rows.first?.fields.dropFirst(index).first?.trimmed : nil
            let rows = body.map { StatementRow(line: $0.line, fields: $0.fields, columns: columns) }
            let headerJapanese = rawHeader?.joined().unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) }
            // Some issuers print charges as negative amounts (and refunds as positive): the column's
            // own majority says which.
            let sample = body.prefix(200).compactMap { row in
                columns.amount.flatMap { $0 < row.fields.count ? AmountField.read(Substring(row.fields[$0])) : nil }
            }
            return scan(
                rows, layout: .csv, column: StatementScan.Column(index: index + 1, name: name), header: header,
                japanese: headerJapanese ?? japanese, dateHeader: columns.dateHeader,
                negativeCharges: Self.chargesAreNegative(sample), rules: rules)
        }
    }

    /// Identifies each row (each distinct text once), keeps the related ones and the store leads,
    /// and groups them with their dates and amounts.
    private static func scan(
        _ rows: [StatementRow], layout: Layout, column: StatementScan.Column?, header: Bool, japanese: Bool,
        dateHeader: String?, negativeCharges: Bool?, rules: RuleBook
    ) -> StatementScan {
        var answers = RepeatedLineAnswers()
        var matches: [StatementScan.Match] = []
        var related: [(row: Int, kind: ChargeGroup.Kind, provider: ProviderID?)] = []
        for (index, row) in rows.enumerated() {
            switch answers.answer(row.text, rules: rules) {
            case .related(let identification):
                matches.append(StatementScan.Match(line: row.line, text: row.text, identification: identification))
                related.append((index, .seller, identification.provider))
            case .storeLead(let store):
                related.append((index, .storeLead, store))
            case .unrelated:
                break
            }
        }
        // Dates are settled over every row (the year of `04/03` comes from its neighbours); only
        // the related rows' are kept.
        let dates = related.isEmpty ? nil : DateColumn(rows.map(\.date), japanese: japanese, header: dateHeader)
        let details = related.map { rows[$0.row].details() }
        // Pasted lines: the related lines' own majority says whether charges are negative.
        let negative = negativeCharges ?? Self.chargesAreNegative(details.compactMap(\.amount))
        let members = zip(related, details).map { entry, detail in
            let (index, kind, provider) = entry
            // Money back: a refund word or column, or the sign that is not the charges' sign.
            let signedBack = detail.amount.map { $0.hundredths > 0 && $0.isNegative != negative } ?? false
            return ChargeGrouping.Member(
                kind: kind, provider: provider, key: detail.key,
                charge: Charge(
                    line: rows[index].line, date: dates?.dates[index],
                    amount: detail.amount?.inCurrency(japanese ? "JPY" : "XXX"),
                    isRefund: detail.refundMarked || signedBack))
        }
        return StatementScan(
            layout: layout, column: column, header: header, read: rows.count, matches: matches,
            groups: ChargeGrouping.groups(members, datesProblem: dates?.problem, rules: rules),
            datesProblem: dates?.problem)
    }

    /// Whether most amounts (at least 80 % of five or more) are negative: a statement that prints
    /// charges as negative numbers, on which a positive amount is the refund.
    static func chargesAreNegative(_ amounts: [ChargeAmount]) -> Bool {
        let nonzero = amounts.filter { $0.hundredths > 0 }
        guard nonzero.count >= 5 else { return false }
        return nonzero.filter(\.isNegative).count * 5 >= nonzero.count * 4
    }

    /// What a line is to the scan: related to Kaspersky (identified, ambiguous, or a Kaspersky
    /// charge whose seller is unknown), a store's charge that names no app (a lead), or neither. A
    /// bare number that no label calls an order number is a reference or an amount on a statement,
    /// not a match.
    static func answer(_ text: String, rules: RuleBook) -> LineAnswer {
        let identification = Identifier.identify(text, rules: rules)
        switch identification.status {
        case .identified, .ambiguous:
            // On a statement, a word that is a provider's name (GOOGLE, APPLE, DIRECT) is not a
            // purchase, and a store's charge that names no app is not known to be Kaspersky's:
            // it is a lead.
            if case .providerName = identification.reason { return .unrelated }
            if identification.source?.grade != .article, !identification.namesKaspersky,
                identification.kind == .descriptor
            {
                if identification.status == .identified, case .statementPattern = identification.reason,
                    let store = identification.provider, rules.providers.kind(of: store) == .mobileStore,
                    identification.otherVendor == nil
                {
                    return .storeLead(store)
                }
                return .unrelated
            }
            return .related(identification)
        case .sellerUnknown:
            return .related(identification)
        case .unknown:
            return .unrelated
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
