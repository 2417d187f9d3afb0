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

    @Test func guideDocumentNumbersStepsAcrossSections() throws {
        let document = GuideDocument(GuideCatalog.guide(for: .nexway), language: .ja)
        #expect(document.steps.map(\.number) == Array(1...document.steps.count))
        #expect(document.sections.flatMap(\.steps) == document.steps.map(\.number))
        #expect(document.statementDescriptors?.coverage == .articleListsNone)
        #expect(document.orderNumberFormats.count == 1)
        let object = try json(document)
        #expect(object["provider"] as? [String: String] == ["id": "nexway", "name": "Nexway"])
        #expect(object["language"] as? String == "ja")
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
