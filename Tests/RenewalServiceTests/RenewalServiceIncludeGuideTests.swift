import Foundation
import MicroHTTP
import RenewalService
import Testing

/// `include=guide`: one call answers who sold the licence and how to turn auto-renewal off there.
@Suite struct RenewalServiceIncludeGuideTests {
    let service = standardService

    private func guideIDs(_ object: [String: Any]) -> [String]? {
        (object["guides"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    }

    @Test func anIdentifiedAnswerEmbedsItsProvidersGuide() {
        let response = service.respond(
            to: .make(.get, "/identify", query: [("q", "22122857"), ("include", "guide"), ("lang", "en")]))
        #expect(response.status == .ok)
        #expect(guideIDs(response.object) == ["2checkout"])
        let guide = (response.object["guides"] as? [[String: Any]])?.first
        #expect(guide?["language"] as? String == "en")
        #expect(((guide?["sections"] as? [[String: Any]])?.first?["steps"] as? [Any])?.isEmpty == false)
    }

    @Test func withoutIncludeThereIsNoGuidesMember() {
        let response = service.respond(to: .make(.get, "/identify", query: [("q", "22122857")]))
        #expect(response.object["guides"] == nil)
    }

    @Test func anAmbiguousAnswerEmbedsEachCandidatesGuide() {
        let response = service.respond(
            to: .make(.get, "/identify", query: [("q", "22122857 (Digital River)"), ("include", "guide")]))
        #expect(response.object["status"] as? String == "ambiguous")
        #expect(Set(guideIDs(response.object) ?? []) == ["2checkout", "digital-river"])
    }

    @Test func anUnknownOrSellerUnknownAnswerEmbedsTheCustomerServiceGuide() {
        for query in ["hello", "KASPERSKY"] {
            let response = service.respond(to: .make(.get, "/identify", query: [("q", query), ("include", "guide")]))
            #expect(guideIDs(response.object) == ["customer-service"], "\(query)")
        }
    }

    @Test func jsonBodiesAndBatchesAskForItToo() {
        let single = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: #"{"query": "APPLE.COM/BILL", "include": ["guide"]}"#))
        #expect(guideIDs(single.object) == ["app-store"])
        let batch = service.respond(
            to: .make(
                .post, "/identify", query: [("include", "guide")], headers: [("Content-Type", "application/json")],
                body: #"[{"query": "22122857"}, {"query": ""}, {"descriptor": "DR*EFMSPL"}]"#))
        let items = batch.object["items"] as? [[String: Any]] ?? []
        let guides = batch.object["guides"] as? [String: [String: Any]] ?? [:]
        #expect(items.count == 3)
        #expect(items.first?["guide"] as? String == "/guide/2checkout")
        #expect(items.last?["guide"] as? String == "/guide/digital-river")
        #expect(items.allSatisfy { $0["guides"] == nil }, "items refer to the map; they do not embed")
        #expect(Set(guides.keys) == ["/guide/2checkout", "/guide/digital-river"])
        #expect(guides["/guide/2checkout"]?["id"] as? String == "2checkout")
    }

    @Test func aBatchCarriesEachGuideOnceHoweverManyItemsLeadToIt() {
        let items = Array(repeating: #"{"query": "22122857"}"#, count: 1_000).joined(separator: ",")
        let batch = service.respond(
            to: .make(
                .post, "/identify", query: [("include", "guide")], headers: [("Content-Type", "application/json")],
                body: "[\(items)]"))
        #expect((batch.object["guides"] as? [String: Any])?.count == 1)
        #expect((batch.object["items"] as? [Any])?.count == 1_000)
        let one = service.respond(
            to: .make(.get, "/identify", query: [("q", "22122857"), ("include", "guide")]))
        // A thousand answers without their guide, and the guide once: not a thousand guides.
        #expect(batch.body.count < 1_000 * (one.body.count / 2))
    }

    @Test func aBatchWithoutGuidesStaysAnArray() {
        let batch = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: #"[{"query": "22122857"}, {"query": "DR*EFMSPL"}]"#))
        #expect(batch.array.count == 2)
    }

    @Test func aBatchItemCanAskForItsGuideAlone() {
        let batch = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: #"[{"query": "22122857"}, {"query": "DR*EFMSPL", "include": ["guide"]}]"#))
        let guides = batch.object["guides"] as? [String: Any] ?? [:]
        #expect(Array(guides.keys) == ["/guide/digital-river"])
        #expect((batch.object["items"] as? [Any])?.count == 2)
    }

    @Test func asTextItReadsAsOneCompleteAnswer() {
        let response = service.respond(
            to: .make(
                .get, "/identify", query: [("q", "22122857"), ("include", "guide"), ("format", "text"), ("lang", "en")])
        )
        #expect(response.text.contains("Provider: 2Checkout"))
        #expect(response.text.contains("Turn off auto-renewal for a licence bought from 2Checkout"))
        #expect(response.text.contains("■ Sources"))
    }

    @Test(arguments: [
        [("q", "22122857"), ("include", "steps")], [("q", "22122857"), ("include", "guide,everything")],
    ])
    func anythingElseToIncludeIsABadRequest(query: [(String, String)]) {
        #expect(service.respond(to: .make(.get, "/identify", query: query)).status == .badRequest)
    }

    @Test(arguments: [
        #"{"query": "1", "include": "guide"}"#, #"{"query": "1", "include": [3]}"#,
        #"{"query": "1", "include": ["x"]}"#,
    ])
    func aBadIncludeInJSONIsABadRequest(body: String) {
        let response = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: body))
        #expect(response.status == .badRequest)
    }
}
