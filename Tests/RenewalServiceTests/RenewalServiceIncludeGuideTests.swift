import Foundation
import MicroHTTP
import RenewalService
import Testing

/// `include=guide`: one call answers who sold the licence and how to turn auto-renewal off there.
@Suite struct RenewalServiceIncludeGuideTests {
    let service = makeService()

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
        #expect(batch.array.count == 3)
        #expect(guideIDs(batch.array[0]) == ["2checkout"])
        #expect(guideIDs(batch.array[2]) == ["digital-river"])
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
