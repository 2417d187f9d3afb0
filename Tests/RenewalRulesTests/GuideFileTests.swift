import RenewalDocuments
import Testing

@testable import RenewalRules

/// The guides in a rule file are checked at load like the rules: each bad file here has one
/// mistake in a guide, and loading must name its line and say what to change.
@Suite struct GuideFileTests: RuleFileEditing {
    @Test func theStandardGuidesLoadForEveryProvider() throws {
        let book = try RuleBook(yaml: RuleBook.standardFile, file: "rules.yaml")
        #expect(book.guides.guides.count == ProviderID.allCases.count)
        #expect(book.guides.customerService.id == GuideCatalog.customerServiceID)
        #expect(book.guides.guide(for: .nexway).sections.count == 3)
        #expect(book.guides.guide(for: .nexway, product: "vpn").location.en == "Your Nexway account")
    }

    @Test func aTextMissingALanguageIsNamed() {
        expectProblem(
            "      en: Turn off auto-renewal in My Kaspersky\n", "", at: "ja: マイ カスペルスキーで自動更新をオフにする",
            "the my-kaspersky guide title has no English text ('en')")
        expectProblem(
            "    ja: 自動更新を管理できるのは、有効なライセンスのみです。\n", "", at: "en: Auto-renewal can be managed only",
            "the note valid-licence-only has no Japanese text ('ja')")
    }

    @Test func aStepLabelTheArticleDoesNotHaveIsNamed() {
        let yaml = edited([
            ("ja: \"[ライセンスを管理する]をクリックして", "ja: \"[ライセンスの管理]をクリックして"),
            ("{text: ライセンスを管理する,", "{text: ライセンスの管理,"),
        ])
        expectProblem(in: yaml, at: "{text: ライセンスの管理,", "'ライセンスの管理' is not a label the article shows")
    }

    @Test func aStepMustQuoteItsLabelsInEachLanguage() {
        expectProblem(
            "en: Click [Manage subscription] to open", "en: Click Manage subscription to open",
            at: "{text: ライセンスを管理する,",
            "the English action of step 2 of the steps my-kaspersky does not quote "
                + "its label [Manage subscription]")
    }

    @Test func aLabelGivesItsEnglishOneWay() {
        expectProblem(
            "{text: 設定, english: Settings, source: apple-ht202039-en}", "{text: 設定, english: Settings}",
            at: "{text: 設定, english: Settings}", "'english' with the 'source' that documents it, or as a 'translation'")
        expectProblem(
            "{text: 設定, english: Settings, source: apple-ht202039-en}",
            "{text: 設定, english: Settings, source: article}",
            at: "source: article}", "documented by a Kaspersky or official page")
        expectProblem(
            "- {text: Account Details}", "- {text: Account Details, translation: Kontodetails}", at: "Kontodetails",
            "unknown key 'translation'")
    }

    @Test func namesOfSharedPartsMustResolveAndBeUsed() {
        expectProblem(
            "      - after-turning-off\n      - deleting-the-account\n      - ja: カスペルスキー米国",
            "      - after-turn-off\n      - deleting-the-account\n      - ja: カスペルスキー米国",
            at: "- after-turn-off", "unknown note 'after-turn-off'")
        expectProblem(
            "guide-notes:\n", "guide-notes:\n  spare:\n    ja: 予備\n    en: Spare\n    source: article\n", at: "ja: 予備",
            "the note spare is in no guide")
        expectProblem(
            "        steps: my-kaspersky\n    notes:",
            "        source: kaspersky-us-auto-renewal\n        steps: my-kaspersky\n    notes:",
            at: "        steps: my-kaspersky", "write its steps out")
    }

    @Test func everyProviderHasAGuideAndNoGuideIsForAnUnknownOne() {
        let found = problems(edited("  huawei:\n    title:", "  huawai:\n    title:"))
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.message.contains("unknown guide 'huawai'") }, "\(found)")
        #expect(found.contains { $0.message.contains("no guide for huawei: every provider needs one") }, "\(found)")
    }

    @Test func productsAreKnownAndSayWhereTheirRouteIs() {
        expectProblem(
            "products: [basic, standard, plus, premium, security-cloud]",
            "products: [basic, standard, plus, premium, cloud]",
            at: "premium, cloud]", "unknown product 'cloud'")
        let location =
            "        location:\n          ja: マイ カスペルスキーアカウントの[ライセンス]セクション\n"
            + "          en: The [Subscriptions] section of your My Kaspersky account\n        steps: my-kaspersky"
        expectProblem(location, "        steps: my-kaspersky", at: "security-cloud]", "say where it is carried out")
    }

    @Test func aLinkNeedsAnAddress() {
        expectProblem(
            "      - source: kaspersky-8960\n        title:",
            "      - source: 2checkout-descriptors\n        title:",
            at: "- source: 2checkout-descriptors", "has no address to open")
    }

    @Test func proseIsBounded() {
        let long = String(repeating: "長", count: RuleFileLimits.proseLength / 3 + 1)
        expectProblem(
            "ja: 購入日\n", "ja: \(long)\n", at: long, "must be 1 to \(RuleFileLimits.proseLength) bytes long")
    }

    @Test func productNamesAreKnownAndStandForOneProduct() {
        expectProblem(
            "  plus: [プラス]", "  plus: [プラス, プレミアム]", at: "  plus: [プラス, プレミアム]",
            "'プレミアム' names both premium and plus")
        expectProblem(
            "  premium: [プレミアム]", "  premium: [プレミアム, kaspersky vpn]", at: "kaspersky vpn]",
            "'kaspersky vpn' names both other and premium (a leading Kaspersky is dropped)")
        let misspelt = problems(edited("  plus: [プラス]", "  pluss: [プラス]"))
        #expect(misspelt.map(\.message).contains { $0.hasPrefix("unknown product 'pluss' in products") }, "\(misspelt)")
        #expect(misspelt.map(\.message).contains { $0.hasPrefix("products has no entry for plus") }, "\(misspelt)")
        expectProblem("  plus: [プラス]\n", "", at: "  basic: [ベーシック]", "products has no entry for plus")
    }

    /// A product name added to the file is one the guides accept: no release needed.
    @Test func anAddedProductNameNarrowsTheGuide() throws {
        let book = try RuleBook(yaml: edited("  plus: [プラス]", "  plus: [プラス, plus family]"), file: "t")
        #expect(book.guides.guide(for: .nexway, product: "Kaspersky Plus Family").sections.count == 1)
        #expect(book.guides.products.accepted.contains("plus family"))
        #expect(RuleBook.standard.guides.products.line(named: "plus family") == nil)
    }

    /// How to find the provider, shown before any guide, is the file's text too.
    @Test func findingTheProviderIsTheFilesText() throws {
        let book = try RuleBook(
            yaml: edited(
                "en: The order number is in the confirmation e-mail sent to your address after the purchase.",
                "en: The order number is in the confirmation e-mail."), file: "t")
        #expect(
            ProviderFindingDocument(language: .en, rules: book).orderNumberSource
                == "The order number is in the confirmation e-mail.")
        #expect(ProviderFindingDocument(language: .ja).notes.first?.contains("お住まいの地域") == true)
        let misspelt = problems(edited("  notes:\n    - ja: サポートされている", "  notez:\n    - ja: サポートされている"))
        #expect(misspelt.map(\.message).contains { $0.hasPrefix("unknown key 'notez' in finding") }, "\(misspelt)")
        #expect(misspelt.map(\.message).contains { $0.hasPrefix("finding needs 'notes'") }, "\(misspelt)")
    }
}
