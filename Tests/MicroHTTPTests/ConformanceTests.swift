import Foundation
import HTTPParserHarness
import Testing

@testable import MicroHTTP

/// One requirement of RFC 9112 / RFC 9110 about parsing, framing or answering a request.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    /// The section, e.g. `RFC 9112 §5.1`.
    let section: String
    /// The requirement, in short.
    let requirement: String
    /// The raw request bytes.
    let request: String
    /// The status the server must answer with: 200 for each accepted request, an error status otherwise.
    let statuses: [Int]
    /// Set where we are deliberately stricter than the RFC requires, saying how.
    let stricter: String?

    init(_ section: String, _ requirement: String, _ request: String, _ statuses: [Int], stricter: String? = nil) {
        self.section = section
        self.requirement = requirement
        self.request = request
        self.statuses = statuses
        self.stricter = stricter
    }

    var testDescription: String { "\(section): \(requirement)" }
    var rejects: Bool { statuses.last.map { $0 >= 400 } ?? false }
}

/// The conformance table: every MUST / MUST NOT (and the SHOULDs we follow) about parsing a request,
/// framing a message and answering one, each run against the parser (split at every position) and
/// against the live server over a socket.
@Suite struct ConformanceTests {
    static let host = "Host: example.com\r\n"

    static let table: [ConformanceCase] = [
        ConformanceCase(
            "RFC 9112 §2.2", "a bare CR in a field is invalid (MUST reject or replace)",
            "GET / HTTP/1.1\r\n\(host)X: a\rb\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §2.2", "a single LF MAY be accepted as a line terminator", "GET / HTTP/1.1\n\(host)\n", [400],
            stricter: "bare LF is rejected: lenient line endings are a request-smuggling vector"),
        ConformanceCase(
            "RFC 9112 §2.2", "whitespace between the start-line and the first field MUST be rejected or ignored",
            "GET / HTTP/1.1\r\n \(host)\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §2.3", "an unsupported major version is answered 505 (RFC 9110 §15.6.6)",
            "GET / HTTP/2.0\r\n\(host)\r\n", [505]),
        ConformanceCase(
            "RFC 9112 §2.3", "a higher minor version SHOULD be processed as the highest known (1.1)",
            "GET / HTTP/1.2\r\n\(host)\r\n", [505], stricter: "HTTP/1.2 does not exist; it is answered 505"),
        ConformanceCase(
            "RFC 9112 §3", "an invalid request-line SHOULD be answered 400", "GET  / HTTP/1.1\r\n\(host)\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §3", "the request-line has exactly three parts", "GET /\r\n\(host)\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §3", "a long request-target SHOULD be answered 414",
            "GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\n\(host)\r\n", [414]),
        ConformanceCase(
            "RFC 9112 §3.2", "HTTP/1.1 without Host MUST be answered 400", "GET / HTTP/1.1\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §3.2", "more than one Host MUST be answered 400",
            "GET / HTTP/1.1\r\n\(host)\(host)\r\n", [400]),
        ConformanceCase("RFC 9112 §3.2", "HTTP/1.0 may omit Host", "GET / HTTP/1.0\r\n\r\n", [200]),
        ConformanceCase(
            "RFC 9112 §3.2.2", "a server MUST accept the absolute-form",
            "GET http://example.com/a HTTP/1.1\r\n\(host)\r\n",
            [200]),
        ConformanceCase(
            "RFC 9112 §5.1", "whitespace between a field name and the colon MUST be answered 400",
            "GET / HTTP/1.1\r\nHost : example.com\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §5.2", "obsolete line folding MUST be rejected (400) or replaced",
            "GET / HTTP/1.1\r\n\(host)X: a\r\n b\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9110 §5.5", "NUL in a field value MUST be rejected or replaced",
            "GET / HTTP/1.1\r\n\(host)X: a\u{0}b\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §6.1", "a transfer coding the server does not understand SHOULD be answered 501",
            "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip\r\n\r\n", [501]),
        ConformanceCase(
            "RFC 9112 §6.1", "chunked MUST be the final coding",
            "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked, gzip\r\n\r\n",
            [501], stricter: "any coding but chunked alone is refused, so this is 501 rather than 400"),
        ConformanceCase(
            "RFC 9112 §6.1", "Transfer-Encoding in HTTP/1.0 MUST be treated as faulty framing",
            "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §6.3", "Transfer-Encoding with Content-Length: handled as an error, connection closed",
            "POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", [400],
            stricter: "RFC 9112 lets a server process the chunked framing; we refuse the request outright"),
        ConformanceCase(
            "RFC 9112 §6.3", "an invalid Content-Length MUST be answered 400",
            "POST / HTTP/1.1\r\n\(host)Content-Length: abc\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §6.3", "a signed Content-Length is invalid (1*DIGIT)",
            "POST / HTTP/1.1\r\n\(host)Content-Length: +5\r\n\r\nhello", [400]),
        ConformanceCase(
            "RFC 9112 §6.3", "differing Content-Length values MUST be answered 400",
            "POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", [400]),
        ConformanceCase(
            "RFC 9112 §6.3", "a request without framing has no body", "POST / HTTP/1.1\r\n\(host)\r\n", [200]),
        ConformanceCase(
            "RFC 9112 §7.1", "an invalid chunk size is a framing error",
            "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", [400]),
        ConformanceCase(
            "RFC 9112 §7.1.1", "unrecognised chunk extensions MUST be ignored",
            "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n0\r\n\r\n", [200]),
        ConformanceCase(
            "RFC 9112 §7.1.2", "trailer fields may be discarded",
            "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n", [200]
        ),
        ConformanceCase(
            "RFC 9112 §9.3.2", "pipelined requests MUST be answered in the order received",
            "GET /1 HTTP/1.1\r\n\(host)\r\nGET /2 HTTP/1.1\r\n\(host)\r\nGET /3 HTTP/1.1\r\n\(host)\r\n",
            [200, 200, 200]),
        ConformanceCase(
            "RFC 9110 §15.5.14", "a body over the limit is answered 413",
            "POST / HTTP/1.1\r\n\(host)Content-Length: 2000000\r\n\r\n", [413]),
        ConformanceCase(
            "RFC 6585 §5", "a header block over the limit is answered 431",
            "GET / HTTP/1.1\r\n\(host)\((0..<150).map { "X-\($0): v\r\n" }.joined())\r\n", [431]),
    ]

