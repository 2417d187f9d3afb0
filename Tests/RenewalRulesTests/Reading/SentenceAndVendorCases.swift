import Testing

@testable import RenewalRules

/// Sentences naming the seller in the languages Kaspersky sells in, other vendors' and shops'
/// numbers and charges, half-width katakana, and the audit's over-confident forms.
@Suite struct SentenceAndVendorCases {
    static let sentencesCases: [WrittenInput] = [
        WrittenInput("App Storeで購入したカスペルスキーの自動更新を止めたい", .seller(.appStore), "names the store with 購入"),
        WrittenInput("アップストアで買いました", .seller(.appStore), "katakana"),
        WrittenInput("ｱｯﾌﾟｽﾄｱで購入", .seller(.appStore), "half-width katakana"),
        WrittenInput("iPhoneのApp Storeで契約しています", .seller(.appStore), "契約 with the store named"),
        WrittenInput("Google Playで定期購入しました", .seller(.googlePlay), "定期購入"),
        WrittenInput("グーグルプレイで買ったカスペルスキーを解約したい", .seller(.googlePlay), "katakana"),
        WrittenInput("ｸﾞｰｸﾞﾙﾌﾟﾚｲで課金しました", .seller(.googlePlay), "half-width katakana"),
        WrittenInput("Play ストアで購入", .seller(.googlePlay), "the Play Store by its Japanese name"),
        WrittenInput("Digital Riverで買いました", .seller(.digitalRiver), "the issue's example"),
        WrittenInput("デジタルリバーで購入しました", .seller(.digitalRiver), "katakana"),
        WrittenInput("購入先はNexwayです", .seller(.nexway), "the issue's example"),
        WrittenInput("Nexway経由で購入しました", .seller(.nexway), "経由"),
        WrittenInput("2Checkoutで決済しました", .seller(.twoCheckout), "決済"),
        WrittenInput("Allsoftから購入しました", .seller(.allsoft), "から購入"),
        WrittenInput("オールソフトで買った", .seller(.allsoft), "katakana"),
        WrittenInput("マイ カスペルスキーで購入しました", .seller(.myKaspersky), "as the article writes it"),
        WrittenInput("Huawei AppGalleryで購入しました", .seller(.huawei), "the store's name"),
        WrittenInput("AppGalleryで定期購入", .seller(.huawei), "the store's short name"),
        WrittenInput("I bought it on Google Play and want to cancel", .seller(.googlePlay), "the issue's example"),
        WrittenInput("I purchased Kaspersky through the App Store", .seller(.appStore), "purchased through"),
        WrittenInput("Bought from Digital River last year", .seller(.digitalRiver), "bought from"),
        WrittenInput("I paid via 2Checkout", .seller(.twoCheckout), "paid via"),
        WrittenInput("My subscription is with Nexway", .seller(.nexway), "subscription"),
        WrittenInput("I subscribed in My Kaspersky", .seller(.myKaspersky), "subscribed"),
        WrittenInput("Ich habe es im App Store gekauft", .seller(.appStore), "German"),
        WrittenInput("Über Google Play abonniert", .seller(.googlePlay), "German"),
        WrittenInput("Bei Digital River bestellt", .seller(.digitalRiver), "German"),
        WrittenInput("Je l'ai acheté sur Google Play", .seller(.googlePlay), "French"),
        WrittenInput("J'ai payé via 2Checkout", .seller(.twoCheckout), "French"),
        WrittenInput("Abonnement pris sur l'App Store", .seller(.appStore), "French"),
        WrittenInput("Lo compré en Google Play", .seller(.googlePlay), "Spanish"),
        WrittenInput("Compré Kaspersky en la App Store", .seller(.appStore), "Spanish"),
        WrittenInput("Купил в App Store", .seller(.appStore), "Russian"),
        WrittenInput("Оплатил через Google Play", .seller(.googlePlay), "Russian"),
        WrittenInput("Покупка через Allsoft", .seller(.allsoft), "Russian"),
        WrittenInput("Comprei na Google Play", .seller(.googlePlay), "Portuguese"),
        WrittenInput("Acquistato su Google Play", .seller(.googlePlay), "Italian"),
        WrittenInput("App Storeではなく Google Playで買いました", .seller(.googlePlay), "the App Store is denied"),
        WrittenInput("Not from the App Store, I bought it on Google Play", .seller(.googlePlay), "denied, then named"),
        WrittenInput("Google Playでは買っていません", .noSeller, "a denial names no seller", setAside: .notTheSeller),
        WrittenInput("I did not buy it on Google Play", .noSeller, "a denial", setAside: .notTheSeller),
        WrittenInput("App StoreかGoogle Playで買ったと思う", .noSeller, "two stores named: ambiguous"),
        WrittenInput("Google Playのヘルプを見ました", .noSeller, "named, but not as where it was bought"),
        WrittenInput("Nexway", .seller(.nexway), "the name alone, as before"),
        WrittenInput("Compré en Google Play y quiero cancelar", .seller(.googlePlay), "Spanish"),
        WrittenInput("Kupiłem w Google Play", .seller(.googlePlay), "Polish"),
        WrittenInput("App Store üzerinden satın aldım", .seller(.appStore), "Turkish"),
        WrittenInput("Ich habe bei Nexway bezahlt", .seller(.nexway), "German"),
    ]

