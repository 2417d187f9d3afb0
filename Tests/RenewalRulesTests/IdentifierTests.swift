import Testing

@testable import RenewalRules

@Suite struct IdentifierTests {
    @Test(arguments: [
        ("2CO.com*kaspersky", ProviderID.twoCheckout),
        ("avng8.com*kaspersky", .twoCheckout),
        ("alliance.kaspersky.com", .twoCheckout),
        ("ALLSOFT.KZ", .allsoft),
        ("2CO.com*top-logiciels", .twoCheckout),
        ("KASPERSKY_APPLEPAY", .allsoft),
        ("Kaspersky Google Pay", .allsoft),
    ])
    func statementLinesAreNeverReadAsOrderNumbers(line: String, provider: ProviderID) {
        let result = Identifier.identify(line)
        #expect(result.kind == .descriptor)
        #expect(result.provider == provider)
        #expect(result.candidates.allSatisfy { $0.provider == provider })
    }

    @Test func squashedDescriptorIsNotANexwayOrderNumber() {
        let result = Identifier.identify("2COcomkaspersky")
        #expect(result.provider == .twoCheckout)
        #expect(result.kind == .descriptor)
        #expect(result.confidence < 0.95)
    }

    @Test(arguments: [
        ("1234567890", ProviderID.digitalRiver, 10), ("1234567890123", .digitalRiver, 13),
        ("1234567", .twoCheckout, 7), ("123456789", .twoCheckout, 9),
    ])
    func nearMissesAreUnknownWithAHint(input: String, nearest: ProviderID, digits: Int) {
        let result = Identifier.identify(input)
        #expect(result.status == .unknown)
        #expect(result.provider == nil)
        #expect(result.confidence == 0)
        #expect(result.kind == .orderNumber)
        guard case .nearMiss(let count, _, let provider) = result.reason else {
            Issue.record("expected a near-miss hint, got \(result.reason)")
            return
        }
        #expect(count == digits)
        #expect(provider == nearest)
        #expect(result.reason.text(in: .en).contains(RuleBook.standard.providers.name(of: nearest)))
    }

    @Test(arguments: ["KASPERSKY", "kaspersky", "Kaspersky Lab", "ＫＡＳＰＥＲＳＫＹ"])
    func bareBrandWordNamesNoProvider(input: String) {
        let result = Identifier.identify(input)
        #expect(result.status == .sellerUnknown)
        #expect(result.namesKaspersky)
        #expect(result.nextStep == .findOrderNumber)
        #expect(result.provider == nil)
        #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold })
    }

    @Test func unrelatedTextIsUnknown() {
        let result = Identifier.identify("SEIYU TOKYO PMTS 800-555-0100")
        #expect(result.status == .unknown)
        #expect(result.candidates.isEmpty)
        #expect(result.reason == .noDescriptor)
    }

    @Test func aShopsOwnChargeIsTheShops() {
        let result = Identifier.identify("AMAZON MKTPLACE PMTS 800-555-0100")
        #expect(result.status == .unknown)
        #expect(result.candidates.isEmpty)
        #expect(result.reason == .otherVendor(OtherVendor(name: "Amazon", kind: .shop)))
    }

    @Test func orderShapedButNoFormat() {
        let result = Identifier.identify("B1234C5678")
        #expect(result.status == .unknown)
        #expect(result.kind == .orderNumber)
        #expect(result.reason == .noOrderFormat)
    }

    @Test func aStrayLetterBesideDigitsIsATypoHint() {
        let result = Identifier.identify("B12345678")
        #expect(result.status == .unknown)
        #expect(result.reason == .strayLetter(.digits(8...8), .twoCheckout))
        #expect(result.nextStep == .checkOrderNumber)
    }

    @Test func forcedOrderNumberRejectsStatementText() {
        let result = Identifier.identify("2CO.com*kaspersky", as: .orderNumber)
        #expect(result.status == .unknown)
        #expect(result.kind == .orderNumber)
        #expect(result.reason == .notAnOrderNumber)
    }

    @Test func forcedDescriptorDoesNotReadOrderNumbers() {
        let result = Identifier.identify("22122857", as: .descriptor)
        #expect(result.kind == .descriptor)
        #expect(result.status == .unknown)
    }

    @Test func twoProvidersOnOneLineAreAmbiguous() {
        let result = Identifier.identify("KASPERSKYLAB DR*EFMSPL")
        #expect(result.status == .ambiguous)
        #expect(result.provider == nil)
        #expect(Set(result.candidates.map(\.provider)) == [.allsoft, .digitalRiver])
        #expect(result.reason == .severalProviders([.allsoft, .digitalRiver]))
    }

    @Test func orderNumbersWithSpacesAndHyphensBetweenDigits() {
        #expect(Identifier.identify("2212 2857").provider == .twoCheckout)
        #expect(Identifier.identify("205-6477-8810").provider == .digitalRiver)
        #expect(Identifier.identify("２０５６４７７８８１０").provider == .digitalRiver)
        #expect(Identifier.identify("allsoft-22123406").provider == .allsoft)
    }

    @Test func providerNamesAreRecognised() {
        let result = Identifier.identify("Digital River")
        #expect(result.provider == .digitalRiver)
        #expect(result.reason == .providerName(.digitalRiver))
    }

    @Test func emptyAndBlankInputAreUnknown() {
        for input in ["", "   ", "\u{3000}"] {
            let result = Identifier.identify(input)
            #expect(result.status == .unknown)
            #expect(result.reason == .empty)
        }
    }

    @Test func candidatesAreRankedAndConfidencesBounded() {
        for input in ["KASPERSKYLAB DR*EFMSPL", "Kaspersky Lab 2Checkout", "kaspersky", "22122857", "DR*Kaspersky Lab"]
        {
            let result = Identifier.identify(input)
            let confidences = result.candidates.map(\.confidence)
            #expect(confidences == confidences.sorted(by: >))
            #expect(confidences.allSatisfy { (0...1).contains($0) })
            #expect((0...1).contains(result.confidence))
        }
    }

    @Test func everyReasonRendersInBothLanguages() {
        for input in ["22122857", "KASPERSKYLAB", "kaspersky", "1234567890", "B12345678", "", "KASPERSKYLAB DR*EFMSPL"]
        {
            let reason = Identifier.identify(input).reason
            #expect(!reason.text(in: .ja).isEmpty)
            #expect(!reason.text(in: .en).isEmpty)
            #expect(reason.text(in: .ja) != reason.text(in: .en))
        }
    }
}
