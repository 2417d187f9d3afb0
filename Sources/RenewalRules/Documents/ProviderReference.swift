/// `{"id": ..., "name": ...}`: how every document refers to a provider.
public struct ProviderReference: Sendable, Equatable {
    /// The provider's identifier.
    public let id: String
    /// The provider's display name.
    public let name: String

    /// The reference for a provider, named as the rule book names it.
    public init(_ provider: ProviderID, rules: RuleBook = .standard) {
        id = provider.rawValue
        name = rules.providers.name(of: provider)
    }
}

/// `{"id", "title", "url", "grade"}`: the page a rule or a step comes from.
public struct SourceDocument: Sendable, Equatable {
    /// The source's identifier.
    public let id: String
    /// The page's title.
    public let title: String
    /// The page's address, or `nil` where there is no single official page.
    public let url: String?
    /// `article`, `kaspersky`, `official` or `third-party`.
    public let grade: SourceGrade

    /// The document for a source.
    public init(_ source: Source) {
        id = source.id
        title = source.title
        url = source.url
        grade = source.grade
    }
}

/// `{"id", "name"}`: a payment intermediary.
public struct IntermediaryDocument: Sendable, Equatable {
    /// The intermediary's identifier.
    public let id: String
    /// Its name.
    public let name: String

    /// The document for an intermediary, named as the rule book names it.
    public init(_ intermediary: Intermediary, rules: RuleBook = .standard) {
        id = intermediary.rawValue
        name = rules.providers.name(of: intermediary)
    }
}
