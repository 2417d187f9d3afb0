/// An official page a customer can open to act on a guide: where the switch is, or the steps.
///
/// Every address is one of ``Sources``, each found in stored copies of the public pages before it
/// went in; a guide with no such page (Allsoft) carries none rather than a guessed one.
public struct GuideLink: Sendable {
    /// What the page is, in words.
    public let title: LocalizedText
    /// The page.
    public let source: Source

    /// The page's address.
    public var url: String { source.url ?? "" }
}

extension GuideCatalog {
    /// The pages to open for each guide, by guide identifier.
    static let links: [String: [GuideLink]] = [
        ProviderID.myKaspersky.rawValue: [
            GuideLink(
                title: LocalizedText("マイ カスペルスキーでの手順(カスペルスキーのヘルプ)", "The steps in My Kaspersky (Kaspersky's help)"),
                source: Sources.article)
        ],
        ProviderID.nexway.rawValue: [
            GuideLink(
                title: LocalizedText(
                    "Nexwayで購入した場合の解約方法(カスペルスキーのFAQ)", "Cancelling a Nexway purchase (Kaspersky's FAQ)"),
                source: Sources.kasperskyNexwayFAQ)
        ],
        ProviderID.digitalRiver.rawValue: [
            GuideLink(
                title: LocalizedText(
                    "Digital Riverでの自動更新の解除(カスペルスキー米国のページ)", "Turning off Digital River's auto-renewal (Kaspersky US)"),
                source: Sources.kasperskyUS)
        ],
        ProviderID.twoCheckout.rawValue: [
            GuideLink(
                title: LocalizedText("2Checkout myAccount", "2Checkout myAccount"), source: Sources.twoCheckoutMyAccount
            ),
            GuideLink(
                title: LocalizedText("2Checkoutで購入した場合(カスペルスキーのFAQ)", "Purchases through 2Checkout (Kaspersky's FAQ)"),
                source: Sources.kasperskyTwoCheckoutFAQ),
        ],
        ProviderID.appStore.rawValue: [
            GuideLink(
                title: LocalizedText("Apple: サブスクリプションを表示・変更・解約する", "Apple: view, change or cancel subscriptions"),
                source: Sources.appleSubscriptions)
        ],
        ProviderID.googlePlay.rawValue: [
            GuideLink(
                title: LocalizedText("Google Play ヘルプ: 定期購入を解約する", "Google Play Help: cancel a subscription"),
                source: Sources.googlePlaySubscriptions)
        ],
        ProviderID.huawei.rawValue: [
            GuideLink(
                title: LocalizedText("HUAWEI サポート: サブスクリプションの解約", "HUAWEI Support: cancelling a subscription"),
                source: Sources.huaweiSubscriptions)
        ],
        customerServiceID: [
            GuideLink(
                title: LocalizedText("自動更新をオフにする方法(カスペルスキーのヘルプ)", "How to turn off auto-renewal (Kaspersky's help)"),
                source: Sources.article)
        ],
    ]
}

extension Guide {
    /// The official pages to open for this guide; empty where no public page is known.
    public var links: [GuideLink] { GuideCatalog.links[id] ?? [] }
}
