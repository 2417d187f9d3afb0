/// A text that appears on a card statement when a provider charged the card, as the article lists it.
public struct StatementDescriptor: Sendable {
    /// The descriptor exactly as the article writes it.
    public let text: String
    /// The provider the article names for it.
    public let provider: ProviderID
    /// What to look for on a statement. Usually just ``text``; differs where the article names a
    /// payment system rather than a literal string.
    public let searchTerms: [String]
    /// Where the descriptor is listed: every one comes from the article.
    public let source: Source

    /// Declares a descriptor, as the rule file's `statement-descriptors` do.
    public init(_ text: String, _ provider: ProviderID, searchTerms: [String]? = nil, source: Source) {
        self.text = text
        self.provider = provider
        self.searchTerms = searchTerms ?? [text]
        self.source = source
    }
}

/// What the article says about a provider's card-statement descriptors.
public enum DescriptorCoverage: String, Sendable, Codable {
    /// The article lists descriptors for this provider.
    case listed
    /// The article has a heading for this provider's descriptors but lists none under it.
    case articleListsNone = "article-lists-none"
    /// No public page gives this provider's statement descriptor (Huawei).
    case noneKnown = "none-known"
    /// The article's statement section does not cover this provider at all.
    case notCovered = "not-covered"
}
