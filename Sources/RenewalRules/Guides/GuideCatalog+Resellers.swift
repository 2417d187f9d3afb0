extension GuideCatalog {
    /// The article's general rule for service providers: their website's account settings, or their
    /// support; the two are equal ways, neither a fallback for the other.
    private static func resellerAlternative(_ name: String) -> GuideStep {
        GuideStep(
            LocalizedText(
                "または、\(name)のサポートサービスに問い合わせてライセンスを管理することもできます。",
                "Or contact \(name)'s support service to manage the licence."))
    }

    private static func resellerContact(_ name: String) -> LocalizedText {
        LocalizedText("\(name)のサポート(購入したサービスプロバイダー)", "\(name)'s support (the service provider you bought from)")
    }

    static func allsoftGuide() -> Guide {
        Guide(
            id: ProviderID.allsoft.rawValue, provider: .allsoft,
            title: LocalizedText(
                "Allsoftで購入したライセンスの自動更新をオフにする", "Turn off auto-renewal for a licence bought from Allsoft"),
            summary: LocalizedText(
                "Allsoftの場合は、Allsoftのサポートに問い合わせて自動更新をオフにしてもらいます。",
                "With Allsoft, ask Allsoft's support to turn auto-renewal off."),
            location: LocalizedText("Allsoftのサポート", "Allsoft's support"),
            sections: [
                GuideSection(
                    LocalizedText("Allsoftのサポートで", "Through Allsoft's support"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "Allsoftのサポートに連絡し、ライセンスの自動更新をオフにするよう依頼します。",
                                "Contact Allsoft's support and ask them to turn off the licence's auto-renewal."))
                    ])
            ],
            notes: commonNotes,
            fallback: fallback(contact: resellerContact("Allsoft")))
    }

    static func digitalRiverGuide() -> Guide {
        Guide(
            id: ProviderID.digitalRiver.rawValue, provider: .digitalRiver,
            title: LocalizedText(
                "Digital Riverで購入したライセンスの自動更新をオフにする", "Turn off auto-renewal for a licence bought from Digital River"),
            summary: LocalizedText(
                "Digital Riverの場合は、サービスプロバイダーのWebサイトにあるアカウントで自動更新をオフにできます。",
                "With Digital River, you can turn auto-renewal off from your account on the provider's website."),
            location: LocalizedText("Digital RiverのWebサイトのアカウント", "Your account on Digital River's website"),
            sections: [
                GuideSection(
                    LocalizedText("Digital RiverのWebサイトで", "On Digital River's website"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "Digital RiverのWebサイトで自分のアカウントを開き、ライセンスの自動更新をオフにします。手順は次の項目にあります。",
                                "Open your account on Digital River's website and turn off the licence's auto-renewal; the steps follow below."
                            )),
                        resellerAlternative("Digital River"),
                    ]),
                GuideSection(
                    LocalizedText(
                        "Digital Riverの注文照会で(カスペルスキー米国のページによる)",
                        "With Digital River's order lookup (from Kaspersky's US page)"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "Digital Riverの[Account Details]に、購入に使ったメールアドレスとカード番号の下4桁、または確認メールにある注文番号とパスワードでログインします。",
                                "Log in to Digital River's [Account Details] with the e-mail address used for the purchase and the last four digits of the card, or with the order number and the password from the confirmation e-mail."
                            ), labels: [.english("Account Details", from: Sources.kasperskyUS)]),
                        GuideStep(
                            LocalizedText("[Cancel]を押して自動更新を止めます。", "Press [Cancel] to stop the auto-renewal."),
                            outcome: LocalizedText(
                                "製品は有効期限まで使えます。", "The product stays active until it expires."),
                            labels: [.english("Cancel", from: Sources.kasperskyUS)]),
                    ], source: Sources.kasperskyUS),
            ],
            notes: commonNotes,
            fallback: fallback(contact: resellerContact("Digital River")))
    }

    static func twoCheckoutGuide() -> Guide {
        Guide(
            id: ProviderID.twoCheckout.rawValue, provider: .twoCheckout,
            title: LocalizedText(
                "2Checkoutで購入したライセンスの自動更新をオフにする", "Turn off auto-renewal for a licence bought from 2Checkout"),
            summary: LocalizedText(
                "2Checkoutで購入したライセンスは、2Checkoutのアカウントで自動更新をオフにできます。",
                "A licence bought from 2Checkout can have auto-renewal turned off in your 2Checkout account."),
            location: LocalizedText("2Checkoutのアカウント", "Your 2Checkout account"),
            sections: [
                GuideSection(
                    LocalizedText("2Checkoutで", "With 2Checkout"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "2Checkoutのアカウントで自動更新をオフにできます。手順は次の項目にあります。",
                                "You can turn auto-renewal off in your 2Checkout account; the steps follow below."
                            )),
                        resellerAlternative("2Checkout"),
                    ]),
                GuideSection(
                    LocalizedText(
                        "2Checkoutのアカウントで(カスペルスキーのFAQによる)", "In your 2Checkout account (from Kaspersky's FAQ)"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "2Checkoutのアカウント(2Checkout myAccount)に、購入に使ったメールアドレスか注文番号でログインします。メールで届くアクセス用のリンクを開きます。",
                                "Log in to your 2Checkout account (2Checkout myAccount) with the e-mail address used for the purchase or the order number, and open the access link it e-mails you."
                            )),
                        GuideStep(
                            LocalizedText(
                                "[My Products]を開き、自動更新を止めます。", "Go to [My Products] and stop the automatic renewal."),
                            labels: [.english("My Products", from: Sources.kasperskyTwoCheckoutFAQ)]),
                    ], source: Sources.kasperskyTwoCheckoutFAQ),
            ],
            notes: commonNotes,
            fallback: fallback(contact: resellerContact("2Checkout")))
    }
}
