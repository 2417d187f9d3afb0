extension Candidate {
    /// A match on a payment system's name (the article's ERIP) on a line that does not name
    /// Kaspersky is only a hint: the system carries many merchants' payments.
    func systemNameChecked(by rules: RuleBook) -> Candidate {
        let descriptor: String
        switch reason {
        case .descriptorExact(let text): descriptor = text
        case .descriptorVariant(let text, _), .descriptorEmbedded(let text, _), .descriptorTruncated(let text, _),
            .descriptorWord(_, let text):
            descriptor = text
        default: return self
        }
        guard rules.systemNameDescriptors.contains(descriptor) else { return self }
        return Candidate(
            provider: provider, confidence: min(confidence, Identifier.hintCeiling),
            reason: .systemNameOnly(descriptor: descriptor, seen: evidence ?? descriptor), source: source,
            evidence: evidence)
    }
}
