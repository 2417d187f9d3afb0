import RenewalDocuments
import Testing

@testable import RenewalRules

/// Statement lines as banks print them, the stores' charges, the resellers' other forms, and
/// payments through PayPal; each answer names the source of the rule that fired.
@Suite struct StatementFormTests {
    @Test(arguments: [
        ("2026/10/03 DR*Kaspersky Lab  Cork IE +353-1-555-0100  JPY 4,980", ProviderID.digitalRiver),
        ("\"2024/05/12\",\"2CO.COM*KASPERSKY\",\"4,980\",\"1\"", .twoCheckout),
        ("2024/05/12;KASPERSKYLAB MOSCOW RU;1980", .allsoft),
        ("2024-05-12\tDR KASPERSKY LAB\t4980円", .digitalRiver),
        ("05/12 2CO.com kaspersky 800-555-0199 NL ¥4,980", .twoCheckout),
        ("VS 2CO.COM*VERISIUM 0120-000-000", .twoCheckout),
        ("ＤＲ＊ＫＡＳＰＥＲＳＫＹ　ＬＡＢ　東京", .digitalRiver),
    ])
    func bankPrintedLinesKeepTheArticlesDescriptor(line: String, provider: ProviderID) {
        let result = Identifier.identify(line)
        #expect(result.status == .identified, "\(line)")
        #expect(result.provider == provider, "\(line)")
        #expect(result.kind == .descriptor, "\(line)")
        #expect(result.source == Sources.article, "\(line)")
    }

    @Test(arguments: [
        ("APPLE.COM/BILL", ProviderID.appStore, Sources.appleBilling),
        ("APL*ITUNES.COM/BILL 866-712-7753 ON", .appStore, Sources.appleBilling),
        ("MZZ APPLE COM BILL 2,400円", .appStore, Sources.appleBilling),
        ("GOOGLE *Kaspersky", .googlePlay, Sources.googlePlayCharges),
        ("GOOGLE @KASPERSKY LAB", .googlePlay, Sources.googlePlayCharges),
        ("2CO*KASPERSKY LAB", .twoCheckout, Sources.kasperskyTwoCheckoutFAQ),
        ("2CHECKOUT.COM*KASPERSK", .twoCheckout, Sources.kasperskyTwoCheckoutFAQ),
        ("PayPal*2CHECKOUTCO 4029357733", .twoCheckout, Sources.twoCheckoutDescriptors),
        ("DR*KASPERSKY", .digitalRiver, Sources.kasperskyUS),
        ("NW*KASPERSKY", .nexway, Sources.kasperskyUS),
    ])
    func formsFromOtherPagesIdentifyWithTheirSource(line: String, provider: ProviderID, source: Source) {
        let result = Identifier.identify(line)
        #expect(result.status == .identified, "\(line)")
        #expect(result.provider == provider, "\(line)")
        #expect(result.source == source, "\(line)")
        #expect(result.confidence <= source.grade.maximumConfidence, "\(line)")
        #expect(result.confidence < 0.95, "\(line): below the article's own descriptors")
    }

    /// A form that every page records with its `*`, seen without any mark: no page shows it, so
    /// it is a hint below the threshold, with a reason that says what is missing.
    @Test(arguments: [
        ("GOOGLE KASPERSKY", ProviderID.googlePlay), ("DR Kaspersky", .digitalRiver),
        ("DRI Kaspersky com", .digitalRiver),
    ])
    func anUnrecordedFormIsAHint(line: String, provider: ProviderID) {
        let result = Identifier.identify(line)
        #expect(result.status == .sellerUnknown, "\(line)")
        #expect(result.candidates.first?.provider == provider, "\(line)")
        #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold }, "\(line)")
        if case .unrecordedForm = result.candidates.first?.reason {} else { Issue.record("\(line)") }
    }

