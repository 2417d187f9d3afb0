import Testing

@testable import RenewalRules

/// Forwarded and quoted e-mails, receipts with several numbers, and Kaspersky's own addresses, as
/// customers paste them: written from the article, FACTS.md's pages and the shape of real
/// confirmation e-mails, never from the code.
@Suite struct PastedMessageCases {
    static let emailsCases: [WrittenInput] = [
        WrittenInput(
            "From: Kaspersky <noreply@kaspersky.com>\nSubject: ご注文の確認\n\nご注文ありがとうございます。\n注文番号: 20564778810\n"
                + "https://www.kaspersky.co.jp/", .seller(.digitalRiver),
            "Digital River's 11-digit format after the order label; the addresses are Kaspersky's, not statement text",
            setAside: .emailAddress),
        WrittenInput(
            "---------- Forwarded message ---------\nFrom: Kaspersky Store <store@kaspersky.com>\nDate: Mon, 3 Apr 2025\n"
                + "Subject: Your order\nTo: taro@example.com\n\nOrder number: 22122857\nThank you for your purchase.",
            .seller(.twoCheckout), "8 digits after 'Order number' is 2Checkout's format", setAside: .emailHeader),
        WrittenInput(
            "> 注文番号: 22122857\n> ご購入ありがとうございました。\nRe: 自動更新について", .seller(.twoCheckout),
            "a quoted order number is still the order number"),
        WrittenInput(
            "Номер заказа: ALLSOFT-22123406\nСпасибо за покупку!\nkasperskylab@allsoft.ru", .seller(.allsoft),
            "ALLSOFT- prefix; the address is set aside", setAside: .emailAddress),
        WrittenInput(
            "Bonjour,\nNuméro de commande : 3B123FAC76F\nhttps://www.kaspersky.fr/", .seller(.nexway),
            "a 3 mixed with letters is Nexway's format; the French site is a link", setAside: .webAddress),
        WrittenInput(
            "-----Original Message-----\n差出人: Kaspersky Store <store@kaspersky.co.jp>\n送信日時: 2025年4月3日 10:00\n"
                + "宛先: taro@example.jp\n件名: ご注文ありがとうございます\n\nご注文番号: 2A123BEC45D", .seller(.nexway),
            "Nexway's format after ご注文番号, behind an Outlook header"),
        WrittenInput(
            "---------- Weitergeleitete Nachricht ---------\nVon: Kaspersky <noreply@kaspersky.de>\nBetreff: Ihre Bestellung\n"
                + "Bestellnummer: 21992673", .seller(.twoCheckout), "8 digits after Bestellnummer"),
        WrittenInput(
            "From: Kaspersky <news@kaspersky.com>\nSubject: お得なキャンペーンのお知らせ\nhttps://www.kaspersky.co.jp/campaign",
            .noSeller, "a newsletter names no seller; kaspersky.com in an address is not the statement text",
            setAside: .emailAddress),
        WrittenInput(
            "From: Kaspersky <news@kaspersky.com>", .noSeller, "the issue's own example: an address, not 2Checkout",
            setAside: .emailAddress),
        WrittenInput("news@kaspersky.com", .noSeller, "an e-mail address of Kaspersky's", setAside: .emailAddress),
        WrittenInput(
            "お問い合わせ番号: 20564778810\nTEL: 0120-123-456\nカスペルスキー サポート", .noSeller,
            "an inquiry number is not an order number, whatever its shape", setAside: .otherNumber),
        WrittenInput(
            "Case ID: 11252652307\nKaspersky Customer Service", .noSeller, "a support case number",
            setAside: .otherNumber),
        WrittenInput(
            "From: Norton <noreply@norton.com>\nSubject: Your Norton subscription has renewed\nOrder number: 22122857",
            .vendor("Norton"), "Norton's renewal e-mail: an order number with 2Checkout's shape is still Norton's"),
        WrittenInput(
            "From: Kaspersky <news@kaspersky.com>\nhttps://my.kaspersky.com/licenses", .noSeller,
            "a link to My Kaspersky in a newsletter does not say the licence was bought there"),
        WrittenInput(
            "Google Play 注文の領収書\n注文番号: GPA.3312-5541-8821-55221\nKaspersky: Antivirus & VPN 定期購入\n¥3,300/年",
            .seller(.googlePlay), "a Google Play receipt: the store is named with the purchase"),
        WrittenInput(
            "On Mon, Apr 3, 2025 at 10:00 AM Kaspersky <store@kaspersky.com> wrote:\n> Order ID: 34297772062",
            .seller(.digitalRiver), "a quoted reply; the intro line is set aside", setAside: .emailHeader),
        WrittenInput(
            "Subject: ご注文の確認 (注文番号: 11252652307)\nFrom: Kaspersky <noreply@kaspersky.com>", .seller(.digitalRiver),
            "the subject keeps its text: the order number is there"),
        WrittenInput(
            "Kaspersky Premium のご購入ありがとうございます\nご注文番号：２２１２２８５７\nお問い合わせ: support@kaspersky.co.jp",
            .seller(.twoCheckout), "full-width digits after ご注文番号"),
    ]