    static let vendorsCases: [WrittenInput] = [
        WrittenInput("Norton 注文番号 22122857", .vendor("Norton"), "the issue's example"),
        WrittenInput("McAfee order 22122857", .vendor("McAfee"), "the issue's example"),
        WrittenInput("ESET 注文番号 A221234065", .vendor("ESET"), "the issue's example"),
        WrittenInput("ノートンの注文番号 20564778810", .vendor("Norton"), "katakana"),
        WrittenInput("ウイルスバスター 注文番号 2A123BEC45D", .vendor("Trend Micro"), "Trend Micro's product name"),
        WrittenInput("トレンドマイクロ ご注文番号 21992673", .vendor("Trend Micro"), "katakana"),
        WrittenInput("マカフィー 購入 22122857", .vendor("McAfee"), "katakana"),
        WrittenInput("Bitdefender order 34297772062", .vendor("Bitdefender"), "a security vendor"),
        WrittenInput("Avast Order ID 11252652307", .vendor("Avast"), "a security vendor"),
        WrittenInput("AVG order number 20564778810", .vendor("AVG"), "a security vendor"),
        WrittenInput("2CO.COM*ESET", .vendor("ESET"), "2Checkout's charge for ESET"),
        WrittenInput("DR*NORTON", .vendor("Norton"), "Digital River's charge for Norton"),
        WrittenInput("2CO.COM*BITDEFENDER", .vendor("Bitdefender"), "2Checkout's charge for Bitdefender"),
        WrittenInput("GOOGLE *Norton", .vendor("Norton"), "a store charge for another app"),
        WrittenInput("APPLE.COM/BILL NORTON", .vendor("Norton"), "the issue's example"),
        WrittenInput("PAYPAL *MCAFEE", .vendor("McAfee"), "PayPal for McAfee"),
        WrittenInput("Amazon.co.jp 注文番号 250-1234567-1234567", .vendor("Amazon"), "Amazon's order"),
        WrittenInput("AMAZON.CO.JP", .vendor("Amazon"), "Amazon's charge"),
        WrittenInput("ヨドバシカメラ ご注文番号 2212285701", .vendor("ヨドバシカメラ"), "a Japanese retailer's order e-mail"),
        WrittenInput("ヨドバシ.com 注文番号 22122857", .vendor("ヨドバシカメラ"), "a Japanese retailer"),
        WrittenInput("ビックカメラ.com 注文番号 20564778810", .vendor("ビックカメラ"), "a Japanese retailer"),
        WrittenInput("楽天市場 注文番号 22122857", .vendor("楽天市場"), "a Japanese shop"),
        WrittenInput("ソースネクスト ZEROウイルスセキュリティ 注文番号 21992673", .vendor("SOURCENEXT"), "a Japanese vendor"),
        WrittenInput("キングソフト 注文番号 22122857", .vendor("Kingsoft"), "a Japanese vendor"),
        WrittenInput("F-Secure order 22122857", .vendor("F-Secure"), "a security vendor"),
        WrittenInput("Malwarebytes order 22122857", .vendor("Malwarebytes"), "a security vendor"),
        WrittenInput("NordVPN order 22122857", .vendor("NordVPN"), "a VPN vendor"),
        WrittenInput("Best Buy order 22122857", .vendor("Best Buy"), "a US retailer"),
        WrittenInput("McAfee LiveSafe renewal 22122857", .vendor("McAfee"), "a renewal of another vendor's product"),
        WrittenInput("Trend Micro 注文番号 22122857", .vendor("Trend Micro"), "a security vendor"),
        WrittenInput("SOPHOS HOME 22122857", .vendor("Sophos"), "a security vendor's charge"),
        WrittenInput("Webroot SecureAnywhere order 22122857", .vendor("Webroot"), "a security vendor"),
        WrittenInput("ExpressVPN order 21992673", .vendor("ExpressVPN"), "a VPN vendor"),
        WrittenInput("Currys order 22122857", .vendor("Currys"), "a UK retailer"),
        WrittenInput("MediaMarkt Bestellnummer 22122857", .vendor("MediaMarkt"), "a German retailer"),
        WrittenInput("Costco 注文番号 22122857", .vendor("Costco"), "a retailer"),
        WrittenInput(
            "Amazonでカスペルスキーを買いました 注文番号 22122857", .vendorBeside("Amazon"),
            "Kaspersky bought at a shop the article does not list: at most ambiguous"),
        WrittenInput(
            "ノートンからカスペルスキーに乗り換えました。注文番号 22122857", .vendorBeside("Norton"),
            "both named: which purchase it is needs checking"),
        WrittenInput("reset password 22122857", .noSeller, "ESET is a word, not part of 'reset'"),
    ]

