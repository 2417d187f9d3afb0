/// The JSON shape of an identification, shared by the CLI (`--json`) and the HTTP service.
///
/// `{"query", "normalized", "kind", "status", "provider": {"id", "name"} | null, "confidence",
/// "reason", "source", "intermediary", "namesKaspersky", "next", "candidates": [{"provider",
/// "confidence", "reason", "source", "evidence", "guide"}], "guide"}`
public struct IdentificationDocument: Encodable, Sendable {
    /// One ranked candidate.
    public struct CandidateDocument: Encodable, Sendable {
        /// The provider.
        public let provider: ProviderReference
        /// Its confidence, rounded to two decimals.
        public let confidence: Double
        /// Why it matched, in the document's language.
        public let reason: String
        /// Where the rule that matched is stated, or `nil`.
        public let source: SourceDocument?
        /// The part of the input the rule matched, or `nil`.
        public let evidence: String?
        /// Its guide's path.
        public let guide: String

        private enum CodingKeys: String, CodingKey {
            case provider, confidence, reason, source, evidence, guide
        }

        /// Encodes every key, with `null` for a missing source or evidence.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(provider, forKey: .provider)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(reason, forKey: .reason)
            try container.encodeOrNull(source, forKey: .source)
            try container.encodeOrNull(evidence, forKey: .evidence)
            try container.encode(guide, forKey: .guide)
        }
    }

    /// The input as received.
    public let query: String
    /// The normalised input.
    public let normalized: String
    /// `orderNumber` or `descriptor`.
    public let kind: InputKind
    /// `identified`, `ambiguous` or `unknown`.
    public let status: IdentificationStatus
    /// The provider, or `nil` (encoded as `null`).
    public let provider: ProviderReference?
    /// The confidence, rounded to two decimals.
    public let confidence: Double
    /// The reason, in the document's language.
    public let reason: String
    /// Where the rule behind the verdict is stated, or `nil`.
    public let source: SourceDocument?
    /// The payment intermediary the line shows (PayPal), or `nil`.
    public let intermediary: IntermediaryDocument?
    /// Whether the input names Kaspersky itself.
    public let namesKaspersky: Bool
    /// What to do next when the answer is not one provider, in the document's language, or `nil`.
    public let next: String?
    /// The ranked candidates.
    public let candidates: [CandidateDocument]
    /// The guide to follow next: the provider's, or the customer-service fallback.
    public let guide: String

    /// Renders an identification in a language.
    public init(_ identification: Identification, language: Language) {
        query = identification.query
        normalized = identification.normalized
        kind = identification.kind
        status = identification.status
        provider = identification.provider.map(ProviderReference.init)
        confidence = Self.rounded(identification.confidence)
        let reason = identification.reason.text(in: language)
        self.reason = reason
        // The top candidate usually carries the verdict's own reason: render it once.
        candidates = identification.candidates.map {
            CandidateDocument(
                provider: ProviderReference($0.provider), confidence: Self.rounded($0.confidence),
                reason: $0.reason == identification.reason ? reason : $0.reason.text(in: language),
                source: $0.source.map(SourceDocument.init), evidence: $0.evidence, guide: $0.provider.guidePath)
        }
        source = identification.source.map(SourceDocument.init)
        intermediary = identification.intermediary.map(IntermediaryDocument.init)
        namesKaspersky = identification.namesKaspersky
        next = identification.nextStep?.text(in: language)
        guide = identification.provider?.guidePath ?? "/guide/\(GuideCatalog.customerServiceID)"
    }

    private enum CodingKeys: String, CodingKey {
        case query, normalized, kind, status, provider, confidence, reason, source, intermediary, namesKaspersky
        case next, candidates, guide
    }

    /// Encodes every key, with `"provider": null` when nothing was identified.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(normalized, forKey: .normalized)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encodeOrNull(provider, forKey: .provider)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(reason, forKey: .reason)
        try container.encodeOrNull(source, forKey: .source)
        try container.encodeOrNull(intermediary, forKey: .intermediary)
        try container.encode(namesKaspersky, forKey: .namesKaspersky)
        try container.encodeOrNull(next, forKey: .next)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(guide, forKey: .guide)
    }

    /// The candidates other than the answer: all of them unless one provider was identified.
    public var alternatives: [CandidateDocument] {
        candidates.filter { status != .identified || $0.provider != provider }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
