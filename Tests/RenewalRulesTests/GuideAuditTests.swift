import RenewalDocuments
import Testing

@testable import RenewalRules

/// Every guide, in both languages, read as issue 23's audit read them: it ends in a page to open;
/// every page it links or cites is in the rule file with a grade; every section, note and screen
/// label names the page that says it; English prose holds no Japanese outside quoted labels; and
/// each language opens pages in that language where the data has them.
@Suite struct GuideAuditTests {
    static let guides =
        ProviderID.allCases.map { GuideCatalog.standard.guide(for: $0) } + [
            GuideCatalog.standard.customerService
        ]

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x3000...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value)
        }
    }

    /// The text with every bracketed label taken out: what remains is the guide's own prose.
    static func withoutLabels(_ text: String) -> String {
        text.replacing(/\[[^\]]*\]/, with: "")
    }

    @Test(arguments: guides.map(\.id))
    func everyGuideEndsInAPageToOpenInEachLanguage(id: String) throws {
        let guide = try #require(Self.guides.first { $0.id == id })
        let graded = Set(RuleBook.standard.sources.map(\.id))
        for language in Language.allCases {
            let document = GuideDocument(guide, language: language)
            #expect(!document.links.isEmpty, "\(id) \(language)")
            for link in document.links {
                #expect(graded.contains(link.source), "\(id): \(link.source)")
                #expect(document.sources.map(\.id).contains(link.source), "\(id): \(link.source) listed")
                #expect(link.url.hasPrefix("https://"), "\(id): \(link.url)")
            }
            #expect(document.plainText().contains(language == .ja ? "■ 開くページ" : "■ Pages to open"))
        }
    }

    @Test(arguments: guides.map(\.id))
    func everySectionNoteAndLabelNamesItsSource(id: String) throws {
        let guide = try #require(Self.guides.first { $0.id == id })
        let graded = Set(RuleBook.standard.sources.map(\.id))
        #expect(guide.noteSources.count == guide.notes.count)
        for source in guide.sections.map(\.source) + guide.noteSources {
            #expect(graded.contains(source.id), "\(id): \(source.id)")
        }
        for section in guide.sections {
            for label in section.steps.flatMap(\.labels) {
                // A label is the article's (its section's source), or documented by a page, or a
                // translation that says it is one.
                if label.englishSource == nil {
                    #expect(label.isTranslation(in: .en), "\(id): [\(label.text)]")
                } else {
                    #expect(graded.contains(label.englishSource?.id ?? ""), "\(id): [\(label.text)]")
                }
            }
        }
        // A page other than the article is cited by its own sections, notes or labels, never in
        // the article's name.
        for section in guide.sections where section.source != RuleBook.standard.article {
            #expect(section.heading.en.contains("from "), "\(id): \(section.heading.en) says whose page it is")
        }
    }

    @Test(arguments: guides.map(\.id))
    func englishProseHoldsNoJapaneseOutsideQuotedLabels(id: String) throws {
        let guide = try #require(Self.guides.first { $0.id == id })
        let document = GuideDocument(guide, language: .en)
        var texts = [document.title, document.summary, document.location, document.fallback.contact]
        texts += document.notes + document.fallback.advice + document.fallback.details + document.links.map(\.title)
        for section in document.sections {
            texts.append(section.heading)
            texts += section.steps.flatMap { [$0.text, $0.outcome ?? ""] + $0.labels.map(\.label) }
        }
        for text in texts { #expect(!Self.hasJapanese(Self.withoutLabels(text)), "\(id): \(text)") }
        #expect(!document.plainText().contains("・"), "\(id): English bullets")
    }

    /// Apple's and Google's pages exist in both languages: each reader opens theirs.
    @Test(arguments: [("app-store", "ja-jp", "en-us"), ("google-play", "hl=ja", "hl=en")])
    func storePagesOpenInTheReadersLanguage(id: String, japanese: String, english: String) throws {
        let guide = try #require(Self.guides.first { $0.id == id })
        #expect(GuideDocument(guide, language: .ja).links.map(\.url).allSatisfy { $0.contains(japanese) })
        #expect(GuideDocument(guide, language: .en).links.map(\.url).allSatisfy { $0.contains(english) })
    }

    /// A store's page in English only is named so in Japanese, and its labels are given as
    /// translations with the page's own English beside them.
    @Test func aLabelFromAnEnglishPageIsATranslationInJapanese() throws {
        let guide = GuideCatalog.standard.guide(for: .googlePlay)
        let labels = guide.sections.flatMap(\.steps).flatMap(\.labels).filter(\.isJapaneseTranslation)
        #expect(labels.map(\.english) == ["Payments & subscriptions", "Subscriptions"])
        let text = GuideDocument(guide, language: .ja).plainText()
        #expect(text.contains("[お支払いと定期購入](訳) = [Payments & subscriptions]"))
        let english = GuideDocument(guide, language: .en)
        #expect(english.sections.flatMap(\.steps).flatMap(\.labels).allSatisfy { !$0.translation })
    }

    /// Steps that no source gives are not there: the store guides say what does not turn
    /// auto-renewal off, each from the store's page, and the reseller guides say that deleting the
    /// My Kaspersky account does not.
    @Test func whatDoesNotTurnAutoRenewalOffIsSaidWithItsSource() {
        for provider in [ProviderID.appStore, .googlePlay] {
            let guide = GuideCatalog.standard.guide(for: provider)
            let index = guide.notes.firstIndex { $0.en.contains("does not cancel the subscription") }
            #expect(index.map { guide.noteSources[$0].grade } == .official, "\(provider)")
        }
        for provider in [ProviderID.myKaspersky, .nexway, .digitalRiver, .twoCheckout, .allsoft] {
            let guide = GuideCatalog.standard.guide(for: provider)
            let index = guide.notes.firstIndex { $0.en.contains("Deleting your My Kaspersky account") }
            #expect(index.map { guide.noteSources[$0].id } == "kaspersky-95252", "\(provider)")
        }
    }

    /// The store guides send customers to the store, and to Kaspersky only for what the article
    /// sends there (a purchase in My Kaspersky).
    @Test(arguments: [ProviderID.appStore, .googlePlay, .huawei])
    func aStoreGuidesContactIsTheStore(provider: ProviderID) {
        let contact = GuideCatalog.standard.guide(for: provider).fallback.contact
        #expect(contact.en.contains("if you bought in My Kaspersky"), "\(contact.en)")
        #expect(!contact.en.hasPrefix("Kaspersky"))
    }
}
