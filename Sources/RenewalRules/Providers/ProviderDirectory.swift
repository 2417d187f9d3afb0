/// What the rule file says about each provider (its name, what sort of seller it is, and the other
/// names people and tools use for it) and about each payment intermediary (its name). The sets of
/// providers and intermediaries are the service's (``ProviderID``, ``Intermediary``: the
/// identifiers are the API's); everything said about them is data. A class, so that the hot path
/// reaches its tables through one reference rather than copying five.
public final class ProviderDirectory: Sendable {
    /// One provider's entry.
    public struct Entry: Sendable {
        /// The name a customer recognises, as the article writes it.
        public let name: String
        /// What sort of seller this is; it decides whose account holds the switch.
        public let kind: ProviderKind
        /// Other names, recognised as a whole input and beside an order number in running text.
        public let names: [String]
        /// Other names recognised only as a whole input (`/guide/ios`): everyday words (`apple`,
        /// `direct`) that in running text would name a seller nobody meant.
        public let lookupNames: [String]
    }

    /// Every provider's entry.
    public let entries: [ProviderID: Entry]
    /// Every intermediary's name.
    public let intermediaryNames: [Intermediary: String]
    /// Names keyed by their folded bytes with spaces, hyphens and underscores removed.
    private let lookupTable: [[UInt8]: ProviderID]
    private let lookupFilter: ByteStringFilter
    /// The names recognised in running text, folded, each with its provider: what the reading's
    /// index is made of.
    let mentionPhrases: [(phrase: [UInt8], provider: ProviderID)]

    /// Builds the lookups. `entries` holds every provider (loading checks it).
    init(_ entries: [ProviderID: Entry], intermediaryNames: [Intermediary: String]) {
        self.entries = entries
        self.intermediaryNames = intermediaryNames
        var table: [[UInt8]: ProviderID] = [:]
        var mentions: [(phrase: [UInt8], provider: ProviderID)] = []
        for provider in ProviderID.allCases {
            guard let entry = entries[provider] else { continue }
            for name in [provider.rawValue, entry.name] + entry.names + entry.lookupNames {
                table[Self.lookupKey(TextNormalizer.foldedBytes(name))] = provider
            }
            for name in [provider.rawValue, entry.name] + entry.names {
                mentions.append((TextNormalizer.foldedBytes(name), provider))
            }
        }
        lookupTable = table
        lookupFilter = ByteStringFilter(table.keys)
        mentionPhrases = mentions
    }

    /// The provider's display name.
    public func name(of provider: ProviderID) -> String {
        entries[provider]?.name ?? provider.rawValue
    }

    /// The intermediary's display name.
    public func name(of intermediary: Intermediary) -> String {
        intermediaryNames[intermediary] ?? intermediary.rawValue
    }

    /// What sort of seller the provider is.
    public func kind(of provider: ProviderID) -> ProviderKind {
        entries[provider]?.kind ?? .reseller
    }

    /// Finds a provider by its identifier, its name or another of its names, ignoring case, spacing
    /// and hyphens.
    ///
    /// A name holding a control character (`allsoft%00`) names nothing: folding would drop it
    /// silently and answer for a name nobody typed.
    ///
    /// - Parameter name: what a person or client typed, e.g. `2CO`, `Digital River`, `ios`.
    public func provider(named name: String) -> ProviderID? {
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        return provider(folded: TextNormalizer.foldedBytes(name))
    }

    /// The same lookup on text already folded by ``TextNormalizer``.
    func provider(folded: [UInt8]) -> ProviderID? {
        // Most text is no name: say so from one pass over it, before making a key to hash.
        var hash = ByteStringFilter.FNV1a()
        for byte in folded where !Self.isIgnored(byte) { hash.add(byte) }
        guard lookupFilter.mayContain(bit: hash.bit) else { return nil }
        return lookupTable[Self.lookupKey(folded)]
    }

    static func lookupKey(_ folded: [UInt8]) -> [UInt8] {
        folded.filter { !isIgnored($0) }
    }

    /// Space, hyphen and underscore: how people part the words of a name.
    private static func isIgnored(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F
    }
}
