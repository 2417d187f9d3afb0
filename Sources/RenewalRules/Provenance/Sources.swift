/// Every page the rules and guides are taken from. Each address was found in stored copies of the
/// public pages before it went in; see `../shared/FACTS.md` for the findings and grades.
public enum Sources {
    /// Kaspersky's Japanese support article 「自動更新をオフにする方法」 (My Kaspersky help 231328).
    public static let article = Source(
        "article", "自動更新をオフにする方法 (マイ カスペルスキー ヘルプ)",
        url: "https://support.kaspersky.com/KPC/1.0/ja-JP/231328.htm", grade: .article)
    /// Kaspersky US: how to turn off the auto-renewal service, by provider.
    public static let kasperskyUS = Source(
        "kaspersky-us-auto-renewal", "Kaspersky US: Auto-Renewal Service",
        url: "https://usa.kaspersky.com/auto-renewal-service", grade: .kaspersky)
    /// Kaspersky's FAQ on purchases through 2Checkout.
    public static let kasperskyTwoCheckoutFAQ = Source(
        "kaspersky-faq-2checkout", "Kaspersky FAQ: purchases through 2Checkout",
        url: "https://support.kaspersky.com/faq/faq_sales_2checkout_rs", grade: .kaspersky)
    /// Kaspersky's FAQ on purchases through Nexway.
    public static let kasperskyNexwayFAQ = Source(
        "kaspersky-faq-nexway", "Kaspersky FAQ: purchases through Nexway",
        url: "https://support.kaspersky.com/faq/faq_sales_nexway_rs", grade: .kaspersky)
    /// Kaspersky's older article on cancelling a Digital River order.
    public static let kasperskyDigitalRiver = Source(
        "kaspersky-8960", "Kaspersky: cancelling the auto-renewal service bought through Digital River",
        url: "http://support.kaspersky.com/8960", grade: .kaspersky)
    /// Apple: "If you see itunes.com/bill or an unfamiliar charge".
    public static let appleBilling = Source(
        "apple-ht201382", "Apple: If you see itunes.com/bill or an unfamiliar charge on your statement",
        url: "https://support.apple.com/en-us/HT201382", grade: .official)
    /// Apple's Japanese page on viewing, changing and cancelling subscriptions.
    public static let appleSubscriptions = Source(
        "apple-ht202039", "Apple: サブスクリプション (定額制サービスの登録) を表示・変更・解約する",
        url: "https://support.apple.com/ja-jp/HT202039", grade: .official)
    /// Apple's English page on cancelling a subscription: the English names of the Settings screens.
    public static let appleSubscriptionsEnglish = Source(
        "apple-ht202039-en", "Apple: If you want to cancel a subscription from Apple",
        url: "https://support.apple.com/en-us/HT202039", grade: .official)
    /// Google Play help: how Google Play charges appear on a statement.
    public static let googlePlayCharges = Source(
        "google-play-2851610", "Google Play ヘルプ: 明細書に記載される Google Play の請求",
        url: "https://support.google.com/googleplay/answer/2851610?hl=ja", grade: .official)
    /// Google Play help: cancel, pause or change a subscription.
    public static let googlePlaySubscriptions = Source(
        "google-play-7018481", "Google Play ヘルプ: Google Play で定期購入を解約、一時停止、変更する",
        url: "https://support.google.com/googleplay/answer/7018481?hl=ja", grade: .official)
    /// Huawei support: cancelling a subscription on a Huawei device.
    public static let huaweiSubscriptions = Source(
        "huawei-subscriptions", "HUAWEI Support: How do I cancel a subscription?",
        url: "https://consumer.huawei.com/uk/support/content/en-gb00724073", grade: .official)
    /// Huawei support: turning auto-renewal off in a Huawei device's Settings, with the screens'
    /// English names.
    public static let huaweiAutoRenewal = Source(
        "huawei-auto-renewal", "HUAWEI Support: How to cancel auto-renewal of HUAWEI Music?",
        url: "https://consumer.huawei.com/ca/support/content/en-us00699320/", grade: .official)
    /// 2Checkout's own documentation of its statement descriptors (card and PayPal payments).
    public static let twoCheckoutDescriptors = Source(
        "2checkout-descriptors", "2Checkout documentation: how charges appear on statements",
        url: nil, grade: .official)
    /// 2Checkout's shopper account, myAccount (graded official in FACTS.md; the stored copies that
    /// link this exact address are merchants' help pages).
    public static let twoCheckoutMyAccount = Source(
        "2checkout-myaccount", "2Checkout myAccount", url: "https://secure.2co.com/myaccount/", grade: .official)
    /// Reports on forums, blogs and lookup sites: a hint only.
    public static let thirdPartyReports = Source(
        "third-party-reports", "Third-party reports (forums, blogs, statement lookup sites)", url: nil,
        grade: .thirdParty)

    /// Every source, in order of trust.
    public static let all: [Source] = [
        article, kasperskyUS, kasperskyTwoCheckoutFAQ, kasperskyNexwayFAQ, kasperskyDigitalRiver, appleBilling,
        appleSubscriptions, appleSubscriptionsEnglish, googlePlayCharges, googlePlaySubscriptions, huaweiSubscriptions,
        huaweiAutoRenewal, twoCheckoutDescriptors,
        twoCheckoutMyAccount, thirdPartyReports,
    ]
}
