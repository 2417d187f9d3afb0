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
