import HTTPParserHarness
import Testing

@testable import HTTPProtocol

@Suite struct HTTPRequestParserTests {
    @Test func simpleGet() {
        let outcome = parseEverySplit("GET /hello HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.requests.count == 1)
        let request = outcome.requests[0]
        #expect(request.method == "GET")
        #expect(request.path == "/hello")
        #expect(request.version == "HTTP/1.1")
        #expect(request.headers == ["Host: example.com", "Accept: */*"])
        #expect(request.keepAlive)
        #expect(request.body.isEmpty)
    }

    @Test func headerValuesAreTrimmedAndRepeatedFieldsKept() {
        let outcome = parseEverySplit(
            "GET / HTTP/1.1\r\nHOST: a\r\nX-A:  1 \t\r\nx-a: 2\r\nEmpty:\r\n\r\n")
        #expect(outcome.requests.first?.headers == ["HOST: a", "X-A: 1", "x-a: 2", "Empty: "])
    }

    @Test func leadingEmptyLinesAreIgnored() {
        let outcome = parseEverySplit("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.requests.count == 1)
        #expect(outcome.error == nil)
    }

    @Test func contentLengthBody() {
        let outcome = parseEverySplit("POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world")
        #expect(outcome.requests.first?.body == Array("hello world".utf8))
        #expect(outcome.requests.first?.framing == .contentLength(11))
    }

    @Test func zeroContentLengthAndRepeatedEqualValuesAreAccepted() {
        let outcome = parseEverySplit(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n"
                + "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\nabc")
        #expect(outcome.requests.map(\.body) == [[], Array("abc".utf8)])
    }

    @Test func chunkedBodyWithExtensionsAndTrailers() {
        let outcome = parseEverySplit(
            "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n1 ; x\r\n \r\nA\r\n0123456789\r\n0;last\r\nX-Trailer: yes\r\nY: z\r\n\r\n"
                + "GET /next HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.requests.map(\.path) == ["/c", "/next"])
        #expect(outcome.requests.first?.body == Array("hello 0123456789".utf8))
        #expect(outcome.requests.first?.framing == .chunked)
    }

    @Test func transferEncodingIsCaseInsensitive() {
        let outcome = parseEverySplit(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        #expect(outcome.requests.first?.body == Array("abc".utf8))
    }

    @Test func pipelinedRequestsComeOutInOrder() {
        let outcome = parseEverySplit(
            "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi"
                + "POST /3 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nyo\r\n0\r\n\r\n"
                + "HEAD /4 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.requests.map(\.path) == ["/1", "/2", "/3", "/4"])
        #expect(outcome.requests.map(\.method) == ["GET", "POST", "POST", "HEAD"])
        #expect(outcome.requests.map(\.body) == [[], Array("hi".utf8), Array("yo".utf8), []])
    }

    @Test func keepAliveRules() {
        let outcome = parseEverySplit(
            "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /b HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, CLOSE\r\n\r\n"
                + "GET /c HTTP/1.0\r\n\r\n"
                + "GET /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(outcome.requests.map(\.keepAlive) == [true, false, false, true])
        #expect(outcome.requests.map(\.version) == ["HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/1.0"])
    }

    @Test func expectContinue() {
        let outcome = parseEverySplit(
            "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nx")
        #expect(outcome.requests.first?.expectsContinue == true)
    }

    @Test func percentDecoding() {
        let outcome = parseEverySplit(
            "GET /caf%C3%A9/a%20b+c?q=r%C3%A9sum%C3%A9+now&empty=&flag&x=%2B%26 HTTP/1.1\r\nHost: a\r\n\r\n")
        let request = outcome.requests.first
        #expect(request?.path == "/café/a b+c")
        #expect(request?.target == "/caf%C3%A9/a%20b+c?q=r%C3%A9sum%C3%A9+now&empty=&flag&x=%2B%26")
        #expect(request?.query == ["q=résumé now", "empty=", "flag=", "x=+&"])
    }

    /// The path gets a leading `/` only when the raw target has none: a decoded path that starts
    /// with `/` and a combining mark (one Character, so `hasPrefix("/")` is false) is left alone.
    @Test func leadingSlashIsJudgedOnTheRawBytes() {
        let outcome = parseEverySplit(
            "GET /%CC%B8 HTTP/1.1\r\nHost: a\r\n\r\n" + "GET http://example.com?y=1 HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET http://example.com/%2Fx HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.requests.map { Array($0.path.utf8) } == [[0x2F, 0xCC, 0xB8], [0x2F], Array("//x".utf8)])
    }

    /// Only the exact tokens map to the shared methods; near misses keep their own token.
    @Test func methodsAreMatchedExactly() {
        let methods = [
            "GET", "PUT", "HEAD", "POST", "PET", "GAT", "GEX", "HEAS", "POAD", "HOST", "PEAD", "get", "DELETE",
        ]
        let text = methods.map { "\($0) / HTTP/1.1\r\nHost: a\r\n\r\n" }.joined()
        let outcome = parseEverySplit(text)
        #expect(outcome.error == nil)
        #expect(outcome.requests.map(\.method) == methods)
    }

    @Test func absoluteFormAndAsteriskTargets() {
        let outcome = parseEverySplit(
            "GET http://example.com/x?y=1 HTTP/1.1\r\nHost: example.com\r\n\r\n"
                + "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.requests.map(\.path) == ["/x", "*"])
        #expect(outcome.requests.first?.query == ["y=1"])
    }

    @Test func invalidTargetsAreRejected() {
        expectParseError("GET /%FF HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET /?q=%C3 HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET /%2 HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET relative HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET * HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET /a#frag HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
        expectParseError("GET /\u{7F} HTTP/1.1\r\nHost: a\r\n\r\n", .invalidTarget)
    }
}
