/// Every guide, built once from the article's facts.
public enum GuideCatalog {
    /// The identifier of the guide for when the provider is unknown or the provider's route fails.
    public static let customerServiceID = "customer-service"

    /// The guide for each provider.
    public static let guides: [ProviderID: Guide] = Dictionary(
        uniqueKeysWithValues: ProviderID.allCases.map { ($0, makeGuide(for: $0)) })

    /// The guide for when the provider is not known: how to find it, then whom to contact.
    public static let customerService = makeCustomerServiceGuide()

    /// The guide for a provider. For Nexway, a product narrows the guide to that product's route.
    ///
    /// - Parameters:
    ///   - provider: the provider.
    ///   - product: a product name as typed (`plus`, `Kaspersky Premium`); ignored for other providers.
    public static func guide(for provider: ProviderID, product: String? = nil) -> Guide {
        let guide = guides[provider] ?? makeGuide(for: provider)
        guard let product, let line = ProductLine(lookup: product) else { return guide }
        let sections = guide.sections.filter { $0.products == nil || $0.products?.contains(line) == true }
        guard sections.count != guide.sections.count, !sections.isEmpty else { return guide }
        return Guide(
            id: guide.id, provider: guide.provider, title: guide.title, summary: guide.summary,
            location: sections.allSatisfy { $0.products != nil } ? sectionLocation(provider, line) : guide.location,
            sections: sections, notes: guide.notes, fallback: guide.fallback)
    }

    private static func makeGuide(for provider: ProviderID) -> Guide {
        switch provider {
        case .myKaspersky: myKasperskyGuide()
        case .allsoft: allsoftGuide()
        case .nexway: nexwayGuide()
        case .digitalRiver: digitalRiverGuide()
        case .twoCheckout: twoCheckoutGuide()
        case .appStore: appStoreGuide()
        case .googlePlay: googlePlayGuide()
        case .huawei: huaweiGuide()
        }
    }

    /// The details the article asks customers to have ready for customer service, in its order.
    public static let detailsToHaveReady: [LocalizedText] = [
        LocalizedText("問題の説明", "A description of the problem"),
        LocalizedText("購入日", "The date of purchase"),
        LocalizedText("お客様のお名前", "Your name"),
        LocalizedText("購入に使ったメールアドレス", "The e-mail address used for the purchase"),
        LocalizedText("確認メールにある注文番号", "The order number from the confirmation e-mail"),
    ]

    /// The article's fallback, addressed to whoever should be contacted first.
    static func fallback(contact: LocalizedText) -> Fallback {
        Fallback(
            contact: contact,
            advice: [
                LocalizedText("カスペルスキー、または購入先のパートナーに連絡します。", "Contact Kaspersky or the partner you bought from."),
                LocalizedText(
                    "カスペルスキーのWebサイトまたはマイ カスペルスキーアカウントでアクティベーションコードを購入した場合は、カスタマーサービスに問い合わせます。",
                    "If you bought the activation code on Kaspersky's website or in your My Kaspersky account, contact Kaspersky customer service."
                ),
                LocalizedText(
                    "サービスプロバイダー経由で購入した場合は、そのプロバイダーに直接連絡する必要があります。",
                    "If you bought through a service provider, you need to contact that provider directly."),
                LocalizedText(
                    "担当者に次の情報を伝えられるよう、あらかじめ手元に用意しておきます。",
                    "Have the following details ready to give to the customer service agent."),
            ],
            details: detailsToHaveReady)
    }

    /// Shared by every guide: what the article says holds for all licences.
    static let validLicenceNote = LocalizedText(
        "自動更新を管理できるのは、有効なライセンスのみです。",
        "Auto-renewal can be managed only for a valid licence.")

    /// The article's opening facts, which hold for every licence on auto-renewal.
    static let openingNotes: [LocalizedText] = [
        LocalizedText(
            "自動更新では、有効期限の前にライセンスが自動的に更新され、更新料が発生します。",
            "With auto-renewal, the licence is renewed automatically before it expires, and a renewal fee is charged."),
        LocalizedText(
            "次回のお支払いについては、更新の前にメールでお知らせが届きます。",
            "An e-mail tells you about the next payment before each renewal."),
        LocalizedText(
            "自動更新を使うか手動で支払うかは、ライセンスの初回購入時に選びます。",
            "Whether to use auto-renewal or pay manually is chosen at the licence's first purchase."),
    ]

    /// The notes every guide starts with: the article's opening facts, then the valid-licence rule.
    static let commonNotes: [LocalizedText] = openingNotes + [validLicenceNote]

    private static func sectionLocation(_ provider: ProviderID, _ line: ProductLine) -> LocalizedText {
        guard provider == .nexway else { return guides[provider]?.location ?? myKasperskyLocation }
        return line == .other ? nexwayAccountLocation : myKasperskyLocation
    }

    private static func makeCustomerServiceGuide() -> Guide {
        Guide(
            id: customerServiceID, provider: nil,
            title: LocalizedText("購入先が分からない場合・解約できない場合", "When the provider is unknown or cancelling fails"),
            summary: LocalizedText(
                "自動更新をオフにする方法は、ライセンスの購入先によって異なります。注文番号か取引明細で購入先を確かめ、分からない場合や解約できない場合はカスペルスキーまたは購入先のパートナーに連絡します。",
                "How auto-renewal is turned off depends on where the licence was bought. Find out where from the order number or the card statement; if that fails, contact Kaspersky or the partner you bought from."
            ),
            location: LocalizedText(
                "カスペルスキーのカスタマーサービス、または購入先のパートナー", "Kaspersky customer service, or the partner you bought from"),
            sections: [
                GuideSection(
                    LocalizedText("購入先を特定する", "Find out where the licence was bought"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "購入後に届いた確認メールで注文番号を探し、その形式から購入先を調べます。",
                                "Find the order number in the confirmation e-mail sent after the purchase; its format shows where the licence was bought."
                            )),
                        GuideStep(
                            LocalizedText(
                                "注文番号がない場合は、クレジットカードの取引明細の文字列から購入先を調べます。",
                                "Without an order number, find where it was bought from the text of the card-statement line."
                            )),
                    ])
            ],
            notes: commonNotes + [
                LocalizedText(
                    "記載のサービスプロバイダーは、お住まいの地域によってはご利用いただけない場合があります。",
                    "Some of the listed service providers may not be available in your region.")
            ],
            fallback: fallback(
                contact: LocalizedText(
                    "カスペルスキーのカスタマーサービス、または購入先のパートナー", "Kaspersky customer service, or the partner you bought from")))
    }
}
