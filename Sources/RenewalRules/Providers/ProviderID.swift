/// Where a licence was bought, and so who can turn its auto-renewal off.
///
/// The raw value is the stable identifier used in JSON and in the service's guide paths. What is
/// said about each provider (its name, kind and other names) is in the rule file's `providers`.
public enum ProviderID: String, CaseIterable, Sendable, Hashable, Codable {
    /// Bought directly in the My Kaspersky account or on Kaspersky's own site.
    case myKaspersky = "my-kaspersky"
    /// The reseller Allsoft.
    case allsoft
    /// The reseller Nexway.
    case nexway
    /// The reseller Digital River.
    case digitalRiver = "digital-river"
    /// The reseller 2Checkout.
    case twoCheckout = "2checkout"
    /// Apple's App Store (iOS).
    case appStore = "app-store"
    /// Google Play (Android).
    case googlePlay = "google-play"
    /// Huawei AppGallery, on Huawei devices without Google Play.
    case huawei
}

/// The three kinds of seller the article distinguishes.
public enum ProviderKind: String, CaseIterable, Sendable, Codable {
    /// Kaspersky itself (My Kaspersky).
    case kaspersky
    /// A service provider that resells licences (the article's サービスプロバイダー).
    case reseller
    /// A mobile app store.
    case mobileStore = "mobile-store"
}
