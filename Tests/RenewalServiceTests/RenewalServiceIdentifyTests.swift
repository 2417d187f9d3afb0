import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

@Suite struct RenewalServiceIdentifyTests {
    let service = standardService

    @Test func getWithQueryIdentifies() {
        let response = service.respond(to: .make(.get, "/identify", query: [("q", "22122857")]))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.headers["Content-Language"] == "ja")
        #expect(response.headers["Vary"] == "Accept-Language, Accept")
        let object = response.object
        #expect(object["status"] as? String == "identified")
        #expect((object["provider"] as? [String: String])?["id"] == "2checkout")
        #expect(object["guide"] as? String == "/guide/2checkout")
        #expect(object["kind"] as? String == "orderNumber")
    }

    @Test func forcedKinds() {
        let asOrder = service.respond(to: .make(.get, "/identify", query: [("orderNumber", "2CO.com*kaspersky")]))
        #expect(asOrder.object["kind"] as? String == "orderNumber")
        #expect(asOrder.object["status"] as? String == "unknown")
        let asDescriptor = service.respond(to: .make(.get, "/identify", query: [("descriptor", "DR*EFMSPL")]))
        #expect((asDescriptor.object["provider"] as? [String: String])?["id"] == "digital-river")
    }

    @Test func unknownIsA200PointingToCustomerService() {
        let response = service.respond(to: .make(.get, "/identify", query: [("q", "AMAZON MKTPLACE")]))
        #expect(response.status == .ok)
        #expect(response.object["status"] as? String == "unknown")
        #expect(response.object["guide"] as? String == "/guide/customer-service")
    }

    @Test(arguments: [
        [("q", "")], [("q", "   ")], [], [("q", "1"), ("descriptor", "2")],
        [("q", "22122857"), ("lang", "fr")], [("q", "22122857"), ("format", "xml")],
    ])
    func badQueriesAre400Problems(query: [(String, String)]) {
        let response = service.respond(to: .make(.get, "/identify", query: query))
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        #expect(response.object["status"] as? Int == 400)
        #expect(response.object["title"] as? String == "不正なリクエスト")
        #expect(response.headers["Content-Language"] == "ja")
        #expect((response.object["detail"] as? String)?.isEmpty == false)
    }

    /// A problem speaks the language the request asked for, like every other answer; a `lang` that
    /// is itself the mistake is reported in the default language.
    @Test func problemsFollowTheNegotiatedLanguage() {
        let english = service.respond(to: .make(.get, "/identify", query: [("q", " "), ("lang", "en-US")]))
        #expect(english.object["title"] as? String == "Bad Request")
        #expect(english.object["detail"] as? String == "The query is empty.")
        #expect(english.headers["Content-Language"] == "en")
        let accepted = service.respond(
            to: .make(.get, "/identify", query: [("q", " ")], headers: [("Accept-Language", "en;q=0.9, ja;q=0.1")]))
        #expect(accepted.object["detail"] as? String == "The query is empty.")
        let japanese = service.respond(to: .make(.get, "/identify", query: [("q", " ")]))
        #expect(japanese.object["detail"] as? String == "問い合わせが空です。")
        let badLanguage = service.respond(to: .make(.get, "/identify", query: [("q", "1"), ("lang", "fr")]))
        #expect((badLanguage.object["detail"] as? String)?.contains("言語「fr」") == true)
        let missing = service.respond(to: .make(.get, "/guide/nope", query: [("lang", "en")]))
        #expect((missing.object["detail"] as? String)?.hasPrefix("No guide \"nope\"") == true)
        #expect(missing.object["title"] as? String == "Not Found")
    }

    @Test func queryOfExactly1000CharactersIsAccepted() {
        let response = service.respond(
            to: .make(.get, "/identify", query: [("q", String(repeating: "a", count: 1000))]))
        #expect(response.status == .ok)
    }

    @Test func postJSONObject() {
        for body in [#"{"query":"22122857"}"#, #"{"orderNumber":22122857}"#, #"{"query":22122857}"#] {
            let response = service.respond(
                to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: body))
            #expect(response.status == .ok, "\(body)")
            #expect((response.object["provider"] as? [String: String])?["id"] == "2checkout", "\(body)")
        }
    }

    @Test func postFormBody() {
        let response = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "descriptor=DR%2AKaspersky+Lab"))
        #expect(response.status == .ok)
        #expect(response.object["query"] as? String == "DR*Kaspersky Lab")
        #expect((response.object["provider"] as? [String: String])?["id"] == "digital-river")
    }

    @Test func batchKeepsOrderAndPutsErrorsInPlace() {
        let body = #"[{"orderNumber":"22122857"},{"descriptor":5},"x",{"query":""},{"query":"DR*EFMSPL"}]"#
        let response = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: body))
        #expect(response.status == .ok)
        let items = response.array
        #expect(items.count == 5)
        #expect((items[0]["provider"] as? [String: String])?["id"] == "2checkout")
        for index in 1...3 {
            // A failed item is an object holding its problem, never a status integer among strings.
            #expect(items[index].keys.sorted() == ["problem"], "\(index)")
            #expect((items[index]["problem"] as? [String: Any])?["status"] as? Int == 400, "\(index)")
        }
        #expect(items[0]["status"] as? String == "identified")
        #expect((items[4]["provider"] as? [String: String])?["id"] == "digital-river")
    }

    @Test func batchLimits() {
        let tooMany = "[" + Array(repeating: #"{"q":"1"}"#, count: 1001).joined(separator: ",") + "]"
        let over = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: tooMany))
        #expect(over.status == .badRequest)
        let full = "[" + Array(repeating: #"{"query":"22122857"}"#, count: 1000).joined(separator: ",") + "]"
        let ok = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: full))
        #expect(ok.status == .ok)
        #expect(ok.array.count == 1000)
    }

    @Test(arguments: [
        ("application/json", "{"), ("application/json", "[]"), ("application/json", "42"), ("application/json", "{}"),
        ("application/json", #"{"query":true}"#), ("application/json", #"{"query":1.5}"#),
        ("application/json", #"{"query":"a","descriptor":"b"}"#), ("application/x-www-form-urlencoded", "query=%ZZ"),
        ("application/x-www-form-urlencoded", "query=%FF"), ("application/x-www-form-urlencoded", "other=1"),
    ])
    func malformedBodiesAre400(contentType: String, body: String) {
        let response = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", contentType)], body: body))
        #expect(response.status == .badRequest, "\(body)")
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test func invalidUTF8InJSONIs400() {
        var request = HTTPRequest.make(.post, "/identify", headers: [("Content-Type", "application/json")], body: "x")
        request.body = Array(#"{"query":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        #expect(service.respond(to: request).status == .badRequest)
    }

    @Test(arguments: ["text/xml", "text/plain", "multipart/form-data; boundary=x"])
    func otherContentTypesAre415(contentType: String) {
        let response = service.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", contentType)], body: "query=1"))
        #expect(response.status == .unsupportedMediaType)
    }

    @Test func missingContentTypeIs415() {
        #expect(service.respond(to: .make(.post, "/identify", body: "query=1")).status == .unsupportedMediaType)
    }

    @Test func plainTextForPeople() {
        let viaParameter = service.respond(
            to: .make(.get, "/identify", query: [("q", "22122857"), ("format", "text"), ("lang", "en")]))
        #expect(viaParameter.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(viaParameter.text.contains("Provider: 2Checkout"))
        let viaAccept = service.respond(
            to: .make(.get, "/identify", query: [("q", "22122857")], headers: [("Accept", "text/plain")]))
        #expect(viaAccept.text.contains("購入先: 2Checkout"))
    }

    @Test func languageFromAcceptLanguage() {
        let response = service.respond(
            to: .make(
                .get, "/identify", query: [("q", "22122857")],
                headers: [("Accept-Language", "fr;q=1, en-US;q=0.8, ja;q=0.5")]))
        #expect(response.headers["Content-Language"] == "en")
        #expect((response.object["reason"] as? String)?.hasPrefix("Matches") == true)
    }

    @Test func defaultLanguageIsConfigurable() {
        let english = makeService { $0.defaultLanguage = .en }
        let response = english.respond(to: .make(.get, "/identify", query: [("q", "22122857")]))
        #expect(response.headers["Content-Language"] == "en")
    }
}

@Suite struct IdentifyRequestRegressionTests {
    let service = standardService

    /// Found by schemathesis: on Linux an NSNumber 0 or 1 also casts to Bool.
    @Test(arguments: ["0", "1", "1.0", "-0", "2"])
    func wholeNumbersIncludingZeroAndOneAreAccepted(number: String) {
        let response = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: #"{"orderNumber":\#(number)}"#))
        #expect(response.status == .ok, "\(number)")
    }

    @Test(arguments: ["true", "false", "null", "[1]", #"{"a":1}"#, "1000000000000000", "-1", "1.5"])
    func nonTextValuesAreRejected(value: String) {
        let response = service.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")], body: #"{"query":\#(value)}"#))
        #expect(response.status == .badRequest, "\(value)")
    }

    @Test func protocolErrorsCarryARequestID() {
        let response = service.respondToProtocolError(.badRequest, "Invalid percent-encoding.")
        #expect(response.headers["X-Request-ID"]?.count == 32)
    }

    @Test(arguments: [
        ("text/plain;q=0, application/json", false), ("text/plain", true), ("application/json, text/plain", false),
        ("text/plain, application/json;q=0.5", true), ("*/*", false), ("text/*;q=0.9, */*;q=0.1", true),
        ("text/html", false),
    ])
    func acceptHonoursQValues(accept: String, text: Bool) {
        #expect(Presentation.prefersText(accept) == text, "\(accept)")
    }

    @Test func jsonBodiesTakeQAsFormsAndQueriesDo() {
        let response = standardService.respond(
            to: .make(.post, "/identify", headers: [("Content-Type", "application/json")], body: #"{"q": "22122857"}"#))
        #expect(response.status == .ok)
        #expect((response.object["provider"] as? [String: String])?["id"] == "2checkout")
        let both = standardService.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: #"{"q": "22122857", "query": "x"}"#))
        #expect(both.status == .badRequest)
    }

    @Test func jsonSentAsAFormNamesTheHeaderToSend() {
        let response = standardService.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: #"{"query":"22122857"}"#))
        #expect(response.status == .unsupportedMediaType)
        #expect((response.object["detail"] as? String)?.contains("Content-Type: application/json") == true)
    }

    @Test func textAnswersNameTheGuideInWordsNotByItsPath() {
        let response = standardService.respond(
            to: .make(.get, "/identify", query: [("q", "22122857"), ("format", "text"), ("lang", "en")]))
        #expect(response.text.contains("Guide: Turn off auto-renewal for a licence bought from 2Checkout"))
        #expect(!response.text.contains("/guide/"))
        #expect(!response.text.contains("renewal-guide guide"))
    }

    /// A forwarded confirmation e-mail (5 to 20 KB) is accepted whole; past 64 KB a 413 in the
    /// asked language says the limit and what to paste instead.
    @Test func aWholeEmailFitsAndALongerTextIsTold() throws {
        let email =
            "From: Kaspersky <noreply@kaspersky.com>\nSubject: ご注文の確認\n注文番号: 20564778810\n"
            + String(repeating: "> ご購入ありがとうございました。今後ともよろしくお願いいたします。\n", count: 300)
        #expect(email.utf8.count > 20_000)
        let body = try JSONSerialization.data(withJSONObject: ["query": email])
        let accepted = standardService.respond(
            to: .make(
                .post, "/identify", headers: [("Content-Type", "application/json")],
                body: String(decoding: body, as: UTF8.self)))
        #expect(accepted.status == .ok)
        #expect((accepted.object["provider"] as? [String: Any])?["id"] as? String == "digital-river")
        let tooLong = try JSONSerialization.data(withJSONObject: ["query": String(repeating: "🎉", count: 16_385)])
        for (language, words) in [("en", "64 KB"), ("ja", "64 KB")] {
            let refused = standardService.respond(
                to: .make(
                    .post, "/identify", query: [("lang", language)], headers: [("Content-Type", "application/json")],
                    body: String(decoding: tooLong, as: UTF8.self)))
            #expect(refused.status == .contentTooLarge)
            let detail = refused.object["detail"] as? String ?? ""
            #expect(detail.contains(words))
            #expect(detail.contains(language == "en" ? "Paste only the order number" : "注文番号か取引明細の行だけ"))
        }
    }
}
