/// Providers named in running text beside an order number: `22122857(2Checkout)`, `allsoft 22123406`.
enum ProviderNames {
    /// Aliases too common in everyday text to count as naming the seller (`apple`, `direct`).
    private static let tooCommon: Set<String> = [
        "direct", "dr", "apple", "google", "ios", "android", "iphone", "ipad", "itunes",
    ]

    /// Every provider's names as whole words, folded, longest first.
    private static let names: [(words: [UInt8], provider: ProviderID)] = ProviderID.allCases.flatMap { provider in
        ([provider.rawValue, provider.displayName] + provider.aliases)
            .filter { !tooCommon.contains($0) }
            .map { (TextNormalizer.foldedBytes($0), provider) }
    }.sorted { $0.words.count > $1.words.count }

    /// The providers the text names, in the order of first mention, each once.
    static func find(in folded: [UInt8]) -> [ProviderID] {
        var found: [(position: Int, provider: ProviderID)] = []
        for (words, provider) in names where !found.contains(where: { $0.provider == provider }) {
            let wholeWord = { (start: Int) in
                let end = start + words.count
                return (start == 0 || !folded[start - 1].isASCIIAlphanumeric)
                    && (end == folded.count || !folded[end].isASCIIAlphanumeric)
            }
            if let start = folded.firstIndex(ofRun: words, where: wholeWord) { found.append((start, provider)) }
        }
        return found.sorted { $0.position < $1.position }.map(\.provider)
    }
}
