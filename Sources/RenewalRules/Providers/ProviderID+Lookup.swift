extension ProviderID {
    /// Other spellings people and tools use for each provider, matched case-insensitively.
    ///
    /// The canonical identifier and the display name are always accepted too.
    public var aliases: [String] {
        switch self {
        case .myKaspersky: ["mykaspersky", "direct", "マイカスペルスキー", "マイ-カスペルスキー"]
        case .allsoft: ["allsoft.kz", "all-soft"]
        case .nexway: ["nexway.com"]
        case .digitalRiver: ["digitalriver", "dr"]
        case .twoCheckout: ["2co", "two-checkout", "twocheckout", "2checkout.com"]
        case .appStore: ["appstore", "apple", "ios", "itunes", "iphone", "ipad"]
        case .googlePlay: ["googleplay", "google", "android"]
        case .huawei: ["appgallery", "huawei-appgallery", "app-gallery"]
        }
    }

    /// Names keyed by their folded bytes with spaces, hyphens and underscores removed.
    private static let lookupTable: [[UInt8]: ProviderID] = {
        var table: [[UInt8]: ProviderID] = [:]
        for provider in ProviderID.allCases {
            for name in [provider.rawValue, provider.displayName] + provider.aliases {
                table[lookupKey(TextNormalizer.foldedBytes(name))] = provider
            }
        }
        return table
    }()

    private static let lookupFilter = ByteStringFilter(lookupTable.keys)

    /// Finds a provider by its identifier, display name or an alias, ignoring case, spacing and hyphens.
    ///
    /// A name holding a control character (`allsoft%00`) names nothing: folding would drop it
    /// silently and answer for a name nobody typed.
    ///
    /// - Parameter name: what a person or client typed, e.g. `2CO`, `Digital River`, `ios`.
    public init?(lookup name: String) {
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        self.init(folded: TextNormalizer.foldedBytes(name))
    }

    /// The same lookup on text already folded by ``TextNormalizer``.
    init?(folded: [UInt8]) {
        // Most text is no name: say so from one pass over it, before making a key to hash.
        var hash = ByteStringFilter.FNV1a()
        for byte in folded where !Self.isIgnored(byte) { hash.add(byte) }
        guard Self.lookupFilter.mayContain(bit: hash.bit), let found = Self.lookupTable[Self.lookupKey(folded)] else {
            return nil
        }
        self = found
    }

    private static func lookupKey(_ folded: [UInt8]) -> [UInt8] {
        folded.filter { !isIgnored($0) }
    }

    /// Space, hyphen and underscore: how people part the words of a name.
    private static func isIgnored(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F
    }
}