    static let receiptsCases: [WrittenInput] = [
        WrittenInput(
            "From: Google Play <googleplay-noreply@google.com>\nSubject: Your Google Play Order Receipt\n"
                + "Kaspersky Premium subscription", .seller(.googlePlay), "Google Play's receipt names the store"),
        WrittenInput(
            "Your receipt from Apple.\nApple ID: taro@icloud.com\nKaspersky Standard (Monthly)\nApp Store",
            .seller(.appStore), "Apple's receipt: the App Store heading under a receipt"),
        WrittenInput(
            "領収書\nApple ID: taro@icloud.com\n注文番号: MLX4K2ZQ9P\n書類番号: 164020355034\nKaspersky Security Cloud 月額\n"
                + "App Store\n小計 ¥600", .seller(.appStore),
            "an Apple receipt: the 12-digit 書類番号 is a document number, not Digital River's order",
            setAside: .otherNumber),
        WrittenInput(
            "注文番号: MLX4K2ZQ9P 書類番号: 164020355034 カスペルスキー", .noSeller,
            "the order number has no reseller's format, and the document number is none", setAside: .otherNumber),
        WrittenInput(
            "注文番号: 22122857\n書類番号: 164020355034", .seller(.twoCheckout),
            "the labelled order number wins; the document number is set aside", setAside: .otherNumber),
        WrittenInput("Document No. 164020355034 Kaspersky", .noSeller, "a document number", setAside: .otherNumber),
        WrittenInput("請求書番号: 20564778810 カスペルスキー", .noSeller, "an invoice number", setAside: .otherNumber),
        WrittenInput("TEL 0120-22-1228 Kaspersky", .noSeller, "a phone number", setAside: .otherNumber),
        WrittenInput("〒150-0001 東京都渋谷区 カスペルスキー", .noSeller, "a postal code", setAside: .otherNumber),
        WrittenInput("カード番号 **** **** **** 2212 カスペルスキー", .noSeller, "card digits"),
        WrittenInput(
            "アクティベーションコード: 2A123-BEC45-D1234-56789", .noSeller,
            "an activation code is not Nexway's order number", setAside: .otherNumber),
        WrittenInput(
            "Order number: 20564778810 Invoice: 22122857", .seller(.digitalRiver),
            "the order label wins; the invoice number is set aside", setAside: .otherNumber),
        WrittenInput("Transaction ID 34297772062 Kaspersky", .noSeller, "a transaction id", setAside: .otherNumber),
        WrittenInput("お問い合わせ番号 11252652307", .noSeller, "an inquiry number", setAside: .otherNumber),
        WrittenInput("会員番号: 22122857 カスペルスキー", .noSeller, "a member number", setAside: .otherNumber),
        WrittenInput(
            "Kundennummer: 21992673 Kaspersky", .noSeller, "a customer number (German)", setAside: .otherNumber),
        WrittenInput(
            "注文番号: 22122857 と 20564778810", .noSeller, "two labelled order numbers of two sellers stay ambiguous"),
    ]

    static let addressesCases: [WrittenInput] = [
        WrittenInput(
            "https://support.kaspersky.com/KPC/1.0/ja-JP/231328.htm", .noSeller, "the article's own address",
            setAside: .webAddress),
        WrittenInput("www.kaspersky.co.jp", .noSeller, "Kaspersky's site", setAside: .webAddress),
        WrittenInput("support.kaspersky.com で問い合わせました", .noSeller, "a support site", setAside: .webAddress),
        WrittenInput(
            "kaspersky.comで購入しました", .noSeller, "in a sentence kaspersky.com is the site's name, not 2Checkout's text",
            setAside: .webAddress),
        WrittenInput(
            "https://usa.kaspersky.com/auto-renewal-service", .noSeller, "a Kaspersky page", setAside: .webAddress),
        WrittenInput("my.kaspersky.com で購入しました", .seller(.myKaspersky), "my.kaspersky.com names My Kaspersky"),
        WrittenInput("https://my.kaspersky.com で購入", .seller(.myKaspersky), "bought at My Kaspersky's address"),
        WrittenInput("noreply@my.kaspersky.com", .noSeller, "an address", setAside: .emailAddress),
        WrittenInput("mailto:support@kaspersky.co.jp", .noSeller, "an address", setAside: .emailAddress),
        WrittenInput("https://www.kaspersky.com/", .noSeller, "a link", setAside: .webAddress),
        WrittenInput("KASPERSKY.COM", .seller(.twoCheckout), "the article lists kaspersky.com under 2Checkout"),
        WrittenInput("alliance.kaspersky.com", .seller(.twoCheckout), "a descriptor that is a host name"),
        WrittenInput("sandbox.usa.kaspersky", .seller(.twoCheckout), "a descriptor that is a host name"),
        WrittenInput("2CO.com*kaspersky 800-555-0199 NL", .seller(.twoCheckout), "the article's descriptor"),
        WrittenInput("Kasperskylab.vn", .seller(.allsoft), "the article's descriptor under Allsoft"),
    ]

    @Test(arguments: emailsCases) func emails(input: WrittenInput) { input.check() }
    @Test(arguments: receiptsCases) func receipts(input: WrittenInput) { input.check() }
    @Test(arguments: addressesCases) func addresses(input: WrittenInput) { input.check() }
}
