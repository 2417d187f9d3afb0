import Foundation
import Testing

@testable import RenewalRules

@Suite struct DocumentTests {
    private func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func identificationHasTheContractShape() throws {
        let object = try json(IdentificationDocument(Identifier.identify("22122857"), language: .en))
        #expect(
            Set(object.keys) == [
                "query", "normalized", "kind", "status", "provider", "confidence", "reason", "candidates", "guide",
                "source", "intermediary", "namesKaspersky", "next",
            ])
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["id"] as? String == "article")
        #expect(source["url"] as? String == "https://support.kaspersky.com/KPC/1.0/ja-JP/231328.htm")
        #expect(source["grade"] as? String == "article")
        #expect(object["next"] is NSNull)
        #expect(object["intermediary"] is NSNull)
        #expect(object["kind"] as? String == "orderNumber")
        #expect(object["status"] as? String == "identified")
        #expect((object["provider"] as? [String: String]) == ["id": "2checkout", "name": "2Checkout"])
        #expect(object["guide"] as? String == "/guide/2checkout")
    }

    @Test func unknownEncodesAnExplicitNullProvider() throws {
        let object = try json(IdentificationDocument(Identifier.identify("hello"), language: .ja))
        #expect(object["provider"] is NSNull)
        #expect(object["guide"] as? String == "/guide/customer-service")
        #expect(object["confidence"] as? Double == 0)
    }

    /// Nexway's routes are alternatives: each is numbered from 1, not as if one followed the other.
    @Test func guideDocumentNumbersEachSectionFromOne() throws {
        let document = GuideDocument(GuideCatalog.guide(for: .nexway), language: .ja)
        #expect(document.sections.count == 3)
        for section in document.sections {
            #expect(section.steps.map(\.number) == Array(1...section.steps.count))
            #expect(section.steps.allSatisfy { $0.source == section.source.id })
        }
        #expect(document.statementDescriptors?.coverage == .articleListsNone)
        #expect(document.orderNumberFormats.count == 1)
        let object = try json(document)
        #expect(object["provider"] as? [String: String] == ["id": "nexway", "name": "Nexway"])
        #expect(object["language"] as? String == "ja")
    }

    /// In English a label is the English one beside the article's text; in Japanese, the article's.
    @Test func labelDocumentsPairTheEnglishWithTheArticlesText() throws {
        let english = GuideDocument(GuideCatalog.guide(for: .myKaspersky), language: .en)
        let labels = english.sections[0].steps.flatMap(\.labels)
        let first = try #require(labels.first)
        #expect(first.label == "Subscriptions" && first.original == "ライセンス")
        #expect(!first.translation && first.source == Sources.kasperskyNexwayFAQ.id)
        let check = try #require(labels.first { $0.original == "ライセンスを確認する" })
        #expect(check.translation && check.source == nil)
        #expect(english.plainText().contains("[Check licences] (translated) = [ライセンスを確認する]"))
        let japanese = GuideDocument(GuideCatalog.guide(for: .myKaspersky), language: .ja)
        let label = try #require(japanese.sections[0].steps.first?.labels.first)
        #expect(label.label == "ライセンス" && label.original == "ライセンス" && !label.translation)
        #expect(label.source == Sources.article.id)
        let object = try json(english)
        let step = try #require(((object["sections"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])?.first)
        #expect(step["outcome"] is NSNull)
        #expect(object["steps"] == nil)
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
        #expect(english.candidates.map(\.guide) == ["/guide/allsoft", "/guide/2checkout"])
        let text = english.plainText(language: .en, guideCommand: "renewal-guide guide")
        #expect(text.contains("(renewal-guide guide allsoft)") && text.contains("(renewal-guide guide 2checkout)"))
        let japanese = IdentificationDocument(identification, language: .ja).next ?? ""
        #expect(japanese.hasPrefix("見分け方: Allsoftは注文番号がALLSOFTで始まる"))
    }

    @Test func customerServiceGuideHasNullProvider() throws {
        let object = try json(GuideDocument(GuideCatalog.customerService, language: .en))
        #expect(object["provider"] is NSNull)
    }

    @Test func plainTextIsReadable() {
        let text = IdentificationDocument(Identifier.identify("22122857"), language: .en).plainText(language: .en)
        #expect(text.contains("Provider: 2Checkout (confidence 95%)"))
        let guide = GuideDocument(GuideCatalog.guide(for: .myKaspersky), language: .ja).plainText()
        #expect(guide.contains("1. [ライセンス]セクション"))
        #expect(guide.contains("確認メールにある注文番号"))
    }

    @Test func providerFindingFactsCoverTheArticle() {
        let facts = ProviderFindingDocument(language: .ja)
        #expect(facts.orderNumberFormats.count == RuleBook.orderNumberFormats.count)
        #expect(facts.statementDescriptors["nexway"]?.descriptors.isEmpty == true)
        #expect(facts.statementDescriptors["2checkout"]?.descriptors.count == 17)
        #expect(facts.orderNumberSource.contains("確認メール"))
    }
}
