import Testing

@testable import RenewalRules

/// What customers really type or paste: labelled order numbers, the seller's name beside them,
/// what a phone agent types, and invisible characters from a copy.
@Suite struct RealWorldInputTests {
    @Test(arguments: [
        ("注文番号: 22122857", ProviderID.twoCheckout),
        ("注文番号：２２１２２８５７", .twoCheckout),
        ("注文番号は２２１２２８５７です", .twoCheckout),
        ("ご注文番号【ALLSOFT-22123406】", .allsoft),
        ("オーダー番号「2A123BEC45D」", .nexway),
        ("Order #22122857", .twoCheckout),
        ("Order number: 2056 4778 810", .digitalRiver),
        ("Your order no. 20564778810 has been received.", .digitalRiver),
        ("Bestellnummer: 21992673", .twoCheckout),
        ("Numéro de commande : 3B123FAC76F", .nexway),
        ("Номер заказа: A221234065", .allsoft),
        ("Número de pedido 11252652307", .digitalRiver),
        ("Thanks! Order ID = 34297772062.", .digitalRiver),
    ])
    func labelledOrderNumbers(input: String, provider: ProviderID) {
        let result = Identifier.identify(input)
        #expect(result.status == .identified, "\(input)")
        #expect(result.provider == provider, "\(input)")
        #expect(result.kind == .orderNumber, "\(input)")
        #expect(result.confidence >= 0.9, "\(input)")
        #expect(result.source == Sources.article, "\(input)")
    }

    @Test(arguments: [
        ("2212ー2857", "22122857"), ("2212−2857", "22122857"), ("2212‐2857", "22122857"), ("2212–2857", "22122857"),
        ("\u{FEFF}22122857", "22122857"), ("2212\u{200B}2857", "22122857"), ("【22122857】", "22122857"),
        ("「22122857」", "22122857"), ("#22122857", "22122857"), ("2212 2857", "22122857"),
    ])
    func phoneAgentAndCopyArtefacts(input: String, normalized: String) {
        let result = Identifier.identify(input)
        #expect(result.provider == .twoCheckout, "\(input)")
        #expect(result.normalized == normalized, "\(input)")
    }

    @Test func theLongVowelMarkStaysBetweenKana() {
        #expect(TextNormalizer.fold("カスペルスキー") == "カスペルスキー")
        #expect(TextNormalizer.fold("2212ー2857") == "2212-2857")
    }

    @Test(arguments: ["allsoft 22123406", "allsoft_22123406", "Allsoft-22123406", "ALLSOFT 22123406"])
    func allsoftNamedBeforeTheNumberIsAllsoftsFormat(input: String) {
        let result = Identifier.identify(input)
        #expect(result.provider == .allsoft, "\(input)")
        #expect(result.normalized == "ALLSOFT-22123406", "\(input)")
    }

    @Test func theSellersNameBesideTheNumberConfirmsIt() {
        let result = Identifier.identify("22122857(2Checkout)")
        #expect(result.provider == .twoCheckout)
        #expect(result.reason == .orderFormatAndName(.digits(8...8), .twoCheckout))
        #expect(result.confidence > 0.95)
    }

    @Test func aNameThatContradictsTheFormatIsAmbiguous() {
        let result = Identifier.identify("22122857 (Digital River)")
        #expect(result.status == .ambiguous)
        #expect(result.provider == nil)
        #expect(result.reason == .nameContradictsFormat(named: .digitalRiver, format: .twoCheckout))
        #expect(Set(result.candidates.map(\.provider)) == [.twoCheckout, .digitalRiver])
    }

    @Test(arguments: ["22122857 21992673", "注文番号: 22122857 と 20564778810"])
    func twoDifferentOrderNumbersAreAmbiguousWithBoth(input: String) {
        let result = Identifier.identify(input)
        #expect(result.status == .ambiguous, "\(input)")
        guard case .severalOrderNumbers(let numbers) = result.reason else {
            Issue.record("expected several order numbers, got \(result.reason)")
            return
        }
        #expect(numbers.count == 2)
        #expect(result.nextStep == .giveOneOrderNumber)
    }

    @Test func theSameNumberTwiceIsOneNumber() {
        #expect(Identifier.identify("22122857 / 22122857").provider == .twoCheckout)
    }

    @Test(arguments: ["22122857A", "A22122857B"])
    func aTypoThatBreaksTheShapeIsNotConfident(input: String) {
        let result = Identifier.identify(input)
        #expect(result.status != .identified, "\(input)")
        #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold }, "\(input)")
    }

    @Test func anUnlabelledNumberInASentenceIsOnlyAHint() {
        // A member, card or slip number looks the same: without a label, no answer rests on it.
        let sentence = Identifier.identify("I was charged for Kaspersky, the number is 22122857 I think")
        #expect(sentence.status == .sellerUnknown)
        #expect(sentence.provider == nil)
        for line in ["会員番号 12345678", "伝票番号 22122857", "お客様番号 20564778810", "AEON 12345678"] {
            let result = Identifier.identify(line)
            #expect(result.status != .identified, "\(line)")
            #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold }, "\(line)")
        }
    }

    @Test(arguments: ["カスペルスキー", "KASPERSKY 東京", "Касперский", "kaspers"])
    func theBrandAloneIsAKasperskyPurchaseWithTheSellerUnknown(input: String) {
        let result = Identifier.identify(input)
        #expect(result.status == .sellerUnknown, "\(input)")
        #expect(result.reason == .kasperskySellerUnknown, "\(input)")
        #expect(result.nextStep == .findOrderNumber, "\(input)")
        #expect(result.reason.text(in: .en).contains("Kaspersky purchase"))
    }

    @Test func aMissSaysNothingIrrelevant() {
        let result = Identifier.identify("hello")
        #expect(result.status == .unknown)
        #expect(!result.reason.text(in: .en).contains("Nexway"))
        #expect(!result.reason.text(in: .ja).contains("Nexway"))
    }

    @Test(arguments: [
        ("12345678", InputKind.orderNumber), ("注文番号: 22122857", .orderNumber), ("2CO.com*kaspersky", .descriptor),
    ])
    func forcedKindsStillExtract(input: String, kind: InputKind) {
        #expect(Identifier.identify(input, as: kind).kind == kind)
    }

    @Test func aLatinLabelMustStartAWord() {
        let tokens = OrderNumberExtractor.tokens(in: TextNormalizer.foldedBytes("border 22122857"))
        #expect(tokens.map(\.labelled) == [false])
        #expect(OrderNumberExtractor.tokens(in: TextNormalizer.foldedBytes("order 22122857")).map(\.labelled) == [true])
    }

    @Test(arguments: ["My Kaspersky", "2CO.com*kaspersky", "注文番号: 22122857 kaspersky"])
    func namingTheBrandIsReportedWhateverTheReading(input: String) {
        #expect(Identifier.identify(input).namesKaspersky, "\(input)")
        #expect(Identifier.identify(input).status == .identified, "\(input)")
    }

    @Test(arguments: [("My Kaspersky", "my kaspersky"), ("2COcomkaspersky", "2cocomkaspersky")])
    func everyReadingReportsWhatItMatched(input: String, normalized: String) {
        #expect(Identifier.identify(input).normalized == normalized)
    }
}
