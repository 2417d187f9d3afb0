extension GuideCatalog {
    /// The article: a mobile licence bought in My Kaspersky is managed there, not in the store.
    private static let boughtInMyKasperskyNote = LocalizedText(
        "マイ カスペルスキーアカウントでモバイル向け製品のライセンスを購入した場合は、ストアではなく[ライセンス]セクションで自動更新をオフにします(マイ カスペルスキーの手順を参照)。",
        "If you bought the mobile licence in your My Kaspersky account, turn auto-renewal off in its [Subscriptions] section instead (see the My Kaspersky steps)."
    )

    private static let storeContact = LocalizedText(
        "購入したストア、またはカスペルスキーのカスタマーサービス", "The store you bought from, or Kaspersky customer service")

    static func appStoreGuide() -> Guide {
        let apple = Sources.appleSubscriptionsEnglish
        return Guide(
            id: ProviderID.appStore.rawValue, provider: .appStore,
            title: LocalizedText("iOS端末(App Store)で自動更新をオフにする", "Turn off auto-renewal on an iOS device (App Store)"),
            summary: LocalizedText(
                "App Storeで購入したカスペルスキーのモバイルアプリは、端末の[設定]からサブスクリプションをキャンセルします。",
                "For a Kaspersky mobile app bought in the App Store, cancel the subscription from the device's [Settings]."
            ),
            location: LocalizedText("iOS端末の[設定]", "[Settings] on your iOS device"),
            sections: [
                GuideSection(
                    LocalizedText("iOS端末で", "On an iOS device"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "[設定]-[(お客様の名前)]-[iTunes StoreとApp Store]の順に選びます。",
                                "Go to [Settings] > [your name] > [iTunes & App Store]."),
                            labels: [
                                .article("設定", english: "Settings", documentedBy: apple),
                                .article("(お客様の名前)", english: "your name", documentedBy: apple),
                                .article("iTunes StoreとApp Store", translated: "iTunes & App Store"),
                            ]),
                        GuideStep(
                            LocalizedText(
                                "画面の上部にあるApple ID名をタップします。", "Tap your Apple ID name at the top of the screen.")),
                        GuideStep(
                            LocalizedText(
                                "[Apple IDを表示]をタップします。ログインを求められることがあります。",
                                "Tap [View Apple ID]. You may be asked to sign in."),
                            labels: [.article("Apple IDを表示", translated: "View Apple ID")]),
                        GuideStep(
                            LocalizedText("[サブスクリプション]セクションを開きます。", "Open the [Subscriptions] section."),
                            labels: [.article("サブスクリプション", english: "Subscriptions", documentedBy: apple)]),
                        GuideStep(
                            LocalizedText(
                                "対象のサービスを選び、[サブスクリプションをキャンセル]をタップします。",
                                "Select the service and tap [Cancel Subscription]."),
                            labels: [
                                .article("サブスクリプションをキャンセル", english: "Cancel Subscription", documentedBy: apple)
                            ]),
                    ])
            ],
            notes: commonNotes + [boughtInMyKasperskyNote],
            fallback: fallback(contact: storeContact))
    }

    static func googlePlayGuide() -> Guide {
        Guide(
            id: ProviderID.googlePlay.rawValue, provider: .googlePlay,
            title: LocalizedText(
                "Android端末(Google Play)で自動更新をオフにする", "Turn off auto-renewal on an Android device (Google Play)"),
            summary: LocalizedText(
                "Androidのモバイルアプリストアで購入したカスペルスキーのアプリは、ストアの個人アカウントページで自動更新をキャンセルします。",
                "For a Kaspersky app bought in an Android app store, cancel auto-renewal on the store's personal account page."
            ),
            location: LocalizedText(
                "ストア(サービスプロバイダー)のWebサイトの個人アカウントページ",
                "The personal account page on the store's (service provider's) website"),
            sections: [
                GuideSection(
                    LocalizedText("Android端末で", "On an Android device"),
                    steps: [
                        GuideStep(
                            LocalizedText(
                                "サービスプロバイダーのWebサイトにある個人アカウントのページを開きます。",
                                "Go to your personal account page on the service provider's website.")),
                        GuideStep(
                            LocalizedText(
                                "カスペルスキーのアプリを含む有効なライセンスがあるか確かめます。",
                                "Check whether you have a valid licence that includes the Kaspersky app.")),
                        GuideStep(
                            LocalizedText(
                                "不要なライセンスの自動更新をキャンセルするか、無効にします。",
                                "Cancel or turn off auto-renewal for the licence you no longer need.")),
                    ])
            ],
            notes: commonNotes + [
                LocalizedText(
                    "Android向けのカスペルスキーアプリは、地域によってはGoogle Playで提供されていない場合があります(「地域の制限」を参照)。",
                    "Kaspersky's Android apps may not be available on Google Play in some regions (see \"Regional restrictions\")."
                ),
                LocalizedText(
                    "Androidでのストアの使い方は、そのストアのヘルプを参照してください。",
                    "For how to use an app store on Android, see that store's help."),
                boughtInMyKasperskyNote,
            ],
            fallback: fallback(contact: storeContact))
    }

    static func huaweiGuide() -> Guide {
        let huawei = Sources.huaweiAutoRenewal
        return Guide(
            id: ProviderID.huawei.rawValue, provider: .huawei,
            title: LocalizedText(
                "Google PlayのないHuawei端末で自動更新をオフにする", "Turn off auto-renewal on a Huawei device without Google Play"),
            summary: LocalizedText(
                "Google Playを使わないHuawei端末では、端末の[設定]から定期購入をキャンセルします。",
                "On a Huawei device without Google Play, cancel the subscription from the device's [Settings]."),
            location: LocalizedText("Huawei端末の[設定]", "[Settings] on your Huawei device"),
            sections: [
                GuideSection(
                    LocalizedText("Huawei端末で", "On a Huawei device"),
                    steps: [
                        GuideStep(
                            LocalizedText("Huawei端末の[設定]を開きます。", "Open [Settings] on the Huawei device."),
                            labels: [.article("設定", english: "Settings", documentedBy: huawei)]),
                        GuideStep(
                            LocalizedText(
                                "[アカウントセンター]-[支払と購入]-[ サブスクリプション/パスワードなしの支払い]を選びます。",
                                "Select [Account center] > [Payment and purchases] > [Subscriptions/Password-free payments]."
                            ),
                            labels: [
                                .article("アカウントセンター", english: "Account center", documentedBy: huawei),
                                .article("支払と購入", english: "Payment and purchases", documentedBy: huawei),
                                .article(" サブスクリプション/パスワードなしの支払い", translated: "Subscriptions/Password-free payments"),
                            ]),
                        GuideStep(LocalizedText("キャンセルしたい定期購入を選びます。", "Select the subscription to cancel.")),
                        GuideStep(
                            LocalizedText(
                                "[サブスクリプションをキャンセル]をタップし、画面の指示に従います。",
                                "Tap [Cancel subscription] and follow the on-screen instructions."),
                            labels: [.article("サブスクリプションをキャンセル", translated: "Cancel subscription")]),
                    ])
            ],
            notes: commonNotes + [
                LocalizedText(
                    "詳しくは、Huaweiのサポートページを参照してください。",
                    "For more, see Huawei's support pages."),
                boughtInMyKasperskyNote,
            ],
            fallback: fallback(contact: storeContact))
    }
}
