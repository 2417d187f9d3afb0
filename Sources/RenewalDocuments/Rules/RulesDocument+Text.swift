extension RulesDocument {
    /// The rules as text for people, provider by provider.
    public func plainText() -> String {
        let ja = language == .ja
        var lines = ["\(ja ? "ルールの版" : "Rules version") \(version) (\(origin), \(loadedAt))"]
        for rules in providers {
            lines.append("")
            lines.append("\(rules.provider.name) [\(rules.provider.id)]")
            for format in rules.orderNumberFormats {
                let percent = Int((format.confidence * 100).rounded())
                lines.append(
                    "  \(ja ? "注文番号" : "order number"): \(format.description) \(percent)% (\(format.examples.joined(separator: ", ")))"
                )
            }
            for descriptor in rules.statementDescriptors {
                lines.append("  \(ja ? "明細" : "statement"): \(descriptor)")
            }
            for pattern in rules.statementPatterns {
                let percent = Int((pattern.confidence * 100).rounded())
                lines.append("  \(ja ? "明細の形" : "statement form"): \(pattern.text) \(percent)% [\(pattern.source)]")
            }
            if rules.statementDescriptors.isEmpty && rules.coverage != .notCovered {
                lines.append("  \(ja ? "明細の文字列" : "statement descriptors"): \(rules.coverage.rawValue)")
            }
        }
        for rules in intermediaries where !rules.statementPatterns.isEmpty {
            lines.append("")
            lines.append("\(rules.intermediary.name) [\(ja ? "仲介" : "intermediary")]")
            for pattern in rules.statementPatterns {
                lines.append("  \(ja ? "明細の形" : "statement form"): \(pattern.text) [\(pattern.source)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
