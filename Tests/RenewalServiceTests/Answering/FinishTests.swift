import Foundation
import Logging
import MicroHTTP
import Testing

@testable import RenewalService

/// Every answer leaves the service one way: a refusal at the head and an unreadable request get
/// the request id, `nosniff`, CORS, a metrics count and an access-log line, as a handler's
/// answer does.
@Suite struct FinishTests {
    private static let portal = "https://portal.example"

    private func service(_ captured: CapturedOutput) -> RenewalService {
        var configuration = ServiceConfiguration()
        configuration.corsOrigins = [Self.portal]
        return RenewalService(
            configuration: configuration, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            accessLog: .output(captured.output))
    }

    /// A head announcing a 5,000-byte body.
    private func head(_ method: HTTPMethod, _ path: String, _ headers: [(String, String)]) -> HTTPRequestHead {
        var request = HTTPRequest.make(method, path, headers: headers, body: "x")
        request.head.framing = .contentLength(5000)
        return request.head
    }

    private func record(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func aRefusalAtTheHeadIsFinishedLikeAnyAnswer() throws {
        let captured = CapturedOutput()
        let service = service(captured)
        let refusal = try #require(
            service.checkHead(head(.post, "/identify", [("Origin", Self.portal), ("X-Request-ID", "head-1")])))
        #expect(refusal.status == .unsupportedMediaType)
        #expect(refusal.headers["X-Request-ID"] == "head-1")
        #expect(refusal.headers["X-Content-Type-Options"] == "nosniff")
        #expect(refusal.headers["Access-Control-Allow-Origin"] == Self.portal)
        #expect(refusal.headers["Cache-Control"] == "no-store")
        let metrics = service.respond(to: .make(.get, "/metrics")).text
        #expect(metrics.contains(#"http_requests_total{route="/identify",method="POST",status="415"} 1"#))
        let line = try record(try #require(captured.lines().first))
        #expect(line["request_id"] as? String == "head-1")
        #expect(line["route"] as? String == "/identify")
        #expect(line["status"] as? Int == 415)
    }

    @Test func aBodyOverTheLimitIsFinishedInTheClientsLanguage() throws {
        let captured = CapturedOutput()
        let service = service(captured)
        let refusal = service.respond(
            to: HTTPProtocolError(status: .contentTooLarge, detail: "too large"),
            head: head(.post, "/scan", [("Origin", Self.portal), ("Accept-Language", "en")]),
            context: HTTPRequestContext())
        #expect(refusal.status == .contentTooLarge)
        #expect(refusal.headers["Content-Language"] == "en")
        #expect(refusal.headers["Access-Control-Allow-Origin"] == Self.portal)
        #expect(refusal.text.contains("Split it into files"))
        let line = try record(try #require(captured.lines().first))
        #expect(line["route"] as? String == "/scan")
        #expect(line["status"] as? Int == 413)
    }

    @Test func anUnreadableRequestIsCountedAndLogged() throws {
        let captured = CapturedOutput()
        let service = service(captured)
        let response = service.respond(
            to: HTTPProtocolError(status: .badRequest, detail: "The request line is malformed."),
            context: HTTPRequestContext())
        #expect(response.status == .badRequest)
        #expect(response.headers["X-Request-ID"]?.isEmpty == false)
        let line = try record(try #require(captured.lines().first))
        #expect(line["method"] as? String == "-")
        #expect(line["route"] as? String == "unmatched")
        #expect(line["status"] as? Int == 400)
        #expect(line["request_id"] as? String == response.headers["X-Request-ID"])
    }

    /// The head check and the answer refuse the same requests, with the same status: both resolve
    /// the route in one place.
    @Test(arguments: [
        (HTTPMethod.get, "/nope"), (.post, "/guide"), (.delete, "/identify"), (HTTPMethod(rawValue: "BREW"), "/pot"),
        (.head, "/scan"), (.options, "/nope"), (.put, "/healthz"),
    ])
    func theHeadCheckAndTheAnswerAgree(method: HTTPMethod, path: String) throws {
        let service = standardService
        let atHead = try #require(service.checkHead(head(method, path, [("Content-Type", "text/plain")])))
        let answered = service.respond(to: .make(method, path, headers: [("Content-Type", "text/plain")], body: "x"))
        #expect(atHead.status == answered.status)
        #expect(atHead.headers["Allow"] == answered.headers["Allow"])
    }

    /// What the head check admits, the answer does not refuse for its route or method.
    @Test(arguments: [
        (HTTPMethod.post, "/identify"), (.post, "/scan"), (.post, "/"), (.options, "/identify"), (.options, "*"),
        (.post, "/mcp"),
    ])
    func whatTheHeadCheckAdmitsIsRouted(method: HTTPMethod, path: String) {
        let service = standardService
        #expect(service.checkHead(head(method, path, [("Content-Type", "text/plain")])) == nil)
        let answered = service.respond(to: .make(method, path, headers: [("Content-Type", "text/plain")], body: "x"))
        #expect(![404, 405, 501].contains(answered.status.code), "\(answered.status)")
    }
}
