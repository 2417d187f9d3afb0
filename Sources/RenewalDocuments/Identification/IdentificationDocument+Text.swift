public import RenewalRules

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
