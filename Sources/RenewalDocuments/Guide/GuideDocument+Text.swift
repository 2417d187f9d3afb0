import RenewalRules

extension GuideDocument {
    /// The guide as numbered steps under their sections, then notes and the fallback.
    public func plainText() -> String {
        let ja = language == .ja
        var lines = [title, "", summary, "\(ja ? "場所" : "Where"): \(location)"]
        for section in sections {
            lines.append("")
            lines.append("■ \(section.heading)")
            if section.source.grade != .article {
                lines.append(
                    "(\(ja ? "出典" : "Source"): \(section.source.title)\(section.source.url.map { " <\($0)>" } ?? ""))")
            }
            for step in section.steps {
                lines.append("\(step.number). \(step.text)")
                // English readers see the Japanese screen's label beside each English one; Japanese
                // readers, the English page's label beside a translation made here.
                let paired = step.labels.filter { $0.label != $0.original }
                if !paired.isEmpty {
                    let pairs = paired.map {
                        "[\($0.label)]\($0.translation ? (ja ? "(訳)" : " (translated)") : "") = [\($0.original)]"
                    }
                    lines.append(
                        ja
                            ? "   (英語のページの表記: \(pairs.joined(separator: "、")))"
                            : "   (Japanese screen: \(pairs.joined(separator: "; ")))")
                }
                if let outcome = step.outcome { lines.append("   → \(outcome)") }
            }
        }
        if !notes.isEmpty {
            lines.append("")
            lines.append(ja ? "■ 注意" : "■ Notes")
            lines += notes.map { "- \($0)" }
        }
        lines.append("")
        lines.append(ja ? "■ 解約できない場合" : "■ If you cannot turn it off")
        lines.append("\(ja ? "連絡先" : "Contact"): \(fallback.contact)")
        lines += fallback.advice.map { "- \($0)" }
        lines += fallback.details.map { ja ? "  ・\($0)" : "  • \($0)" }
        if !links.isEmpty {
            lines.append("")
            lines.append(ja ? "■ 開くページ" : "■ Pages to open")
            lines += links.map { "- \($0.title) <\($0.url)>" }
        }
        lines.append("")
        lines.append(ja ? "■ 出典" : "■ Sources")
        lines += sources.map { "- \($0.title)\($0.url.map { " <\($0)>" } ?? "")" }
        return lines.joined(separator: "\n") + "\n"
    }
}
