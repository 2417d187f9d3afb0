import Testing

@testable import RenewalRules

/// Inputs a fresh-eyes review found answered with confidence and wrongly, kept so they stay fixed.
@Suite struct NeverConfidentlyWrongTests {
    @Test(arguments: [
        "2024-05-12", "2024 0512", "$22122857", "order: 2024-05-12", "81-3-1234-5678", "81 90 1234 5678",
        "+ 81 3 1234 5678", "DR*MICROSOFT", "DR*Adobe Systems", "DR *Avast Software",
        "DR@HOME", "2CO.COM*BITDEFENDER", "2CHECKOUT.COM*WONDERSHARE", "GOOGLE PAY KASPERSKY",
        "GOOGLE PAY*KASPERSKY LAB",
        "会員番号 12345678", "カード番号 12345678", "お問い合わせ番号 20564778810", "A123456", "A-1234567", "KASPER HOTEL AMSTERDAM",
    ])
    func isNotAConfidentAnswer(input: String) {
        let result = Identifier.identify(input)
        #expect(result.status != .identified, "\(input): \(result.provider?.rawValue ?? "-") \(result.confidence)")
    }

    @Test(arguments: ["注文番号 2212 2857 1,980円", "注文番号: 2212 2857 4980円"])
    func aLabelledNumberStopsBeforeTheAmountBesideIt(input: String) {
        let result = Identifier.identify(input)
        #expect(result.provider == .twoCheckout, "\(input)")
        #expect(result.normalized == "22122857", "\(input)")
    }

    @Test(arguments: ["KASPERSKY 12345678", "KASPERSKY LAB 12345678"])
    func aKasperskyLineWithANumberStaysAKasperskyPurchase(line: String) {
        #expect(Identifier.identify(line).status == .sellerUnknown)
    }

    @Test(arguments: [
        ("2CO.COM*KASPERSKY 18772940273", ProviderID.twoCheckout), ("ALLSOFT.KZ ALMATY 77012345678", .allsoft),
    ])
    func aDescriptorKeepsItsAnswerBesideAnUnrelatedNumber(line: String, provider: ProviderID) {
        #expect(Identifier.identify(line).provider == provider)
    }

    @Test(arguments: ["注文番号 22122857 KASPERSKYLAB", "注文番号 22122857 DR*KASPERSKY LAB", "KASPERSKYLAB 注文番号 20564778810"])
    func aLabelledNumberAgainstAnArticleDescriptorIsAmbiguous(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .ambiguous, "\(line)")
        #expect(result.nextStep != nil)
    }

    @Test func halfWidthKatakanaNamesKaspersky() {
        #expect(TextNormalizer.fold("ｶｽﾍﾟﾙｽｷｰ") == "カスペルスキー")
        #expect(Identifier.identify("2024/05/12 ｶｽﾍﾟﾙｽｷｰ 4,980").status == .sellerUnknown)
    }

    @Test func aLabelledOrderIDIsLabelled() {
        let result = Identifier.identify("注文 ID: 22122857")
        #expect(result.reason == .orderFormat(.digits(8...8), .twoCheckout))
    }
}
