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

    private static let lookupTable: [String: ProviderID] = {
        var table: [String: ProviderID] = [:]
        for provider in ProviderID.allCases {
            for name in [provider.rawValue, provider.displayName] + provider.aliases {
                table[foldedKey(name)] = provider
            }
        }
        return table
    }()

    /// Finds a provider by its identifier, display name or an alias, ignoring case and surrounding space.
    ///
    /// - Parameter name: what a person or client typed, e.g. `2CO`, `Digital River`, `ios`.
    public init?(lookup name: String) {
        guard let found = Self.lookupTable[Self.foldedKey(name)] else { return nil }
        self = found
    }

    private static func foldedKey(_ name: String) -> String {
        String(TextNormalizer.fold(name).map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}
