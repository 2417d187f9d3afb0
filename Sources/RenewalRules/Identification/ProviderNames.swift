/// Providers named in running text beside an order number: `22122857(2Checkout)`, `allsoft 22123406`.
enum ProviderNames {
    /// Aliases too common in everyday text to count as naming the seller (`apple`, `direct`).
    private static let tooCommon: Set<String> = [
        "direct", "dr", "apple", "google", "ios", "android", "iphone", "ipad", "itunes",
    ]

    /// Every provider's names, folded, beside the provider each names.
    private static let names: [(phrase: [UInt8], provider: ProviderID)] = ProviderID.allCases.flatMap { provider in
        ([provider.rawValue, provider.displayName] + provider.aliases)
            .filter { !tooCommon.contains($0) }
            .map { (TextNormalizer.foldedBytes($0), provider) }
    }
    private static let index = PhraseIndex(names.map(\.phrase))

    /// The providers the text names, in the order of first mention, each once.
    static func find(in folded: [UInt8]) -> [ProviderID] {
        let mentions = index.occurrences(in: folded) { start, end in
            (start == 0 || !folded[start - 1].isASCIIAlphanumeric)
                && (end == folded.count || !folded[end].isASCIIAlphanumeric)
        }
        var found: [ProviderID] = []
        for mention in mentions where !found.contains(names[mention.phrase].provider) {
            found.append(names[mention.phrase].provider)
        }
        return found
    }
}
