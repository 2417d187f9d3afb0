public import RenewalRules

/// `{"id": ..., "name": ...}`: how every document refers to a provider, or to the payment
/// intermediary (PayPal) a charge went through.
public struct ProviderReference: Sendable, Equatable {
    /// The identifier.
    public let id: String
    /// The display name.
    public let name: String

    /// The reference for a provider, named as the rule book names it.
    public init(_ provider: ProviderID, rules: RuleBook = .standard) {
        id = provider.rawValue
        name = rules.providers.name(of: provider)
    }

    /// The reference for a payment intermediary, named as the rule book names it.
    public init(_ intermediary: Intermediary, rules: RuleBook = .standard) {
        id = intermediary.rawValue
        name = rules.providers.name(of: intermediary)
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

extension ProviderReference: JSONWritable {
    /// `{"id":…,"name":…}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("id", id)
            $0.member("name", name)
        }
    }
}

extension SourceDocument: JSONWritable {
    /// `{"grade":…,"id":…,"title":…,"url":…}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("grade", grade)
            $0.member("id", token: id)
            $0.member("title", title)
            $0.member("url", url)
        }
    }
}
