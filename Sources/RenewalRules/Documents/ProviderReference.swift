/// `{"id": ..., "name": ...}`: how every document refers to a provider.
public struct ProviderReference: Encodable, Sendable, Equatable {
    /// The provider's identifier.
    public let id: String
    /// The provider's display name.
    public let name: String

    /// The reference for a provider.
    public init(_ provider: ProviderID) {
        id = provider.rawValue
        name = provider.displayName
    }
}

/// `{"id", "title", "url", "grade"}`: the page a rule or a step comes from.
public struct SourceDocument: Encodable, Sendable, Equatable {
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

    private enum CodingKeys: String, CodingKey {
        case id, title, url, grade
    }

    /// Encodes every key, with `"url": null` where there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encodeOrNull(url, forKey: .url)
        try container.encode(grade, forKey: .grade)
    }
}

/// `{"id", "name"}`: a payment intermediary.
public struct IntermediaryDocument: Encodable, Sendable, Equatable {
    /// The intermediary's identifier.
    public let id: String
    /// Its name.
    public let name: String

    /// The document for an intermediary.
    public init(_ intermediary: Intermediary) {
        id = intermediary.rawValue
        name = intermediary.displayName
    }
}

extension ProviderID {
    /// The path of this provider's guide on the service.
    public var guidePath: String { "/guide/\(rawValue)" }
}

extension KeyedEncodingContainer {
    /// Encodes an optional as an explicit `null` when absent: the contract says `"provider": null`,
    /// which synthesised `Codable` would drop.
    mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
