public import RenewalRules

extension ScanDocument {
    /// The most line numbers listed in text for one answer or one seller; the rest are counted.
    public static let listedLines = 20

    /// `3, 5, 7` or `3, 5, 7, … (+120)`.
    public static func numbers(_ lines: [Int]) -> String {
        let listed = lines.prefix(listedLines).map(String.init).joined(separator: ", ")
        return lines.count > listedLines ? "\(listed), … (+\(lines.count - listedLines))" : listed
    }

    /// The counts in one sentence.
    public func countsSentence(language: Language) -> String {
        language == .ja
            ? "\(linesRead)行を読み、カスペルスキーに関係する行は\(relatedLines)行でした(読み飛ばした行: \(linesSkipped))。"
            : "Read \(linesRead) lines; \(relatedLines) \(relatedLines == 1 ? "relates" : "relate") to Kaspersky "
                + "(\(linesSkipped) skipped)."
    }

    /// The related lines past those answered in full, by seller, in one sentence; `nil` when there
    /// are none.
    public func omittedSentence(language: Language) -> String? {
        guard !omitted.isEmpty else { return nil }
        let ja = language == .ja
        let parts = omitted.map { part in
            let seller = part.provider?.name ?? (ja ? "購入先不明" : "seller not identified")
            let count = part.lines.count
            return ja
                ? "\(seller) \(count)行(行 \(Self.numbers(part.lines)))"
                : "\(seller): \(count) \(count == 1 ? "line" : "lines") (\(Self.numbers(part.lines)))"
        }
        let count = omitted.reduce(0) { $0 + $1.lines.count }
        return ja
            ? "ほかに関係する\(count)行は、購入先ごとにまとめて示します: \(parts.joined(separator: "、"))。"
            : "\(count) more related \(count == 1 ? "line" : "lines"), by seller: \(parts.joined(separator: "; "))."
    }

    /// The scan as text for people: a summary, then each distinct related text with its lines and
    /// answer, then the rest by seller (see
    /// ``IdentificationDocument/plainText(language:guideCommand:)`` for `guideCommand`).
    public func plainText(language: Language, guideCommand: String? = nil) -> String {
        let ja = language == .ja
        var out =
            ja
            ? "読んだ行: \(linesRead)、関係のない行: \(linesSkipped)、カスペルスキーに関係する行: \(relatedLines)\n"
            : "Lines read: \(linesRead), unrelated: \(linesSkipped), related to Kaspersky: \(relatedLines)\n"
        out += groupsText(language: language, guideCommand: guideCommand)
        for match in matches {
            let heading =
                match.lines.count == 1
                ? (ja ? "\(match.line)行目" : "Line \(match.line)")
                : (ja ? "行 \(Self.numbers(match.lines))" : "Lines \(Self.numbers(match.lines))")
            out += "\n" + heading + "\n"
            out += match.identification.plainText(language: language, guideCommand: guideCommand)
        }
        if let more = omittedSentence(language: language) { out += "\n" + more + "\n" }
        return out
    }

    /// Each group as a short table (date, amount, line) under its name, with its cadence and next
    /// charge in words.
    public func groupsText(language: Language, guideCommand: String? = nil) -> String {
        guard !groups.isEmpty else { return "" }
        let ja = language == .ja
        var out = "\n" + (ja ? "■ 請求のまとまり" : "■ Charges by seller") + "\n"
        for group in groups {
            let name = group.seller(in: language)
            let kind =
                group.kind == "storeLead"
                ? (ja ? "(カスペルスキーの分が含まれるかもしれないストアの請求)" : " (store charges that may include Kaspersky's)") : ""
            out += "\n\(name)\(kind): \(group.reason)\n"
            if group.earlierCharges > 0 {
                out +=
                    ja
                    ? "  (それ以前の請求 \(group.earlierCharges)件は省略)\n"
                    : "  (\(group.earlierCharges) earlier charges not listed)\n"
            }
            for charge in group.charges {
                let date = charge.date ?? (ja ? "日付不明" : "no date")
                let amount = charge.amount?.words ?? "-"
                let refund = charge.refund ? "  " + ScanGroupDocument.refundLabel(in: language) : ""
                out += "  \(date)  \(amount)  \(ja ? "\(charge.line)行目" : "line \(charge.line)")\(refund)\n"
            }
            let guide = guideCommand.map { "\($0) \(group.guideID)" } ?? "/guide/\(group.guideID)"
            out += "  \(ja ? "手順" : "Guide"): \(guide)\n"
        }
        return out
    }
}
