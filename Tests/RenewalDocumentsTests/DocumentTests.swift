import RenewalDocuments
import Testing

@testable import RenewalRules

@Suite struct DocumentTests {
    @Test func identificationNamesItsGuideByIdentifier() {
        let identified = IdentificationDocument(Identifier.identify("22122857"), language: .en)
        #expect(identified.guideID == "2checkout")
        #expect(identified.candidates.map(\.guideID) == ["2checkout"])
        let unknown = IdentificationDocument(Identifier.identify("hello"), language: .ja)
        #expect(unknown.provider == nil && unknown.guideID == GuideCatalog.customerServiceID)
    }

    /// Nexway's routes are alternatives: each is numbered from 1, not as if one followed the other.
    @Test func guideDocumentNumbersEachSectionFromOne() throws {
        let document = GuideDocument(GuideCatalog.standard.guide(for: .nexway), language: .ja)
        #expect(document.sections.count == 3)
        for section in document.sections {
            #expect(section.steps.map(\.number) == Array(1...section.steps.count))
            #expect(section.steps.allSatisfy { $0.source == section.source.id })
        }
        #expect(document.statementDescriptors?.coverage == .articleListsNone)
        #expect(document.orderNumberFormats.count == 1)
        #expect(document.provider == ProviderReference(.nexway) && document.language == .ja)
    }

    /// In English a label is the English one beside the article's text; in Japanese, the article's.
    @Test func labelDocumentsPairTheEnglishWithTheArticlesText() throws {
        let english = GuideDocument(GuideCatalog.standard.guide(for: .myKaspersky), language: .en)
        let labels = english.sections[0].steps.flatMap(\.labels)
        let first = try #require(labels.first)
        #expect(first.label == "Subscriptions" && first.original == "ライセンス")
        #expect(!first.translation && first.source == "kaspersky-faq-nexway")
        let check = try #require(labels.first { $0.original == "ライセンスを確認する" })
        #expect(check.translation && check.source == nil)
        #expect(english.plainText().contains("[Check licences] (translated) = [ライセンスを確認する]"))
        let japanese = GuideDocument(GuideCatalog.standard.guide(for: .myKaspersky), language: .ja)
        let label = try #require(japanese.sections[0].steps.first?.labels.first)
        #expect(label.label == "ライセンス" && label.original == "ライセンス" && !label.translation)
        #expect(label.source == RuleBook.standard.article.id)
        #expect(english.sections[0].steps.first?.outcome == nil)
    }

    /// An ambiguous answer says what tells the candidates apart, and the text names each one's guide.
    @Test func anAmbiguousAnswerSaysWhatTellsTheCandidatesApart() {
        let identification = Identifier.identify("KASPERSKYLAB kaspersky.nl")
        #expect(identification.status == .ambiguous)
        let english = IdentificationDocument(identification, language: .en)
        let next = english.next ?? ""
        #expect(next.contains("Allsoft: order number starts with ALLSOFT"))
        #expect(next.contains("2Checkout: order number of 8 digits (e.g. 22122857)"))
        #expect(!next.contains("/guide") && !next.contains("descriptor"))
        #expect(english.candidates.map(\.guideID) == ["allsoft", "2checkout"])
        let text = english.plainText(language: .en, guideCommand: "renewal-guide guide")
        #expect(text.contains("(renewal-guide guide allsoft)") && text.contains("(renewal-guide guide 2checkout)"))
        let japanese = IdentificationDocument(identification, language: .ja).next ?? ""
        #expect(japanese.hasPrefix("見分け方: Allsoftは注文番号がALLSOFTで始まる"))
    }

    @Test func plainTextIsReadable() {
        let text = IdentificationDocument(Identifier.identify("22122857"), language: .en).plainText(language: .en)
        #expect(text.contains("Provider: 2Checkout (confidence 95%)"))
        let guide = GuideDocument(GuideCatalog.standard.guide(for: .myKaspersky), language: .ja).plainText()
        #expect(guide.contains("1. [ライセンス]セクション"))
        #expect(guide.contains("確認メールにある注文番号"))
    }

    @Test func providerFindingFactsCoverTheArticle() {
        let facts = ProviderFindingDocument(language: .ja)
        #expect(facts.orderNumberFormats.count == RuleBook.standard.orderNumberFormats.count)
        #expect(facts.statementDescriptors["nexway"]?.descriptors.isEmpty == true)
        #expect(facts.statementDescriptors["2checkout"]?.descriptors.count == 17)
        #expect(facts.orderNumberSource.contains("確認メール"))
    }
}
