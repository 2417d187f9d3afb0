import HTTPParserHarness
import Testing

@testable import HTTPProtocol

/// The rules that keep requests from being smuggled, and the limits.
@Suite struct HTTPRequestParserStrictnessTests {
    @Test func contentLengthWithTransferEncodingIsRejected() {
        expectParseError(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            .conflictingFraming)
        expectParseError(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
            .conflictingFraming)
    }

    @Test func badContentLengthsAreRejected() {
        for value in ["3, 4", "+5", "-1", "0x10", "", "1 2", "99999999999999999999", "5,"] {
            expectParseError("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \(value)\r\n\r\n", .invalidContentLength)
        }
        expectParseError(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", .invalidContentLength)
    }

    @Test func transferCodingsOtherThanChunkedAreNotImplemented() {
        for value in ["gzip", "gzip, chunked", "chunked, chunked", "identity", "chunked;q=1"] {
            expectParseError(
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \(value)\r\n\r\n", .unsupportedTransferEncoding)
        }
        expectParseError(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n",
            .unsupportedTransferEncoding)
        #expect(HTTPParserError.unsupportedTransferEncoding.status.code == 501)
    }

    @Test func badChunksAreRejected() {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        for body in [
            "zz\r\n", "+5\r\nhello\r\n0\r\n\r\n", "\r\n", "5\nhello", "5\r\nhelloXY", "5 x\r\n",
            "10000000000000000\r\n", "-1\r\n", "5;\u{01}\r\n",
        ] {
            expectParseError(head + body, .invalidChunk)
        }
    }

    @Test func malformedFieldsAreRejected() {
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n  folded\r\n\r\n", .obsoleteLineFolding)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n\tfolded\r\n\r\n", .obsoleteLineFolding)
        expectParseError("GET / HTTP/1.1\r\nHost : a\r\n\r\n", .invalidHeader)
        expectParseError("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", .invalidHeader)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", .invalidHeader)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n", .invalidHeader)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{01}b\r\n\r\n", .invalidHeader)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n", .invalidLineEnding)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", .invalidLineEnding)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nX: a\nb\r\n\r\n", .invalidLineEnding)
        expectParseError("GET / HTTP/1.1\nHost: a\n\n", .invalidLineEnding)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\n\n", .invalidLineEnding)
        expectParseError("\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", .invalidLineEnding)
    }

    @Test func hostIsRequiredOnceOnHTTP11() {
        expectParseError("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", .missingHost)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .missingHost)
        #expect(parseEverySplit("GET / HTTP/1.0\r\n\r\n").requests.count == 1)
    }

    @Test func badRequestLinesAreRejected() {
        for line in [
            "GET /", "GET  / HTTP/1.1", "GET / HTTP/1.1 ", " GET / HTTP/1.1", "G(T / HTTP/1.1",
            "GET / HTTP/1", "GET / http/1.1", "GET / HTTP/1.10", "GET / HTTP/x.y", "/ HTTP/1.1", "GET",
        ] {
            expectParseError("\(line)\r\nHost: a\r\n\r\n", .invalidRequestLine)
        }
        #expect(HTTPParserError.invalidRequestLine.status.code == 400)
    }

    @Test func unknownVersionsAreNotSupported() {
        for version in ["HTTP/2.0", "HTTP/1.2", "HTTP/0.9", "HTTP/3.0"] {
            expectParseError("GET / \(version)\r\nHost: a\r\n\r\n", .unsupportedVersion)
        }
        #expect(HTTPParserError.unsupportedVersion.status.code == 505)
    }

    @Test func requestTargetLimit() {
        let limits = HTTPRequestParser.Limits(maxRequestTargetBytes: 100)
        expectParseError(
            "GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\nHost: a\r\n\r\n", .targetTooLong, limits: limits)
        #expect(
            parseEverySplit("GET /\(String(repeating: "a", count: 99)) HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits)
                .requests.count == 1)
        // A target that never ends is cut without waiting for the line end.
        let endless = parse([Array("GET /\(String(repeating: "a", count: 300))".utf8)], limits: limits)
        #expect(endless.error == .targetTooLong)
        // A long method in one segment is bounded the same way, not read as an unknown method.
        expectParseError(
            "\(String(repeating: "M", count: 300)) / HTTP/1.1\r\nHost: a\r\n\r\n", .targetTooLong, limits: limits)
        #expect(HTTPParserError.targetTooLong.status.code == 414)
    }

    @Test func headerBlockLimits() {
        let small = HTTPRequestParser.Limits(maxHeaderBytes: 64, maxHeaderFields: 3)
        expectParseError(
            "GET / HTTP/1.1\r\nHost: a\r\nX: \(String(repeating: "b", count: 64))\r\n\r\n", .headersTooLarge,
            limits: small)
        expectParseError("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", .headersTooLarge, limits: small)
        #expect(parseEverySplit("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\n\r\n", limits: small).requests.count == 1)
        let endless = parse([Array("GET / HTTP/1.1\r\nX: \(String(repeating: "b", count: 100))".utf8)], limits: small)
        #expect(endless.error == .headersTooLarge)
        #expect(HTTPParserError.headersTooLarge.status.code == 431)
    }

    @Test func bodyLimitIsDecidedFromContentLength() {
        let limits = HTTPRequestParser.Limits(maxBodyBytes: 10)
        expectParseError("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", .bodyTooLarge, limits: limits)
        #expect(
            parseEverySplit("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789", limits: limits)
                .requests.count == 1)
        #expect(HTTPParserError.bodyTooLarge.status.code == 413)
    }

    /// A declared length over the limit is refused, but the head was read: it is kept for the
    /// answer (the client's language, the route), and only for this error.
    @Test func aRefusedLengthKeepsItsHead() {
        var parser = HTTPRequestParser(limits: HTTPRequestParser.Limits(maxBodyBytes: 10))
        let (event, _) = parser.parse(
            Array("POST /scan?lang=en HTTP/1.1\r\nHost: a\r\nAccept-Language: en\r\nContent-Length: 11\r\n\r\n".utf8))
        guard case .error(let error) = event else {
            Issue.record("expected an error, got \(event)")
            return
        }
        #expect(error == .bodyTooLarge)
        #expect(parser.refusedHead?.path == "/scan")
        #expect(parser.refusedHead?.headers["Accept-Language"] == "en")
        var other = HTTPRequestParser()
        _ = other.parse(Array("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n".utf8))
        #expect(other.refusedHead == nil)
    }

    @Test func chunkedBodyIsCutAtTheLimit() {
        let limits = HTTPRequestParser.Limits(maxBodyBytes: 10)
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        expectParseError(head + "6\r\nabcdef\r\n5\r\n", .bodyTooLarge, limits: limits)
        #expect(parseEverySplit(head + "6\r\nabcdef\r\n4\r\nghij\r\n0\r\n\r\n", limits: limits).requests.count == 1)
    }

    @Test func trailersAreBounded() {
        let limits = HTTPRequestParser.Limits(maxHeaderBytes: 32)
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
        expectParseError(head + "X: \(String(repeating: "t", count: 40))\r\n\r\n", .headersTooLarge, limits: limits)
        expectParseError(head + "X: a\nY: b\r\n\r\n", .invalidLineEnding)
    }

    /// Trailer lines are held to the rules of header fields: what a head refuses, trailers refuse.
    @Test(arguments: [
        ("X-Control: a\u{1}b\r\n", HTTPParserError.invalidHeader),
        ("X: a\r\n folded\r\n", .obsoleteLineFolding),
        ("GET /smuggled HTTP/1.1\r\n", .invalidHeader),
        (": no name\r\n", .invalidHeader),
        ("Bad Name: x\r\n", .invalidHeader),
        ("X: a\u{7F}\r\n", .invalidHeader),
    ])
    func trailersAreCheckedAsHeaderFields(trailer: String, error: HTTPParserError) {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n"
        expectParseError(head + trailer + "\r\n", error)
        #expect(parseEverySplit(head + "X-Checksum: abc\r\nY: 1\r\n\r\n").requests.count == 1)
    }

    /// A chunk extension has a name; its value, when given, is a token or a quoted string.
    @Test(arguments: ["5;name=value", "5 ; a ; b=\"q\\\"x\"", "5;a=b;c", "5;a = \"b c\""])
    func wellFormedChunkExtensionsAreIgnored(size: String) {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(parseEverySplit(head + size + "\r\nhello\r\n0\r\n\r\n").requests.count == 1)
    }

    @Test(arguments: ["5;", "5;=x", "5;a=b c", "5;a=\"open", "5;a=", "5 x", "5;a b"])
    func malformedChunkExtensionsAreRefused(size: String) {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        expectParseError(head + size + "\r\nhello\r\n0\r\n\r\n", .invalidChunk)
    }

    @Test func trailerFieldsAreCounted() {
        let limits = HTTPRequestParser.Limits(maxHeaderFields: 3)
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
        expectParseError(head + String(repeating: "T: 1\r\n", count: 4) + "\r\n", .headersTooLarge, limits: limits)
        #expect(
            parseEverySplit(head + String(repeating: "T: 1\r\n", count: 3) + "\r\n", limits: limits).requests.count == 1
        )
    }
}
