import CurlClient
import Testing

/// The error statuses, each an RFC 9457 problem, over real sockets.
@Suite struct ErrorStatusTests {
    private func expectProblem(_ response: CurlResponse, _ status: Int) {
        #expect(response.status == status)
        #expect(response.header("Content-Type") == "application/problem+json; charset=utf-8")
        #expect(response.object["status"] as? Int == status)
        #expect(response.object["title"] is String)
        #expect(response.object["type"] is String)
        #expect(response.object["detail"] is String)
    }

    @Test func badRequests() throws {
        let server = try LiveServer()
        expectProblem(try server.request("GET", "/identify"), 400)
        expectProblem(try server.request("GET", "/identify?q=%FF"), 400)
        expectProblem(
            try server.request(
                "POST", "/identify", headers: ["Content-Type: application/json"],
                body: #"{"query":""# + String(repeating: "a", count: 65_537) + #""}"#), 413)
        expectProblem(
            try server.request("POST", "/identify", headers: ["Content-Type: application/json"], body: "{nope"), 400)
    }

    /// Over the wire, a problem speaks the negotiated language and says which.
    @Test func problemsSpeakTheNegotiatedLanguage() throws {
        let server = try LiveServer()
        let japanese = try server.request("GET", "/identify?q=%20")
        expectProblem(japanese, 400)
        #expect(japanese.object["detail"] as? String == "問い合わせが空です。")
        #expect(japanese.header("Content-Language") == "ja")
        let english = try server.request("GET", "/guide/nope", headers: ["Accept-Language: en-GB"])
        expectProblem(english, 404)
        #expect(english.object["title"] as? String == "Not Found")
        #expect(english.header("Content-Language") == "en")
        // Refused from the head, before the body is read: still in the asked-for language.
        let refused = try server.request("PUT", "/identify?lang=en", body: "q=1")
        expectProblem(refused, 405)
        #expect((refused.object["detail"] as? String)?.hasPrefix("Allowed methods:") == true)
        #expect(refused.header("Content-Language") == "en")
    }

    @Test func notFoundAndMethodNotAllowed() throws {
        let server = try LiveServer()
        expectProblem(try server.request("GET", "/admin"), 404)
        let wrongMethod = try server.request("PUT", "/identify", body: "x")
        expectProblem(wrongMethod, 405)
        #expect(wrongMethod.header("Allow") == "GET, POST, HEAD, OPTIONS")
        expectProblem(try server.request("DELETE", "/healthz"), 405)
    }

    @Test func unsupportedMediaType() throws {
        let server = try LiveServer()
        expectProblem(
            try server.request("POST", "/identify", headers: ["Content-Type: text/xml"], body: "<q>1</q>"), 415)
    }

    @Test func contentTooLarge() throws {
        let server = try LiveServer { $0.maxBodyBytes = 1024 }
        let response = try server.request(
            "POST", "/identify", headers: ["Content-Type: application/json"],
            body: #"{"query":""# + String(repeating: "a", count: 4000) + #""}"#)
        expectProblem(response, 413)
        #expect(response.header("Connection") == "close")
    }

    /// The head of a body over the limit was read: the refusal is in the negotiated language, says
    /// what to send instead, and does not call the request unreadable.
    @Test func contentTooLargeSpeaksTheClientsLanguage() throws {
        let server = try LiveServer { $0.maxBodyBytes = 1024 }
        let body = "[" + Array(repeating: #"{"query":"22122857"}"#, count: 100).joined(separator: ",") + "]"
        let english = try server.request(
            "POST", "/identify?lang=en", headers: ["Content-Type: application/json"], body: body)
        expectProblem(english, 413)
        #expect(english.header("Content-Language") == "en")
        #expect(
            (english.object["detail"] as? String)?.contains("Split a batch into parts of at most 1,000 items") == true)
        let accepted = try server.request(
            "POST", "/scan?lang=fr", headers: ["Content-Type: text/plain", "Accept-Language: en"], body: body)
        #expect(
            (accepted.object["detail"] as? String)?.hasPrefix("The statement is over the limit of 1024 bytes") == true)
        let japanese = try server.request("POST", "/identify", headers: ["Content-Type: application/json"], body: body)
        #expect((japanese.object["detail"] as? String)?.contains("読み取れませんでした") == false)
        #expect(japanese.header("Content-Language") == "ja")
    }

    @Test func targetAndHeadersTooLarge() throws {
        let server = try LiveServer()
        expectProblem(try server.request("GET", "/identify?q=" + String(repeating: "a", count: 9000)), 414)
        let manyHeaders = (0..<120).map { "X-Filler-\($0): \($0)" }
        expectProblem(try server.request("GET", "/healthz", headers: manyHeaders), 431)
    }
}
