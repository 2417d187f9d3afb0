/// Readable plain text for people: support staff at a terminal, `Accept: text/plain`.
extension IdentificationDocument {
    /// The identification as a few lines of text, in the document's language. The guide to follow
    /// is named in words; `guideCommand`, when given (the CLI's `renewal-guide guide`), is shown
    /// beside it with the guide's identifier, as the way to read it.
    public func plainText(language: Language, guideCommand: String? = nil) -> String {
        let ja = language == .ja
        var lines: [String] = []
        lines.append("\(ja ? "入力" : "Input"): \(query)")
        let kindText = kind == .orderNumber ? (ja ? "注文番号" : "order number") : (ja ? "取引明細" : "statement line")
        lines.append("\(ja ? "種類" : "Read as"): \(kindText) (\(normalized))")
        for part in setAside {
            lines.append("\(ja ? "読まなかった部分" : "Set aside"): \(part.text) (\(part.note))")
        }
        if let otherVendor { lines.append("\(ja ? "他社" : "Other vendor"): \(otherVendor.name)") }
        switch status {
        case .identified:
            let percent = Int((confidence * 100).rounded())
            lines.append(
                "\(ja ? "購入先" : "Provider"): \(provider?.name ?? "-") (\(ja ? "確度" : "confidence") \(percent)%)")
        case .ambiguous:
            lines.append(ja ? "購入先: 特定できません(複数の候補)" : "Provider: ambiguous (several candidates)")
        case .sellerUnknown:
            lines.append(ja ? "購入先: 不明(カスペルスキーの購入)" : "Provider: unknown (a Kaspersky purchase)")
        case .unknown:
            lines.append(ja ? "購入先: 不明" : "Provider: unknown")
        }
        if let intermediary { lines.append("\(ja ? "仲介" : "Paid through"): \(intermediary.name)") }
        lines.append("\(ja ? "理由" : "Why"): \(reason)")
        if let source {
            lines.append("\(ja ? "根拠" : "Source"): \(source.title)\(source.url.map { " <\($0)>" } ?? "")")
        }
        for candidate in alternatives {
            let percent = Int((candidate.confidence * 100).rounded())
            let command = guideCommand.map { " (\($0) \(candidate.provider.id))" } ?? ""
            lines.append("  - \(candidate.provider.name) \(percent)%: \(candidate.reason)\(command)")
        }
        if let next { lines.append("\(ja ? "次に" : "Next"): \(next)") }
        let command = guideCommand.map { " (\($0) \(guideID))" } ?? ""
        lines.append("\(ja ? "手順" : "Guide"): \(guideTitle)\(command)")
        return lines.joined(separator: "\n") + "\n"
    }
}

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
