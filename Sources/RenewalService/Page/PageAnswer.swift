import RenewalDocuments
import RenewalRules

/// What the page answers for what was pasted: one line, or a message (an e-mail, a receipt,
/// sentences), is identified as a whole; other lines are read as a statement (a CSV export when its
/// lines are separated fields), and only the lines related to Kaspersky are shown, with their
/// numbers.
struct PageAnswer {
    var error: LocalizedText?
    var scan: PageView.ScanSummary?
    var results: [PageView.Result] = []

    static func failure(_ message: LocalizedText) -> PageAnswer {
        PageAnswer(error: message)
    }

    /// The answer for the text area's content (`""`: nothing asked yet).
    static func answer(_ text: String, language: Language, knowledge: ServiceKnowledge) -> PageAnswer {
        let guides = knowledge.pageGuides
        // A line of blanks, control characters or invisibles alone asks nothing, as an empty one.
        let lines = text.split(whereSeparator: \.isNewline).filter { IdentifyRequest.hasVisibleText($0) }
        guard !lines.isEmpty else { return PageAnswer() }
        // One line, or a message (a forwarded e-mail, a receipt, sentences): one identification.
        if lines.count == 1 || PastedMessage.isMessage(text) {
            do throws(ServiceError) {
                let query = try IdentifyRequest.validated(lines.count == 1 ? String(lines[0]) : text)
                let document = IdentificationDocument(
                    Identifier.identify(query, rules: knowledge.rules), language: language, rules: knowledge.rules)
                return PageAnswer(
                    results: [
                        PageView.Result(
                            index: 1, line: nil, document: document,
                            guide: guides.guide(document.guideID, language), language: language)
                    ])
            } catch {
                return failure(LocalizedText(ja: error.detail(in: .ja), en: error.detail(in: .en)))
            }
        }
        let layout: StatementScanner.Layout = looksLikeCSV(lines) ? .csv : .lines
        let scan: StatementScan
        do {
            scan = try StatementScanner.scan(text, layout: layout, rules: knowledge.rules)
        } catch {
            return failure(error.message)
        }
        // The page is bounded by what it says, not by what was sent: the scan's document answers
        // identical lines once with their line numbers, and sums up by seller the lines past those
        // it answers in full.
        let document = ScanDocument(scan, language: language, rules: knowledge.rules)
        var shownGuides: Set<String> = []
        let results = document.matches.enumerated().map { offset, match in
            // Each guide once, under the first answer that leads to it.
            let guide =
                shownGuides.insert(match.identification.guideID).inserted
                ? guides.guide(match.identification.guideID, language) : nil
            return PageView.Result(
                index: offset + 1, line: ScanDocument.numbers(match.lines), document: match.identification,
                guide: guide, language: language)
        }
        return PageAnswer(
            scan: PageView.ScanSummary(
                summary: document.countsSentence(language: language),
                more: document.omittedSentence(language: language),
                groups: document.groups.map { Self.table($0, language: language) }),
            results: results)
    }

    /// Separated fields on most lines, the same number on each: an export, not pasted text.
    static func looksLikeCSV(_ lines: [Substring]) -> Bool {
        for separator in [",", ";", "\t"] as [Character] {
            let counts = lines.prefix(50).map { $0.filter { $0 == separator }.count }
            guard let first = counts.first, first > 0 else { continue }
            if counts.filter({ $0 == first }).count * 5 >= counts.count * 4 { return true }
        }
        return false
    }

    /// A scan's group as the page's short table.
    static func table(_ group: ScanGroupDocument, language: Language) -> PageView.ChargeTable {
        let ja = language == .ja
        let name =
            group.seller(in: language) + (group.kind == "storeLead" ? (ja ? "(ストアの請求)" : " (store charges)") : "")
            + ":"
        return PageView.ChargeTable(
            name: name, reason: group.reason,
            rows: group.charges.map { charge in
                PageView.ChargeRow(
                    date: charge.date ?? "-",
                    amount: charge.amount?.words ?? "-",
                    line: String(charge.line), refund: charge.refund ? ScanGroupDocument.refundLabel(in: language) : nil
                )
            },
            earlier: group.earlierCharges > 0
                ? (ja
                    ? "それ以前の請求 \(group.earlierCharges)件は省略しています。"
                    : "\(group.earlierCharges) earlier charges not listed.")
                : nil)
    }
}
