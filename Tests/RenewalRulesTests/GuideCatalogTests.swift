import RenewalDocuments
import Testing

@testable import RenewalRules

@Suite struct GuideCatalogTests {
    /// The on-screen labels of the article, exactly as they must appear in the Japanese text.
    static let articleLabels: [ProviderID: [String]] = [
        .myKaspersky: [
            "[ライセンス]", "[ライセンスを管理する]", "[自動更新サービスをキャンセルする]", "[自動更新サービスを継続する]", "[ライセンスを確認する]",
        ],
        .appStore: ["[設定]-[(お客様の名前)]-[iTunes StoreとApp Store]", "[Apple IDを表示]", "[サブスクリプション]", "[サブスクリプションをキャンセル]"],
        .huawei: ["[設定]", "[アカウントセンター]-[支払と購入]-[ サブスクリプション/パスワードなしの支払い]", "[サブスクリプションをキャンセル]"],
    ]

    @Test(arguments: ProviderID.allCases, Language.allCases)
    func everyProviderHasACompleteGuide(provider: ProviderID, language: Language) {
        let guide = GuideCatalog.standard.guide(for: provider)
        #expect(guide.provider == provider)
        #expect(guide.id == provider.rawValue)
        #expect(!guide.sections.isEmpty)
        for section in guide.sections {
            #expect(!section.steps.isEmpty)
            for step in section.steps { #expect(!step.action[language].isEmpty) }
        }
        #expect(!guide.title[language].isEmpty)
        #expect(!guide.location[language].isEmpty)
        #expect(guide.fallback.details.count == 5)
        #expect(!guide.fallback.contact[language].isEmpty)
    }

    @Test(arguments: Array(articleLabels.keys))
    func japaneseStepsQuoteTheArticleLabelsVerbatim(provider: ProviderID) {
        let text = GuideCatalog.standard.guide(for: provider).sections.flatMap(\.steps).map(\.action.ja).joined()
        for label in Self.articleLabels[provider] ?? [] {
            #expect(text.contains(label), "\(label)")
        }
    }

    /// Each language's text quotes its own form of every label the step lists, in brackets.
    @Test(arguments: Language.allCases)
    func stepLabelsAppearInTheirStep(language: Language) {
        for guide in GuideCatalog.standard.guides.values {
            for step in guide.sections.flatMap(\.steps) {
                for label in step.labels {
                    #expect(step.action[language].contains("[\(label.text(in: language))]"), "\(label.text)")
                }
            }
        }
    }

    @Test func englishNamesTheSameControlsWithKasperskysDocumentedLabels() {
        let steps = GuideCatalog.standard.guide(for: .myKaspersky).sections[0].steps
        let english = steps.map(\.action.en).joined(separator: " ")
        for label in [
            "[Subscriptions]", "[Manage subscription]", "[Cancel subscription]", "[Continue auto-renewal service]",
        ] {
            #expect(english.contains(label))
        }
        #expect(!english.contains("ライセンス"))
        let labels = steps.flatMap(\.labels)
        #expect(labels.first { $0.text == "ライセンス" }?.englishSource == Sources.kasperskyNexwayFAQ)
        #expect(labels.first { $0.text == "ライセンスを確認する" }?.isTranslation == true)
    }

    /// An English label is documented by a Kaspersky or store page, or marked as a translation.
    @Test func everyEnglishLabelIsDocumentedOrMarkedAsATranslation() {
        for guide in GuideCatalog.standard.guides.values {
            for label in guide.sections.flatMap(\.steps).flatMap(\.labels) {
                #expect(!label.english.isEmpty)
                #expect(!label.english.unicodeScalars.contains { $0.value >= 0x3000 }, "\(label.english)")
                if let source = label.englishSource {
                    #expect(source.grade != .thirdParty && source.grade != .article, "\(label.english)")
                    #expect(guide.sources.contains(source))
                }
            }
        }
    }

    /// One spelling throughout the English prose: "licence" (labels quoted from pages excepted).
    @Test func englishProseSpellsLicenceOneWay() {
        for guide in Array(GuideCatalog.standard.guides.values) + [GuideCatalog.standard.customerService] {
            var texts = [guide.title.en, guide.summary.en, guide.location.en] + guide.notes.map(\.en)
            for section in guide.sections {
                texts.append(section.heading.en)
                texts += section.steps.flatMap { [$0.action.en, $0.outcome?.en ?? ""] }
            }
            texts += guide.fallback.advice.map(\.en) + guide.fallback.details.map(\.en)
            for text in texts { #expect(!text.lowercased().contains("license"), "\(text)") }
        }
    }

    /// "With 2Checkout, follow 2Checkout's procedure" leads nowhere: a step says where to go, and
    /// no text points at "the article", which a customer never sees.
    @Test(arguments: ProviderID.allCases)
    func noStepSendsTheReaderInACircle(provider: ProviderID) {
        let guide = GuideCatalog.standard.guide(for: provider)
        let name = RuleBook.standard.providers.name(of: provider)
        for section in guide.sections {
            for text in [section.heading.ja, section.heading.en]
                + section.steps.flatMap({ [$0.action.ja, $0.action.en] })
            {
                #expect(!text.contains("\(name)の手順") && !text.contains("\(name)'s procedure"), "\(text)")
                #expect(!text.contains("記事") && !text.contains("the article"), "\(text)")
            }
        }
    }

    @Test func myKasperskyStepsKeepTheArticleOrder() {
        let labels = GuideCatalog.standard.guide(for: .myKaspersky).sections[0].steps.map {
            $0.labels.first?.text ?? ""
        }
        #expect(labels == ["ライセンス", "ライセンスを管理する", "自動更新サービスをキャンセルする", "自動更新サービスをキャンセルする", "ライセンスを確認する"])
    }

    @Test(arguments: [
        "basic", "Standard", "Kaspersky Plus", "プレミアム", "security cloud", "Kaspersky Security Cloud",
        "kaspersky-standard",
        "kaspersky_premium", "ＫＡＳＰＥＲＳＫＹ　ＰＬＵＳ", "カスペルスキー ベーシック", "カスペルスキープラス",
    ])
    func nexwayProductsFromTheArticleGoThroughMyKaspersky(product: String) {
        let guide = GuideCatalog.standard.guide(for: .nexway, product: product)
        #expect(guide.sections.count == 1)
        let myKaspersky = GuideCatalog.standard.guide(for: .myKaspersky)
        #expect(guide.sections[0].steps.map(\.action) == myKaspersky.sections[0].steps.map(\.action))
        #expect(guide.location == myKaspersky.location)
    }

    @Test(arguments: [
        "Kaspersky Internet Security", "Safe Kids", "total-security", "Kaspersky VPN Secure Connection", "その他",
    ])
    func otherNexwayProductsGoThroughTheNexwayAccount(product: String) {
        let guide = GuideCatalog.standard.guide(for: .nexway, product: product)
        // The article's route, then the one Kaspersky's Nexway FAQ documents.
        #expect(guide.sections.count == 2)
        #expect(guide.sections.allSatisfy { $0.products == [.other] })
        #expect(guide.sections.map(\.source) == [Sources.article, Sources.kasperskyNexwayFAQ])
        #expect(guide.location.en == "Your Nexway account")
    }

    @Test func nexwayWithoutProductShowsBothRoutes() {
        #expect(GuideCatalog.standard.guide(for: .nexway).sections.count == 3)
        #expect(GuideCatalog.standard.guide(for: .nexway, product: "  ").sections.count == 3)
    }

    @Test func productIsIgnoredForOtherProviders() {
        let allsoft = GuideCatalog.standard.guide(for: .allsoft)
        #expect(GuideCatalog.standard.guide(for: .allsoft, product: "plus").sections.count == allsoft.sections.count)
    }

    /// The regional note names no page it does not link ("see Regional restrictions" had none).
    @Test func googlePlayCarriesTheRegionalNote() {
        let notes = GuideCatalog.standard.guide(for: .googlePlay).notes
        #expect(notes.map(\.ja).joined().contains("地域によっては"))
        #expect(!notes.map(\.ja).joined().contains("地域の制限"))
        #expect(!notes.map(\.en).joined().contains("Regional restrictions"))
    }

    @Test func fallbackListsTheArticleDetailsInOrder() {
        #expect(
            GuideCatalog.standard.detailsToHaveReady.map(\.ja) == [
                "問題の説明", "購入日", "お客様のお名前", "購入に使ったメールアドレス", "確認メールにある注文番号",
            ])
        #expect(GuideCatalog.standard.customerService.provider == nil)
        #expect(GuideCatalog.standard.customerService.fallback.advice.count == 4)
    }

    @Test(arguments: [
        ("plus", ProductLine.plus), ("カスペルスキー ベーシック", .basic), ("SECURITY-CLOUD", .securityCloud),
        ("Kaspersky Anti-Virus", .other), ("kaspersky_premium", .premium),
    ])
    func productLookup(name: String, line: ProductLine) {
        #expect(GuideCatalog.standard.products.line(named: name) == line)
    }

    @Test(arguments: ["kasperskyy", "premiun", "netflix", "kaspersky", ""])
    func aProductThatCannotBePlacedIsRefusedNotGuessed(name: String) {
        #expect(GuideCatalog.standard.products.line(named: name) == nil)
    }

    /// Each self-service route is credited to the page that says it: Digital River's to Kaspersky's
    /// US page and older article, 2Checkout's myAccount to 2Checkout's own page, Nexway's portal to
    /// Kaspersky's FAQ.
    @Test(arguments: [
        (ProviderID.digitalRiver, ["kaspersky-us-auto-renewal", "kaspersky-8960"]),
        (.twoCheckout, ["2checkout-myaccount"]), (.nexway, ["kaspersky-faq-nexway"]),
    ])
    func resellerSelfServiceRoutesComeAfterTheArticlesStepsWithTheirSource(provider: ProviderID, sources: [String]) {
        let guide = GuideCatalog.standard.guide(for: provider)
        #expect(guide.sections.first?.source == Sources.article)
        #expect(guide.sections.map(\.source.id).filter { $0 != "article" } == sources)
        #expect(Array(guide.sources.map(\.id).prefix(sources.count + 1)) == ["article"] + sources)
        let document = GuideDocument(guide, language: .en)
        // Every page the guide links to is among its sources.
        for link in document.links { #expect(document.sources.map(\.id).contains(link.source), "\(link.url)") }
        for id in sources {
            #expect(document.plainText().contains(Sources.all.first { $0.id == id }?.title ?? "?"), "\(id)")
        }
    }

    @Test func digitalRiversAccountDetailsSaysWhatItAsksFor() {
        let section = GuideCatalog.standard.guide(for: .digitalRiver).sections.first {
            $0.source == Sources.kasperskyUS
        }
        let text = section?.steps.map(\.action.en).joined() ?? ""
        #expect(section?.heading.en.contains("Account Details") == true, "the page's name, not 'order lookup'")
        for detail in ["e-mail address", "last four digits", "order number", "password"] {
            #expect(text.contains(detail), "\(detail)")
        }
    }

    /// Every text a guide shows, in one language.
    private static func texts(of guide: Guide, _ language: Language) -> [String] {
        [guide.title[language], guide.summary[language], guide.location[language]]
            + guide.sections.flatMap {
                [$0.heading[language]] + $0.steps.flatMap { [$0.action[language], $0.outcome?[language] ?? ""] }
            }
            + guide.notes.map { $0[language] } + [guide.fallback.contact[language]]
    }

    @Test(
        arguments: ProviderID.allCases.map { GuideCatalog.standard.guide(for: $0) } + [
            GuideCatalog.standard.customerService
        ])
    func everyGuideCarriesTheArticlesOpeningFacts(guide: Guide) {
        // The article's opening facts (renewal is charged, an e-mail before each, chosen at the first
        // purchase), then its rule that only a valid licence's auto-renewal can be managed.
        let facts = ["更新料が発生します", "メールでお知らせ", "初回購入時に選ぶことができます", "有効なライセンスのみ"]
        #expect(guide.notes.prefix(4).map(\.ja).enumerated().allSatisfy { $1.contains(facts[$0]) }, "\(guide.id)")
    }

    @Test(
        arguments: ProviderID.allCases.map { GuideCatalog.standard.guide(for: $0) } + [
            GuideCatalog.standard.customerService
        ])
    func guidesSpeakToPeopleNotAboutTheArticleOrTheAPI(guide: Guide) {
        let text = (Self.texts(of: guide, .ja) + Self.texts(of: guide, .en)).joined(separator: "\n")
        for phrase in ["/identify", "/guide", "my-kaspersky", "the article", "記事", "購入した先", "(パートナー)", "(the partner)"]
        {
            #expect(!text.contains(phrase), "\(guide.id): \(phrase)")
        }
    }

    /// The article says "or contact the provider's support" of internet service providers, not of
    /// Digital River, 2Checkout or Nexway: their article sections do not say it; Digital River's
    /// contact form comes from Kaspersky's older page that names it.
    @Test(arguments: [ProviderID.digitalRiver, .twoCheckout, .nexway])
    func noResellerSupportIsCreditedToTheArticle(provider: ProviderID) {
        let guide = GuideCatalog.standard.guide(for: provider)
        for section in guide.sections where section.source == Sources.article {
            for step in section.steps {
                #expect(!step.action.en.contains("support"), "\(step.action.en)")
                #expect(!step.action.ja.contains("サポート"), "\(step.action.ja)")
            }
        }
        if provider == .digitalRiver {
            let form = guide.sections.first { $0.steps.contains { $0.action.en.contains("contact form") } }
            #expect(form?.source.id == "kaspersky-8960")
        }
    }

    @Test func theCustomerServiceSummarySaysTheWayDependsOnWhereItWasBought() {
        let summary = GuideCatalog.standard.customerService.summary
        #expect(summary.ja.contains("購入先によって異なります"))
        #expect(summary.en.contains("depends on where the licence was bought"))
        #expect(!summary.en.contains("Only"))
    }

    @Test(
        arguments: ProviderID.allCases.map { GuideCatalog.standard.guide(for: $0) } + [
            GuideCatalog.standard.customerService
        ])
    func everyLinkIsAVerifiedSourcesAddress(guide: Guide) {
        let verified = Set(Sources.all.compactMap(\.url))
        for link in guide.links {
            #expect(verified.contains(link.url), "\(guide.id): \(link.url)")
            #expect(link.url.hasPrefix("https://"), "\(guide.id): \(link.url)")
        }
        // Every guide ends in a page to open, in each language.
        for language in Language.allCases { #expect(!guide.links(in: language).isEmpty, "\(guide.id) \(language)") }
    }

    @Test func aGuidesLinksReachItsDocumentAndItsText() {
        let guide = GuideCatalog.standard.guide(for: .googlePlay)
        let document = GuideDocument(guide, language: .ja)
        #expect(document.links.map(\.url) == ["https://support.google.com/googleplay/answer/7018481?hl=ja"])
        #expect(document.plainText().contains("■ 開くページ"))
    }

    @Test func huaweisLabelKeepsTheArticlesLeadingSpaceInTheData() {
        let labels = GuideCatalog.standard.guide(for: .huawei).sections.flatMap(\.steps).flatMap(\.labels)
        #expect(labels.map(\.text).contains(" サブスクリプション/パスワードなしの支払い"))
    }

    /// The article's outcome of the My Kaspersky route, 「ライセンスの自動更新がオフになります。」, closes
    /// its last step, in My Kaspersky's guide and Nexway's alike; its closing note follows.
    @Test func nexwaysMyKasperskyRouteCarriesTheClosingOutcome() {
        for provider in [ProviderID.myKaspersky, .nexway] {
            let guide = GuideCatalog.standard.guide(for: provider)
            #expect(guide.sections.first?.steps.last?.outcome?.ja == "ライセンスの自動更新がオフになります。", "\(provider)")
            #expect(guide.notes.contains { $0.en.contains("unless you pay the renewal fee manually") }, "\(provider)")
        }
    }

    /// Allsoft's article section asks for nothing the article does not; its contacts come from the
    /// Kaspersky page that lists them, by the order's currency.
    @Test func allsoftsStepsAskForNothingTheArticleDoesNot() {
        let guide = GuideCatalog.standard.guide(for: .allsoft)
        let articleSteps = guide.sections.filter { $0.source == Sources.article }.flatMap(\.steps)
        #expect(articleSteps.count == 1)
        #expect(!articleSteps.contains { $0.action.en.contains("details") || $0.action.en.contains("order number") })
        let contacts = guide.sections.first { $0.source.id == "kaspersky-ru-15346" }
        #expect(contacts?.steps.map(\.action.en).joined().contains("kasperskylab@allsoft.ru") == true)
    }
}
