/// The Kaspersky products the article names where the route depends on the product (Nexway). The
/// names people type for each are the rule file's `products`.
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
}
