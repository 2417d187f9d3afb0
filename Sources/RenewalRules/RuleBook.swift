/// Every identification rule, declared as data in one place, exactly as the source article states it
/// (Kaspersky's Japanese support article 「自動更新をオフにする方法」).
///
/// To add an order-number format or a statement descriptor, add one line here; the tests check that
/// every entry can be reached by identification.
public enum RuleBook {
    /// The article's table 「注文番号順」: provider, format, examples.
    public static let orderNumberFormats: [OrderNumberFormat] = [
        OrderNumberFormat(.allsoft, .prefix("ALLSOFT"), confidence: 0.97, examples: ["ALLSOFT-22123406"]),
        OrderNumberFormat(.allsoft, .prefix("A"), confidence: 0.9, examples: ["A221234065"]),
        OrderNumberFormat(
            .nexway, .mixed(startingWith: "23"), confidence: 0.9, examples: ["2A123BEC45D", "3B123FAC76F"]),
        OrderNumberFormat(
            .digitalRiver, .digits(11...12), confidence: 0.95, examples: ["20564778810", "11252652307", "34297772062"]),
        OrderNumberFormat(.twoCheckout, .digits(8...8), confidence: 0.95, examples: ["22122857", "21992673"]),
    ]

    /// The article's lists under 「銀行カードの取引履歴」: every descriptor, under its provider.
    public static let statementDescriptors: [StatementDescriptor] = [
        StatementDescriptor("KASPERSKYLAB", .allsoft),
        StatementDescriptor("KASPERSKY_APPLEPAY", .allsoft),
        StatementDescriptor("Kaspersky Google Pay", .allsoft),
        StatementDescriptor("Kaspersky Samsungpay", .allsoft),
        StatementDescriptor("NiltaSoft Limited", .allsoft),
        StatementDescriptor("PayU Niltasoft", .allsoft),
        StatementDescriptor("Pag*BoaCompra", .allsoft),
        StatementDescriptor("Kasperskylab.vn", .allsoft),
        StatementDescriptor("Kasperskylab.th", .allsoft),
        // The article names the payment system 「Raschet」 (ERIP) rather than a literal statement text.
        StatementDescriptor("「Raschet」システム(ERIP)", .allsoft, searchTerms: ["Raschet", "ERIP"]),
        StatementDescriptor("ALLSOFT.KZ", .allsoft),
        StatementDescriptor("DR*Kaspersky Lab", .digitalRiver),
        StatementDescriptor("DR*Kaspersky BD", .digitalRiver),
        StatementDescriptor("DR*EFMSPL", .digitalRiver),
        StatementDescriptor("2CO.com*kaspersky", .twoCheckout),
        StatementDescriptor("2CO.com*top-logiciels", .twoCheckout),
        StatementDescriptor("2CO.com*sandbox", .twoCheckout),
        StatementDescriptor("2CO.com*alliance.kaspe", .twoCheckout),
        StatementDescriptor("2CO.com*verisium", .twoCheckout),
        StatementDescriptor("Kaspersky Lab 2Checkout", .twoCheckout),
        StatementDescriptor("avng8.com*kaspersky", .twoCheckout),
        StatementDescriptor("top-logiciels.com", .twoCheckout),
        StatementDescriptor("sandbox.usa.kaspersky", .twoCheckout),
        StatementDescriptor("alliance.kaspersky.com", .twoCheckout),
        StatementDescriptor("verisium.com", .twoCheckout),
        StatementDescriptor("kaspersky.nl", .twoCheckout),
        StatementDescriptor("kaspersky.ro", .twoCheckout),
        StatementDescriptor("kaspersky.ca", .twoCheckout),
        StatementDescriptor("kaspersky.com", .twoCheckout),
        StatementDescriptor("kaspersky.be", .twoCheckout),
        StatementDescriptor("kaspersky.fr", .twoCheckout),
    ]

    /// Providers whose descriptor list the article leaves empty, though it has a heading for them.
    /// Nexway's heading 「取引に次の文字がある場合、パートナーは Nexway です」 is followed by no entries:
    /// a Nexway charge cannot be recognised from a statement line, and no descriptor is invented here.
    public static let providersWithEmptyDescriptorList: Set<ProviderID> = [.nexway]

    /// What the article says about a provider's statement descriptors.
    public static func descriptorCoverage(of provider: ProviderID) -> DescriptorCoverage {
        if providersWithEmptyDescriptorList.contains(provider) { return .articleListsNone }
        return statementDescriptors.contains { $0.provider == provider } ? .listed : .notCovered
    }
}
