/// What identification concluded about one input.
public struct Identification: Sendable {
    /// The input exactly as received.
    public let query: String
    /// The canonical form the rules matched against.
    public let normalized: String
    /// Whether the input was read as an order number or a statement line.
    public let kind: InputKind
    /// Whether one provider was found.
    public let status: IdentificationStatus
    /// The provider, when ``status`` is ``IdentificationStatus/identified``.
    public let provider: ProviderID?
    /// How sure the answer is, from 0 to 1 (0 when nothing was identified).
    public let confidence: Double
    /// Why: the rule that fired, or what was missing.
    public let reason: MatchReason
    /// Every provider that matched at all, most likely first.
    public let candidates: [Candidate]
    /// Where the rule behind the verdict is stated: the identified provider's rule, or for an
    /// ambiguous answer the top candidate's. `nil` when no rule decided (unknown, seller unknown);
    /// the candidates still carry their own.
    public var source: Source? {
        switch status {
        case .identified: candidates.first { $0.provider == provider }?.source
        case .ambiguous: candidates.first?.source
        case .sellerUnknown, .unknown: nil
        }
    }
    /// The payment intermediary the line names (PayPal), with the seller looked for behind it.
    public let intermediary: Intermediary?
    /// Whether the input names Kaspersky itself (the brand, in Latin letters, katakana or Cyrillic).
    public let namesKaspersky: Bool
    /// What to do next when the answer is not a single provider.
    public let nextStep: NextStep?
    /// The parts of the input set aside before matching (addresses, header lines, other numbers).
    public var setAside: [SetAsidePart] = []
    /// Another vendor or shop the input names, which decided or weakened the answer.
    public var otherVendor: OtherVendor?
}

/// How an input was read.
public enum InputKind: String, Sendable, Codable {
    /// An order number from the purchase confirmation e-mail.
    case orderNumber
    /// A line from a card statement.
    case descriptor
}

/// The outcome of identification.
public enum IdentificationStatus: String, Sendable, Codable {
    /// Exactly one provider matched well enough.
    case identified
    /// Several providers matched about equally well, or the input holds two different order numbers.
    case ambiguous
    /// Clearly a Kaspersky purchase (the brand is named), but nothing says who sold it.
    case sellerUnknown
    /// No provider matched well enough, and nothing names Kaspersky.
    case unknown
}

/// One provider that matched, with how well and why.
public struct Candidate: Sendable {
    /// The provider.
    public let provider: ProviderID
    /// How well it matched, from 0 to 1.
    public let confidence: Double
    /// The rule that matched.
    public let reason: MatchReason
    /// Where the rule that matched is stated; `nil` for hints that no rule states (a near miss).
    public let source: Source?
    /// The part of the input the rule matched (an order number as read, or the text seen).
    public let evidence: String?

    init(
        provider: ProviderID, confidence: Double, reason: MatchReason, source: Source? = nil,
        evidence: String? = nil
    ) {
        self.provider = provider
        self.confidence = confidence
        self.reason = reason
        self.source = source
        self.evidence = evidence
    }
}

extension [Candidate] {
    /// Adds a candidate unless this provider already has one at least as confident; replaces a weaker
    /// one. Keeps one candidate per provider, the best, as every matcher reports them.
    mutating func keepBest(_ candidate: consuming Candidate) {
        if let index = firstIndex(where: { $0.provider == candidate.provider }) {
            if self[index].confidence < candidate.confidence { self[index] = candidate }
        } else {
            append(candidate)
        }
    }
}
