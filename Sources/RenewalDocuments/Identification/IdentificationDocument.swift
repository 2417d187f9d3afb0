public import RenewalRules

/// An identification rendered in one language: what the CLI and the HTTP service show, in JSON
/// (`IdentificationDocument+JSON.swift`) or as text (`IdentificationDocument+Text.swift`).
public struct IdentificationDocument: Sendable {
    /// One ranked candidate.
    public struct CandidateDocument: Sendable {
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
        /// Its guide's identifier.
        public let guideID: String
    }

    /// One part of the input set aside before matching, and why, in the document's language.
    public struct SetAsideDocument: Sendable {
        /// What sort of part it is (`emailAddress`, `webAddress`, `emailHeader`, `otherNumber`,
        /// `notTheSeller`).
        public let kind: String
        /// The part as read.
        public let text: String
        /// Why it was set aside.
        public let note: String
    }

    /// Another vendor or shop the input names: `{name, kind}`.
    public struct OtherVendorDocument: Sendable {
        /// The name people see (`Norton`).
        public let name: String
        /// `security-vendor` or `shop`.
        public let kind: String
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
    public let intermediary: ProviderReference?
    /// Whether the input names Kaspersky itself.
    public let namesKaspersky: Bool
    /// What to do next when the answer is not one provider, in the document's language, or `nil`.
    public let next: String?
    /// The ranked candidates.
    public let candidates: [CandidateDocument]
    /// The identifier of the guide to follow next: the provider's, or the customer-service fallback.
    public let guideID: String
    /// The title of that guide, in the document's language.
    public let guideTitle: String
    /// What was set aside before matching (at most 20 parts).
    public let setAside: [SetAsideDocument]
    /// Another vendor or shop the input names, or `nil`.
    public let otherVendor: OtherVendorDocument?

    /// Renders an identification in a language, by the rule book that made it.
    public init(_ identification: Identification, language: Language, rules: RuleBook = .standard) {
        query = identification.query
        normalized = identification.normalized
        kind = identification.kind
        status = identification.status
        provider = identification.provider.map { ProviderReference($0, rules: rules) }
        confidence = Self.rounded(identification.confidence)
        let reason = identification.reason.text(in: language, rules: rules)
        self.reason = reason
        // The top candidate usually carries the verdict's own reason: render it once.
        candidates = identification.candidates.map {
            CandidateDocument(
                provider: ProviderReference($0.provider, rules: rules), confidence: Self.rounded($0.confidence),
                reason: $0.reason == identification.reason ? reason : $0.reason.text(in: language, rules: rules),
                source: $0.source.map(SourceDocument.init), evidence: $0.evidence, guideID: $0.provider.rawValue)
        }
        source = identification.source.map(SourceDocument.init)
        intermediary = identification.intermediary.map { ProviderReference($0, rules: rules) }
        namesKaspersky = identification.namesKaspersky
        next = identification.nextStep?.text(in: language, rules: rules)
        guideID = identification.provider?.rawValue ?? GuideCatalog.customerServiceID
        guideTitle = rules.guides.guide(id: guideID)?.title[language] ?? guideID
        setAside = identification.setAside.map {
            SetAsideDocument(kind: $0.kind.rawValue, text: $0.text, note: $0.note(in: language))
        }
        otherVendor = identification.otherVendor.map { OtherVendorDocument(name: $0.name, kind: $0.kind.rawValue) }
    }

    /// The candidates other than the answer: all of them unless one provider was identified.
    public var alternatives: [CandidateDocument] {
        candidates.filter { status != .identified || $0.provider != provider }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
