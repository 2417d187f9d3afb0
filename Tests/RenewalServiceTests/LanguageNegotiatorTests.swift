import MicroHTTP
import RenewalRules
import Testing

@testable import RenewalService

@Suite struct LanguageNegotiatorTests {
    let negotiator = LanguageNegotiator(defaultLanguage: .ja)

    @Test(arguments: [
        ("en", Language.en), ("ja-JP", .ja), ("en-US,en;q=0.9", .en), ("fr, en;q=0.5, ja;q=0.7", .ja),
        ("de", .ja), ("*", .ja), ("en;q=0, ja;q=0.1", .ja), ("EN-gb", .en), ("ja;q=0.2, en;q=0.9", .en), ("", .ja),
    ])
    func acceptLanguage(header: String, expected: Language) throws {
        #expect(try negotiator.language(queryParameter: nil, acceptLanguage: header) == expected)
    }

    /// RFC 9110's qvalue is `0[.ddd]` or `1[.000]`: an entry with any other q is left out.
    @Test(arguments: [
        ("en;q=0x1p-1, ja;q=0.1", Language.ja), ("en;q=infinity, ja;q=0.2", .ja), ("en;q=.5, ja;q=0.1", .ja),
        ("en;q=1.5, ja;q=0.1", .ja), ("en;q=1.001, ja;q=0.1", .ja), ("en;q=0.1234, ja;q=0.1", .ja),
        ("en;q=1.000, ja;q=0.9", .en), ("en;q=0.5, ja;q=0.499", .en), ("en;q=1., ja;q=0.9", .en), ("en;q=0", .ja),
    ])
    func qValuesFollowTheGrammar(header: String, expected: Language) throws {
        #expect(try negotiator.language(queryParameter: nil, acceptLanguage: header) == expected, "\(header)")
    }

    @Test func queryParameterWins() throws {
        #expect(try negotiator.language(queryParameter: "en", acceptLanguage: "ja") == .en)
        #expect(throws: ServiceError.self) { try negotiator.language(queryParameter: "xx", acceptLanguage: nil) }
    }

    @Test(arguments: [("ja-JP", Language.ja), ("en-US", .en), ("EN", .en), ("en_GB", .en), ("JA", .ja)])
    func langTakesTagsAsBrowsersSendThem(tag: String, expected: Language) throws {
        #expect(try negotiator.language(queryParameter: tag, acceptLanguage: "ja") == expected)
    }

    @Test func anEmptyLangMeansNoChoice() throws {
        #expect(try negotiator.language(queryParameter: "", acceptLanguage: "en") == .en)
        #expect(try negotiator.language(queryParameter: "", acceptLanguage: nil) == .ja)
    }

    @Test(arguments: ["fr", "ja-", "en--US", "english", "en-toolongsubtag"])
    func anyOtherLangIsRefused(tag: String) {
        #expect(throws: ServiceError.self) { try negotiator.language(queryParameter: tag, acceptLanguage: nil) }
    }
}

/// Q-value headers are read with bounded work: 32 entries, 8 parameters each, and no entry longer
/// than any tag or media type.
@Suite struct QualityValueBoundTests {
    @Test func entriesPastTheThirtySecondAreNotRead() {
        let header = (0..<1_000).map { "x\($0);q=0.5" }.joined(separator: ",")
        #expect(QualityValues.parse(header).count == QualityValues.maximumEntries)
    }

    @Test func parametersPastTheEighthAreNotRead() {
        let parameters = Array(repeating: "a=b", count: 5_000).joined(separator: ";")
        let parsed = QualityValues.parse("en;\(parameters);q=0.5,ja;q=0.8")
        // The q after 5,000 parameters is never reached; the entry is dropped, and the next is read.
        #expect(parsed.map(\.value) == ["ja"])
    }

    @Test func anEntryLongerThanAnyTagIsLeftOut() {
        let parsed = QualityValues.parse(String(repeating: "a", count: 300) + ",en;q=0.9")
        #expect(parsed.map(\.value) == ["en"])
    }
}

/// The refusal itself is in the reader's language: an unsupported `lang` falls back to
/// `Accept-Language` for the problem that says so.
@Suite struct RefusalLanguageTests {
    @Test func anUnsupportedLangIsRefusedInTheAcceptedLanguage() {
        let response = standardService.respond(
            to: .make(
                .get, "/identify", query: [("q", "22122857"), ("lang", "fr")], headers: [("Accept-Language", "en")]))
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Language"] == "en")
        #expect((response.object["detail"] as? String)?.hasPrefix("Unsupported lang") == true)
    }

    /// A body over the limit was read as HTTP: its refusal says it is too large, not unreadable.
    @Test func aBodyTooLargeIsNotCalledUnreadable() {
        let problem = ServiceError.protocolError(.contentTooLarge, "Request body exceeds 1048576 bytes")
        #expect(problem.detail(in: .ja).hasPrefix("本文が大きすぎます"))
        #expect(!problem.detail(in: .ja).contains("読み取れませんでした"))
    }

    /// A refusal for the server's own load, or a request too slow to arrive, is not called
    /// unreadable either: the first says to send it again.
    @Test func aBusyServerOrASlowRequestIsNotCalledUnreadable() {
        let busy = ServiceError.protocolError(.serviceUnavailable, "The server has as many large requests in hand")
        #expect(busy.detail(in: .ja).hasPrefix("サーバーが混み合っています"))
        #expect(busy.detail(in: .ja).contains("送り直してください"))
        let slow = ServiceError.protocolError(.requestTimeout, "The request took too long to arrive.")
        #expect(slow.detail(in: .ja).hasPrefix("リクエストが時間内に届きませんでした"))
        for problem in [busy, slow] { #expect(!problem.detail(in: .ja).contains("読み取れませんでした")) }
        #expect(busy.detail(in: .en) == "The server has as many large requests in hand")
    }

    /// A 503 for the server's load, refused with the head in hand, speaks the client's language and
    /// echoes its request id.
    @Test func aBusyRefusalWithItsHeadSpeaksTheClientsLanguage() {
        var request = HTTPRequest.make(
            .post, "/identify", headers: [("Accept-Language", "en"), ("X-Request-ID", "busy-1")], body: "x")
        request.head.framing = .contentLength(5000)
        let response = standardService.respond(
            to: HTTPProtocolError(status: .serviceUnavailable, detail: "The server is busy."), head: request.head,
            context: HTTPRequestContext())
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers["Content-Language"] == "en")
        #expect(response.headers["X-Request-ID"] == "busy-1")
        #expect(response.text.contains("The server is busy."))
    }
}
