extension GuideCatalog {
    static let myKasperskyLocation = LocalizedText(
        "マイ カスペルスキーアカウントの[ライセンス]セクション", "The [Subscriptions] section of your My Kaspersky account")
    static let nexwayAccountLocation = LocalizedText("Nexwayのアカウント", "Your Nexway account")

    /// The article's five steps in the My Kaspersky account. English readers get the labels that
    /// Kaspersky's Nexway FAQ documents for the same controls, and translations for the two it does
    /// not name.
    static let myKasperskySteps: [GuideStep] = {
        let faq = Sources.kasperskyNexwayFAQ
        let licences = StepLabel.article("ライセンス", english: "Subscriptions", documentedBy: faq)
        let manage = StepLabel.article("ライセンスを管理する", english: "Manage subscription", documentedBy: faq)
        let cancel = StepLabel.article("自動更新サービスをキャンセルする", english: "Cancel subscription", documentedBy: faq)
        let keep = StepLabel.article("自動更新サービスを継続する", translated: "Continue auto-renewal service")
        let check = StepLabel.article("ライセンスを確認する", translated: "Check licences")
        return [
            GuideStep(
                LocalizedText(
                    "[ライセンス]セクションを開き、自動更新を止めたいライセンスを選びます。",
                    "Open the [Subscriptions] section and select the licence."),
                labels: [licences]),
            GuideStep(
                LocalizedText(
                    "[ライセンスを管理する]をクリックして、ライセンスのメニューを開きます。",
                    "Click [Manage subscription] to open the licence's menu."),
                labels: [manage]),
            GuideStep(
                LocalizedText(
                    "ライセンスのメニューで[自動更新サービスをキャンセルする]を選びます。",
                    "In the licence's menu, select [Cancel subscription]."),
                outcome: LocalizedText(
                    "確認フォームが開き、ライセンスの一覧が表示されます。", "A confirmation form opens with a list of your licences."),
                labels: [cancel]),
            GuideStep(
                LocalizedText(
                    "[自動更新サービスをキャンセルする]をクリックして確定します。自動更新をやめない場合は[自動更新サービスを継続する]をクリックします。",
                    "Click [Cancel subscription] to confirm. To keep auto-renewal on instead, click [Continue auto-renewal service]."
                ),
                outcome: LocalizedText(
                    "自動更新がオフになったことを知らせる確認フォームが表示されます。", "A form confirms that auto-renewal is now off."),
                labels: [cancel, keep]),
            GuideStep(
                LocalizedText(
                    "[ライセンスを確認する]をクリックして、[ライセンス]セクションに戻ります。",
                    "Click [Check licences] to return to the [Subscriptions] section."),
                labels: [check, licences]),
        ]
    }()

    static let afterTurningOffNote = LocalizedText(
        "自動更新がオフになると、有効期間の終わりに更新料を手動で支払わない限り、ライセンスは無効になります。",
        "Once auto-renewal is off, the licence expires at the end of its term unless you pay the renewal fee manually.")

    static func myKasperskyGuide() -> Guide {
        Guide(
            id: ProviderID.myKaspersky.rawValue, provider: .myKaspersky,
            title: LocalizedText("マイ カスペルスキーで自動更新をオフにする", "Turn off auto-renewal in My Kaspersky"),
            summary: LocalizedText(
                "マイ カスペルスキーアカウントで購入したライセンスは、[ライセンス]セクションでいつでも自動更新をオフにできます。",
                "A licence bought in your My Kaspersky account can have auto-renewal turned off at any time in its [Subscriptions] section."
            ),
            location: myKasperskyLocation,
            sections: [
                GuideSection(LocalizedText("マイ カスペルスキーアカウントで", "In your My Kaspersky account"), steps: myKasperskySteps)
            ],
            notes: commonNotes + [afterTurningOffNote],
            fallback: fallback(contact: LocalizedText("カスペルスキーのカスタマーサービス", "Kaspersky customer service")))
    }

    static func nexwayGuide() -> Guide {
        let viaMyKaspersky: Set<ProductLine> = [.basic, .standard, .plus, .premium, .securityCloud]
        return Guide(
            id: ProviderID.nexway.rawValue, provider: .nexway,
            title: LocalizedText(
                "Nexwayで購入したライセンスの自動更新をオフにする", "Turn off auto-renewal for a licence bought from Nexway"),
            summary: LocalizedText(
                "Nexwayの場合、手順は製品によって異なります。カスペルスキー ベーシック、スタンダード、プラス、プレミアム、Kaspersky Security Cloudはマイ カスペルスキーアカウントで、その他の製品はNexwayアカウントでオフにします。",
                "With Nexway the route depends on the product: Kaspersky Basic, Standard, Plus, Premium and Kaspersky Security Cloud are handled in your My Kaspersky account, any other product in your Nexway account."
            ),
            location: LocalizedText(
                "製品により、マイ カスペルスキーアカウントまたはNexwayのアカウント",
                "Your My Kaspersky account or your Nexway account, depending on the product"),
            sections: [
                GuideSection(
                    LocalizedText(
                        "カスペルスキー ベーシック、スタンダード、プラス、プレミアム、Kaspersky Security Cloudの場合(マイ カスペルスキーアカウントで)",
                        "Kaspersky Basic, Standard, Plus, Premium or Kaspersky Security Cloud (in your My Kaspersky account)"
                    ),
                    products: viaMyKaspersky, steps: myKasperskySteps),
                GuideSection(
                    LocalizedText("その他の製品の場合(Nexwayアカウントで)", "Any other product (in your Nexway account)"),
                    products: [.other],
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "Nexwayのアカウントを使って自動更新をオフにします。手順は次の項目にあります。",
                                "Use your Nexway account to turn auto-renewal off; the steps follow below."
                            )),
                        GuideStep(
                            LocalizedText(
                                "または、Nexwayのサポートに問い合わせることもできます。",
                                "Or contact Nexway's support.")),
                    ]),
                GuideSection(
                    LocalizedText(
                        "その他の製品の場合、Nexwayアカウントで(カスペルスキーのFAQによる)",
                        "Any other product, in your Nexway account (from Kaspersky's FAQ)"),
                    products: [.other],
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "Nexwayのアカウントにサインインします。パスワードが分からない場合は、購入に使ったメールアドレスでパスワードを再設定します。ポータルのアドレスは公開されているページで確認できていないため、確認メールのリンクを使ってください。",
                                "Sign in to your Nexway account; without a password, reset it with the e-mail address used for the purchase. No public page found gives the portal's address: use the link in the confirmation e-mail."
                            )),
                        GuideStep(
                            LocalizedText(
                                "[Manage subscription]で[Cancel]をクリックします。", "In [Manage subscription], click [Cancel]."),
                            labels: [
                                .english("Manage subscription", from: Sources.kasperskyNexwayFAQ),
                                .english("Cancel", from: Sources.kasperskyNexwayFAQ),
                            ]),
                    ], source: Sources.kasperskyNexwayFAQ),
            ],
            notes: commonNotes + [
                afterTurningOffNote,
                LocalizedText(
                    "Nexwayの取引明細の文字列は、カスペルスキー米国のページが「NW」と記すほかに知られていません。注文番号で確かめるのが確実です。",
                    "Beyond \"NW\", which Kaspersky's US page gives, no card-statement text is known for Nexway: the order number is the sure way."
                ),
            ],
            fallback: fallback(contact: LocalizedText("Nexwayのサポート", "Nexway's support")))
    }
}
