/// Every identification rule, declared as data in one place: the source article's exactly as it
/// states them (Kaspersky's Japanese support article 「自動更新をオフにする方法」), and the forms other
/// public pages add, each with its page.
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

    /// Statement forms from pages beyond the article, each with its page: the stores' charges, the
    /// resellers' other spellings, and PayPal in front of a seller. The article wins: none of these
    /// reaches the confidence of its descriptors, and third-party reports alone never identify.
    public static let statementPatterns: [StatementPattern] = [
        StatementPattern(
            "apple.com/bill", .words("apple com bill"), .appStore, confidence: 0.8, source: Sources.appleBilling),
        StatementPattern(
            "itunes.com/bill", .words("itunes com bill"), .appStore, confidence: 0.8, source: Sources.appleBilling),
        // Google Play: "GOOGLE*" and the developer's name; only Kaspersky's name makes it this purchase.
        StatementPattern(
            "GOOGLE*", .merchantPrefix("google"), .googlePlay, requiresKaspersky: true, confidence: 0.8,
            source: Sources.googlePlayCharges),
        StatementPattern(
            "2CO*", .words("2co"), .twoCheckout, requiresKaspersky: true, confidence: 0.8,
            source: Sources.kasperskyTwoCheckoutFAQ),
        StatementPattern(
            "2Checkout", .words("2checkout"), .twoCheckout, requiresKaspersky: true, confidence: 0.8,
            source: Sources.kasperskyTwoCheckoutFAQ),
        StatementPattern(
            "PayPal*2CHECKOUTCO", .words("2checkoutco"), .twoCheckout, confidence: 0.8,
            source: Sources.twoCheckoutDescriptors),
        StatementPattern(
            "DR*", .merchantPrefix("dr"), .digitalRiver, requiresKaspersky: true, confidence: 0.8,
            source: Sources.kasperskyUS),
        StatementPattern(
            "DRI*", .merchantPrefix("dri"), .digitalRiver, confidence: 0.45, source: Sources.thirdPartyReports),
        StatementPattern(
            "NW", .merchantPrefix("nw"), .nexway, requiresKaspersky: true, confidence: 0.75, source: Sources.kasperskyUS
        ),
        StatementPattern(
            "Kaspersky US Nexway", .words("nexway"), .nexway, requiresKaspersky: true, confidence: 0.45,
            source: Sources.thirdPartyReports),
        StatementPattern(
            "PAYPAL *", .merchantPrefix("paypal"), nil, intermediary: .paypal, confidence: 0.45,
            source: Sources.thirdPartyReports),
        StatementPattern(
            "PP*", .merchantPrefix("pp"), nil, intermediary: .paypal, confidence: 0.45,
            source: Sources.thirdPartyReports),
    ]

    /// Providers whose descriptor list the article leaves empty, though it has a heading for them.
    /// Nexway's heading 「取引に次の文字がある場合、パートナーは Nexway です」 is followed by no entries:
    /// a Nexway charge cannot be recognised from a statement line, and no descriptor is invented here.
    public static let providersWithEmptyDescriptorList: Set<ProviderID> = [.nexway]

    /// Providers for which no public page gives a statement descriptor at all. Huawei's own pages
    /// name the in-app purchase transaction number, not what a card statement shows.
    public static let providersWithNoKnownDescriptor: Set<ProviderID> = [.huawei]

    /// What the article says about a provider's statement descriptors.
    public static func descriptorCoverage(of provider: ProviderID) -> DescriptorCoverage {
        if providersWithEmptyDescriptorList.contains(provider) { return .articleListsNone }
        if providersWithNoKnownDescriptor.contains(provider) { return .noneKnown }
        return statementDescriptors.contains { $0.provider == provider } ? .listed : .notCovered
    }
}