    @Test(arguments: table)
    func parser(_ requirement: ConformanceCase) {
        let outcome = parseEverySplit(requirement.request)
        if requirement.rejects {
            #expect(outcome.error?.status.code == requirement.statuses.last, "\(outcome)")
            #expect(outcome.requests.count == requirement.statuses.count - 1)
        } else {
            #expect(outcome.error == nil, "\(outcome)")
            #expect(outcome.requests.count == requirement.statuses.count)
        }
    }

    @Test(arguments: table)
    func liveServer(_ requirement: ConformanceCase) throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(requirement.request)
            for (index, status) in requirement.statuses.enumerated() {
                let response = try client.readResponse()
                #expect(response.status == status)
                #expect(response.header("Date") != nil, "RFC 9110 §6.6.1: an origin server with a clock MUST send Date")
                if status == 200, requirement.request.contains("GET /1") {
                    #expect(response.text.hasPrefix("GET /\(index + 1)"), "RFC 9112 §9.3.2: in order")
                }
                if status >= 400 {
                    #expect(response.header("Connection") == "close", "RFC 9112 §9.6: close after a framing error")
                    #expect(client.readsEOF())
                }
            }
        }
    }

    @Test func headAnswersWithoutContent() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("HEAD /x HTTP/1.1\r\n\(Self.host)\r\n")
            let head = try client.readResponse(headRequest: true)
            #expect(head.status == 200, "RFC 9110 §9.3.2")
            #expect(head.header("Content-Length") == "\("HEAD /x  ".utf8.count)")
            try client.send("GET /y HTTP/1.1\r\n\(Self.host)\r\n")
            #expect(try client.readResponse().text == "GET /y  ", "no stray body bytes after HEAD")
        }
    }

    @Test func connectionCloseIsHonoured() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\n\(Self.host)Connection: close\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.header("Connection") == "close", "RFC 9112 §9.6")
            #expect(client.readsEOF())
        }
    }

    @Test func http10ClosesUnlessKeepAlive() throws {
        try withServer { _, port in
            let plain = try TestClient(port: port)
            try plain.send("GET / HTTP/1.0\r\n\r\n")
            _ = try plain.readResponse()
            #expect(plain.readsEOF(), "RFC 9112 §9.3: HTTP/1.0 is not persistent by default")
            let kept = try TestClient(port: port)
            try kept.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().header("Connection") == "keep-alive")
            try kept.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().text == "GET /b  ")
        }
    }
}