    @Test(arguments: ["DRI*Kaspersky Lab", "DRI*KASPERSKY", "Kaspersky US Nexway"])
    func thirdPartyFormsAloneNeverIdentify(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .sellerUnknown, "\(line)")
        #expect(result.provider == nil, "\(line)")
        #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold }, "\(line)")
        #expect(result.candidates.contains { $0.source?.grade == .thirdParty }, "\(line)")
    }

    @Test(arguments: ["KASPERSKY_APPLEPAY", "Kaspersky Google Pay", "Kaspersky Samsungpay"])
    func theArticlesWalletDescriptorsAreAllsoftNotAStore(line: String) {
        let result = Identifier.identify(line)
        #expect(result.provider == .allsoft, "\(line)")
        #expect(
            !result.candidates.contains { RuleBook.standard.providers.kind(of: $0.provider) == .mobileStore }, "\(line)"
        )
    }

    @Test(arguments: ["GOOGLE *YouTube", "GOOGLE*Spotify", "APPLE PAY SUICA", "GOOGLE PAY ローソン"])
    func anotherMerchantsStoreOrWalletChargeIsNotKaspersky(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .unknown, "\(line)")
        #expect(result.provider == nil, "\(line)")
    }

    @Test func payPalNamesTheSellerBehindItWhenTheLineShowsIt() {
        let result = Identifier.identify("PAYPAL *KASPERSKYLAB 4029357733")
        #expect(result.provider == .allsoft)
        #expect(result.intermediary == .paypal)
    }

    @Test(arguments: ["PAYPAL *KASPERSKY", "PP*KASPERSKY 35314369001"])
    func payPalWithTheSellerHiddenSaysHowToFindOut(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .sellerUnknown, "\(line)")
        #expect(result.intermediary == .paypal, "\(line)")
        #expect(result.reason == .intermediaryOnly(.paypal), "\(line)")
        #expect(result.nextStep == .checkIntermediary(.paypal), "\(line)")
    }

    @Test func huaweiHasNoPublicDescriptorAndTheDataSaysSo() {
        #expect(RuleBook.standard.descriptorCoverage(of: .huawei) == .noneKnown)
        #expect(!RuleBook.standard.statementPatterns.contains { $0.provider == .huawei })
        #expect(DescriptorsDocument(.huawei, language: .en).note?.contains("Huawei") == true)
    }

    @Test func everyPatternIsCappedByItsSourcesGrade() {
        for pattern in RuleBook.standard.statementPatterns {
            #expect(pattern.confidence <= pattern.source.grade.maximumConfidence, "\(pattern.text)")
            #expect(pattern.source != Sources.article, "\(pattern.text): the article's forms are descriptors")
        }
        #expect(SourceGrade.thirdParty.maximumConfidence < Identifier.identifiedThreshold)
        #expect(SourceGrade.article < SourceGrade.kaspersky)
    }

    /// The evidence is the descriptor, not the rest of a pasted text: an ordinary line whole, a long
    /// one cut between words.
    @Test func aPatternsEvidenceStopsAfterTheDescriptor() {
        let ordinary = Identifier.identify("DR*KASPERSKY SOFTWARE CORK IE 4,980")
        #expect(ordinary.candidates.first?.evidence == "dr*kaspersky software cork ie 4,980")
        let long = Identifier.identify("DR*Kaspersky " + String(repeating: "padding words ", count: 70))
        let evidence = long.candidates.first { $0.provider == .digitalRiver }?.evidence ?? ""
        #expect(evidence.hasPrefix("dr*kaspersky padding"))
        #expect(evidence.utf8.count <= StatementPatternMatcher.evidenceBytes && !evidence.hasSuffix(" "))
        let kana = Identifier.identify("DR*" + String(repeating: "カスペルスキー", count: 20))
        let cut = kana.candidates.first { $0.provider == .digitalRiver }?.evidence ?? ""
        #expect(!cut.contains("\u{FFFD}") && cut.utf8.count <= StatementPatternMatcher.evidenceBytes, "\(cut)")
    }
}