    static let katakanaAndFormsCases: [WrittenInput] = [
        WrittenInput("ｶｽﾍﾟﾙｽｷｰ", .noSeller, "the brand alone names no seller"),
        WrittenInput("ｱｯﾌﾟﾙｺﾑﾋﾞﾙ", .noSeller, "FACTS.md records this only as a third-party report"),
        WrittenInput("ｸﾞｰｸﾞﾙﾌﾟﾚｲ", .seller(.googlePlay), "the store's name alone"),
        WrittenInput("ｶｽﾍﾟﾙｽｷｰ ﾗﾎﾞ 2,980", .noSeller, "the brand on a statement line"),
        WrittenInput("ERIP KOMMUNALKA", .noSeller, "ERIP carries many merchants' payments"),
        WrittenInput("DRI Kaspersky com", .noSeller, "a third-party form: a hint"),
        WrittenInput(
            "2CO.COM*KASPERSKYLAB", .seller(.twoCheckout), "2Checkout's charge whose merchant is KASPERSKYLAB"),
        WrittenInput("Kaspersky Apple", .noSeller, "a cut no page shows"),
        WrittenInput("GOOGLE Kaspersky", .noSeller, "GOOGLE* without its *"),
        WrittenInput("DR Kaspersky", .noSeller, "DR* without its *"),
        WrittenInput(
            "Kaspersky Google Play subscription", .seller(.googlePlay), "a Google Play subscription, not Google Pay"),
        WrittenInput("22122857", .seller(.twoCheckout), "the article's example"),
        WrittenInput("20564778810", .seller(.digitalRiver), "the article's example"),
        WrittenInput("ALLSOFT-22123406", .seller(.allsoft), "the article's example"),
        WrittenInput("2A123BEC45D", .seller(.nexway), "the article's example"),
        WrittenInput("DR*Kaspersky Lab", .seller(.digitalRiver), "the article's descriptor"),
        WrittenInput("KASPERSKYLAB MOSCOW RU 1,980", .seller(.allsoft), "the article's descriptor"),
        WrittenInput("Kaspersky Google Pay", .seller(.allsoft), "the article's wallet descriptor"),
        WrittenInput("APPLE.COM/BILL", .seller(.appStore), "Apple's page"),
        WrittenInput("GOOGLE *Kaspersky", .seller(.googlePlay), "Google Play's form"),
        WrittenInput("PayPal*2CHECKOUTCO 4029357733", .seller(.twoCheckout), "2Checkout's documentation"),
        WrittenInput("注文番号: 2212-2857", .seller(.twoCheckout), "a labelled number"),
    ]

    @Test(arguments: sentencesCases) func sentences(input: WrittenInput) { input.check() }
    @Test(arguments: vendorsCases) func vendors(input: WrittenInput) { input.check() }
    @Test(arguments: katakanaAndFormsCases) func katakanaAndForms(input: WrittenInput) { input.check() }

    @Test func thereAreAtLeast150Cases() {
        let all =
            Self.sentencesCases.count + Self.vendorsCases.count + Self.katakanaAndFormsCases.count
            + PastedMessageCases.emailsCases.count + PastedMessageCases.receiptsCases.count
            + PastedMessageCases.addressesCases.count
        #expect(all >= 150)
    }
}
