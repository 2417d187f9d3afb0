import Foundation
import MicroHTTP
import RenewalRules
import Testing

@testable import RenewalService

/// Inputs an adversarial review sent, each answered as a mistake rather than read generously.
@Suite struct HostileInputTests {
    let service = standardService

    /// Control and format characters alone are as empty as blanks: 400, not an `unknown` answer
    /// about nothing.
    @Test(arguments: ["\u{0}", "\u{0}\u{1}\u{7F}", "\u{200B}\u{FEFF}", " \u{0} "])
    func aQueryOfControlCharactersIsEmpty(query: String) {
        let response = service.respond(to: .make(.get, "/identify", query: [("q", query), ("lang", "en")]))
        #expect(response.status == .badRequest)
        #expect(response.object["detail"] as? String == "The query is empty.")
    }

    /// `/guide/allsoft%00` is not Allsoft's guide.
    @Test(arguments: ["allsoft\u{0}", "\u{0}allsoft", "all\u{1B}soft"])
    func aGuideIdWithAControlCharacterIsNotFound(id: String) {
        #expect(service.respond(to: .make(.get, "/guide/\(id)")).status == .notFound)
    }

    /// A JSON number is an order number only when its text is exactly a whole number: one that
    /// merely rounds to it would be read as a number the customer never typed.
    @Test(arguments: [
        #"{"query": 0.99999999999999999999}"#, #"{"orderNumber": 22122856.9999999999999}"#, #"{"query": 22122857.5}"#,
        #"{"query": -22122857}"#, #"{"query": 1e15}"#,
    ])
    func aNumberThatDoesNotSurviveTheRoundTripIsRefused(body: String) {
        let request = HTTPRequest.make(
            .post, "/identify", query: [("lang", "en")], headers: [("Content-Type", "application/json")], body: body)
        let response = service.respond(to: request)
        #expect(response.status == .badRequest, "\(body)")
        #expect((response.object["detail"] as? String)?.contains("written exactly") == true)
    }

    @Test(arguments: ["22122857", "22122857.0", "2.2122857e7", "2212285.7E1"])
    func anExactWholeNumberIsItsDigits(number: String) {
        let request = HTTPRequest.make(
            .post, "/identify", headers: [("Content-Type", "application/json")], body: #"{"orderNumber": \#(number)}"#)
        let response = service.respond(to: request)
        #expect(response.status == .ok)
        #expect(response.object["query"] as? String == "22122857", "\(number)")
    }

    @Test func duplicateMemberNamesAreRefused() {
        let request = HTTPRequest.make(
            .post, "/identify", query: [("lang", "en")], headers: [("Content-Type", "application/json")],
            body: #"{"query": "22122857", "query": "DR*Kaspersky Lab"}"#)
        let response = service.respond(to: request)
        #expect(response.status == .badRequest)
        #expect((response.object["detail"] as? String)?.contains("duplicate member name") == true)
    }

    /// `OPTIONS *` asks about the server as a whole (RFC 9110 §9.3.7).
    @Test func optionsAsteriskDescribesTheServer() {
        let response = service.respond(to: .make(.options, "*"))
        #expect(response.status == .noContent)
        #expect(response.headers["Allow"] == "GET, HEAD, POST, OPTIONS")
    }

    /// A method is a token of any length; the access log keeps a bounded prefix of it.
    @Test func theAccessLogBoundsTheMethod() {
        let long = String(repeating: "M", count: 5_000)
        let record = AccessRecord(
            requestID: "a", method: long, route: "unmatched", status: 501, bytes: 0, microseconds: 0)
        #expect(record.method.utf8.count <= AccessRecord.maxMethodBytes + 3)
        #expect(record.method.hasSuffix("…"))
        let short = AccessRecord(
            requestID: "a", method: "M-SEARCH", route: "unmatched", status: 501, bytes: 0, microseconds: 0)
        #expect(short.method == "M-SEARCH")
    }
}
