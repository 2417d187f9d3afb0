import Foundation
import JSONTestSupport
import RenewalRules
import Testing

@testable import RenewalDocuments

/// The JSON contract of each document, as the service and the CLI write it.
@Suite struct DocumentJSONTests {
    private func object(_ document: some JSONWritable) throws -> [String: Any] {
        let bytes = document.jsonBytes()
        #expect(keysOutOfOrder(bytes).isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func identificationHasTheContractShape() throws {
        let document = IdentificationDocument(Identifier.identify("22122857"), language: .en)
        let object = try object(document)
        #expect(
            Set(object.keys) == [
                "query", "normalized", "kind", "status", "provider", "confidence", "reason", "candidates", "guide",
                "source", "intermediary", "namesKaspersky", "next", "setAside", "otherVendor",
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
        let candidate = try #require((object["candidates"] as? [[String: Any]])?.first)
        #expect(Set(candidate.keys) == ["provider", "confidence", "reason", "source", "evidence", "guide"])
        #expect(candidate["guide"] as? String == "/guide/2checkout")
    }

    @Test func unknownWritesAnExplicitNullProvider() throws {
        let document = IdentificationDocument(Identifier.identify("hello"), language: .ja)
        let object = try object(document)
        #expect(object["provider"] is NSNull)
        #expect(object["source"] is NSNull)
        #expect(object["guide"] as? String == "/guide/customer-service")
        #expect(object["confidence"] as? Double == 0)
    }

    @Test func customerServiceGuideHasNullProviderAndNoDescriptors() throws {
        let object = try object(GuideDocument(GuideCatalog.standard.customerService, language: .en))
        #expect(object["provider"] is NSNull)
        #expect(object["statementDescriptors"] == nil)
    }

    /// Every guide, in both languages and each Nexway product route, parses with its keys sorted;
    /// a section for every product has no `products`, one for some names them.
    @Test(arguments: Language.allCases)
    func everyGuideParses(language: Language) throws {
        for provider in ProviderID.allCases {
            for product in [nil] + ProductLine.allCases.map(\.rawValue) {
                let document = GuideDocument(
                    GuideCatalog.standard.guide(for: provider, product: product), language: language)
                let object = try object(document)
                #expect(object["id"] as? String == provider.rawValue)
                let descriptors = try #require(object["statementDescriptors"] as? [String: Any])
                #expect((descriptors["note"] == nil) == (document.statementDescriptors?.note == nil))
                let sections = try #require(object["sections"] as? [[String: Any]])
                #expect(sections.count == document.sections.count)
                for (section, written) in zip(document.sections, sections) {
                    if let products = section.products {
                        #expect(written["products"] as? [String] == products)
                    } else {
                        #expect(!written.keys.contains("products"), "left out, not null, for every product")
                    }
                    let steps = try #require(written["steps"] as? [[String: Any]])
                    #expect(steps.map { $0["number"] as? Int } == section.steps.map(\.number))
                }
            }
        }
    }

    /// The members a client may rely on, `null` included: a step's outcome, a label's source, a
    /// source's url are written as null when absent, never left out.
    @Test func guidePartsHaveTheirMembersWithNulls() throws {
        let object = try object(GuideDocument(GuideCatalog.standard.guide(for: .myKaspersky), language: .en))
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(Set(section.keys) == ["heading", "source", "steps"])
        let source = try #require(section["source"] as? [String: Any])
        #expect(Set(source.keys) == ["id", "title", "url", "grade"])
        let steps = try #require(section["steps"] as? [[String: Any]])
        let first = try #require(steps.first)
        #expect(Set(first.keys) == ["number", "text", "outcome", "labels", "source"])
        #expect(first["outcome"] is NSNull)
        let labels = steps.flatMap { $0["labels"] as? [[String: Any]] ?? [] }
        #expect(labels.allSatisfy { Set($0.keys) == ["label", "original", "translation", "source"] })
        #expect(labels.contains { $0["source"] is NSNull }, "a translated label has a null source")
        let reports = try self.object(IdentificationDocument(Identifier.identify("DRI*KASPERSKY"), language: .en))
        let candidate = try #require((reports["candidates"] as? [[String: Any]])?.first)
        let reported = try #require(candidate["source"] as? [String: Any])
        #expect(reported["url"] is NSNull, "third-party reports have no single page")
    }

    @Test func theGuideListNamesEveryGuidesPath() throws {
        let object = try object(GuideListDocument(language: .en))
        let providers = try #require(object["providers"] as? [[String: String]])
        #expect(providers.map { $0["guide"] } == ProviderID.allCases.map { "/guide/\($0.rawValue)" })
        #expect(object["customerService"] as? String == "/guide/customer-service")
        let finding = try #require(object["findingYourProvider"] as? [String: Any])
        let descriptors = try #require(finding["statementDescriptors"] as? [String: Any])
        #expect(Set(descriptors.keys) == ["allsoft", "nexway", "digital-river", "2checkout"])
    }

    @Test func aScanEmbedsEachLinesIdentification() throws {
        let scan = try StatementScanner.scan("2026-01-02 KASPERSKYLAB 1000\n2026-01-03 STARBUCKS 500\n", layout: .lines)
        let document = ScanDocument(scan, language: .en)
        let object = try object(document)
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.count == document.matches.count)
        #expect(matches.first?["line"] as? Int == document.matches.first?.line)
        #expect((matches.first?["identification"] as? [String: Any])?["guide"] as? String == "/guide/allsoft")
    }
}
