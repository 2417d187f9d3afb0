/// The Kaspersky products the article names where the route depends on the product (Nexway).
public enum ProductLine: String, CaseIterable, Sendable, Hashable, Codable {
    /// カスペルスキー ベーシック / Kaspersky Basic.
    case basic
    /// カスペルスキー スタンダード / Kaspersky Standard.
    case standard
    /// カスペルスキー プラス / Kaspersky Plus.
    case plus
    /// カスペルスキー プレミアム / Kaspersky Premium.
    case premium
    /// Kaspersky Security Cloud.
    case securityCloud = "security-cloud"
    /// Any other Kaspersky application.
    case other

    /// The product's name.
    public var displayName: LocalizedText {
        switch self {
        case .basic: LocalizedText("カスペルスキー ベーシック", "Kaspersky Basic")
        case .standard: LocalizedText("カスペルスキー スタンダード", "Kaspersky Standard")
        case .plus: LocalizedText("カスペルスキー プラス", "Kaspersky Plus")
        case .premium: LocalizedText("カスペルスキー プレミアム", "Kaspersky Premium")
        case .securityCloud: LocalizedText("Kaspersky Security Cloud", "Kaspersky Security Cloud")
        case .other: LocalizedText("その他のカスペルスキー製品", "Other Kaspersky applications")
        }
    }

    /// Reads a product name as a person would type it: `plus`, `Kaspersky Plus`, `プラス`,
    /// `security cloud`. Any other non-empty name is ``other``.
    public init?(lookup name: String) {
        var key = TextNormalizer.fold(name)
        for prefix in ["kaspersky ", "カスペルスキー ", "カスペルスキー"] where key.hasPrefix(prefix) {
            key.removeFirst(prefix.count)
        }
        key = String(key.map { $0 == " " || $0 == "_" ? "-" : $0 })
        guard !key.isEmpty else { return nil }
        let japanese: [String: ProductLine] = ["ベーシック": .basic, "スタンダード": .standard, "プラス": .plus, "プレミアム": .premium]
        self = ProductLine(rawValue: key) ?? japanese[key] ?? (key == "securitycloud" ? .securityCloud : .other)
    }
}
