/// A statement form beyond the article's own descriptors: a store's charge, a reseller's other
/// spelling, a payment intermediary. Each records the page it comes from, and its confidence is
/// capped by that page's grade.
public struct StatementPattern: Sendable {
    /// How the pattern is found in a line.
    public enum Form: Sendable, Hashable {
        /// These letters and digits, from the start of a word to the end of a word, whatever the
        /// punctuation between them (`apple.com/bill` finds `APPLE COM BILL`).
        case words(String)
        /// This word, then `*` or `@` (or only a space, when the rest names Kaspersky), then the
        /// merchant's name: `GOOGLE*Kaspersky`, `PAYPAL *KASPERSKYLAB`.
        case merchantPrefix(String)
    }

    /// The form as its source writes it, e.g. `GOOGLE*` or `apple.com/bill`.
    public let text: String
    /// How it is found.
    public let form: Form
    /// The seller it shows; `nil` for an intermediary, whose seller stands behind it.
    public let provider: ProviderID?
    /// The intermediary it shows, if any.
    public let intermediary: Intermediary?
    /// Whether the line must also name Kaspersky for the pattern to count (the form alone is shared
    /// with other merchants' charges).
    public let requiresKaspersky: Bool
    /// How sure a match makes us, capped by the source's grade.
    public let confidence: Double
    /// Where the form is stated.
    public let source: Source

    init(
        _ text: String, _ form: Form, _ provider: ProviderID?, intermediary: Intermediary? = nil,
        requiresKaspersky: Bool = false, confidence: Double, source: Source
    ) {
        self.text = text
        self.form = form
        self.provider = provider
        self.intermediary = intermediary
        self.requiresKaspersky = requiresKaspersky
        self.confidence = min(confidence, source.grade.maximumConfidence)
        self.source = source
    }
}

/// A payment service that stands between the customer and the seller on a statement.
public enum Intermediary: String, Sendable, Hashable, Codable, CaseIterable {
    /// PayPal.
    case paypal
}
