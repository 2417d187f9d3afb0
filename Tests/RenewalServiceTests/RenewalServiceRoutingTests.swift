import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

@Suite struct RenewalServiceRoutingTests {
    let service = standardService

    @Test func guideListsEveryProvider() {
        let response = service.respond(to: .make(.get, "/guide"))
        #expect(response.status == .ok)
        let providers = response.object["providers"] as? [[String: Any]] ?? []
        #expect(providers.compactMap { $0["id"] as? String }.count == 8)
        #expect(response.object["customerService"] as? String == "/guide/customer-service")
    }

    @Test(arguments: [
        "my-kaspersky", "allsoft", "nexway", "digital-river", "2checkout", "app-store", "google-play", "huawei",
    ])
    func everyGuideInBothLanguages(id: String) {
        for language in ["ja", "en"] {
            let response = service.respond(to: .make(.get, "/guide/\(id)", query: [("lang", language)]))
            #expect(response.status == .ok)
            #expect((response.object["provider"] as? [String: String])?["id"] == id)
            #expect(response.object["language"] as? String == language)
            #expect(((response.object["sections"] as? [[String: Any]])?.first?["steps"] as? [Any])?.isEmpty == false)
            #expect(response.headers["Content-Language"] == language)
        }
    }

    @Test(arguments: [("2co", "2checkout"), ("IOS", "app-store"), ("android", "google-play"), ("AppGallery", "huawei")])
    func aliasesReachTheCanonicalGuide(alias: String, id: String) {
        let response = service.respond(to: .make(.get, "/guide/\(alias)"))
        #expect((response.object["provider"] as? [String: String])?["id"] == id)
    }

    @Test func nexwayProductNarrowsTheGuide() {
        let all = service.respond(to: .make(.get, "/guide/nexway")).object["sections"] as? [Any]
        let plus = service.respond(to: .make(.get, "/guide/nexway", query: [("product", "plus")])).object["sections"]
        let other = service.respond(to: .make(.get, "/guide/nexway", query: [("product", "Safe Kids")])).object
        #expect(all?.count == 3)
        #expect((plus as? [Any])?.count == 1)
        #expect(((other["sections"] as? [[String: Any]])?.first?["products"] as? [String]) == ["other"])
    }

    @Test func customerServiceGuide() {
        let response = service.respond(to: .make(.get, "/guide/customer-service"))
        #expect(response.status == .ok)
        #expect(response.object["provider"] is NSNull)
    }

    @Test func unknownGuideIs404ListingValidIds() {
        let response = service.respond(to: .make(.get, "/guide/paypal"))
        #expect(response.status == .notFound)
        #expect((response.object["detail"] as? String)?.contains("digital-river") == true)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test(arguments: ["/index.html", "/nope", "/guide/a/b", "/identify/x", "/healthz/"])
    func unknownPathsAre404(path: String) {
        #expect(service.respond(to: .make(.get, path)).status == .notFound)
    }

    @Test func wrongMethodIs405WithAllow() {
        let response = service.respond(to: .make(.delete, "/guide"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(service.respond(to: .make(.post, "/healthz")).headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    /// RFC 9110: a method the server knows but the resource does not allow is 405 with `Allow`; a
    /// method it does not know at all (`M-SEARCH`, `BREW`) is 405 on a known path and 501 elsewhere.
    @Test func unknownMethodsAre405OnKnownPathsAnd501Elsewhere() {
        let search = HTTPMethod(rawValue: "M-SEARCH")
        #expect(service.respond(to: .make(search, "/identify")).status == .methodNotAllowed)
        let unknown = service.respond(to: .make(HTTPMethod(rawValue: "BREW"), "/coffee"))
        #expect(unknown.status == .notImplemented)
        #expect(unknown.headers["Content-Type"]?.hasPrefix("application/problem+json") == true)
        #expect(service.respond(to: .make(.delete, "/coffee")).status == .notFound)
        let head = HTTPRequestHead(
            method: search, target: "/nope", path: "/nope", query: [], version: .http11,
            headers: ["Host": "x", "Content-Length": "2"], framing: .contentLength(2))
        #expect(service.checkHead(head)?.status == .notImplemented)
    }

    @Test func headIsAnsweredLikeGet() {
        let get = service.respond(to: .make(.get, "/guide/allsoft"))
        let head = service.respond(to: .make(.head, "/guide/allsoft"))
        #expect(head.status == .ok)
        #expect(head.body == get.body)  // the server, not the app, drops a HEAD body
        #expect(head.headers["Content-Type"] == get.headers["Content-Type"])
    }

    @Test func healthAndReadiness() {
        let local = makeService()
        #expect(local.respond(to: .make(.get, "/healthz")).text == #"{"status":"ok"}"#)
        #expect(local.respond(to: .make(.get, "/readyz")).status == .ok)
        // The server's state comes with each request.
        let shuttingDown = HTTPRequestContext(state: .draining)
        let draining = local.respond(to: .make(.get, "/readyz"), context: shuttingDown)
        #expect(draining.status == .serviceUnavailable)
        #expect(draining.headers["Retry-After"] == "1")
        #expect(local.respond(to: .make(.get, "/healthz"), context: shuttingDown).status == .ok)
    }

    @Test func metricsCountRequestsAndIdentifications() {
        let local = makeService()
        _ = local.respond(to: .make(.get, "/identify", query: [("q", "22122857")]))
        _ = local.respond(to: .make(.get, "/nope"))
        let text = local.respond(to: .make(.get, "/metrics")).text
        #expect(text.contains(#"http_requests_total{route="/identify",method="GET",status="200"} 1"#))
        #expect(text.contains(#"http_requests_total{route="unmatched",method="GET",status="404"} 1"#))
        #expect(text.contains(#"renewal_identifications_total{provider="2checkout",status="identified"} 1"#))
        #expect(text.contains("http_request_duration_seconds_bucket"))
        #expect(text.contains("http_open_connections"))
    }

    @Test func requestIDIsKeptWhenWellFormedAndMadeOtherwise() {
        let kept = service.respond(to: .make(.get, "/healthz", headers: [("X-Request-ID", "abc-123.x:y_z")]))
        #expect(kept.headers["X-Request-ID"] == "abc-123.x:y_z")
        let replaced = service.respond(to: .make(.get, "/healthz", headers: [("X-Request-ID", "bad id<script>")]))
        #expect(replaced.headers["X-Request-ID"]?.count == 32)
        #expect(replaced.headers["X-Request-ID"] != "bad id<script>")
    }

    @Test func protocolErrorsAreProblems() {
        let response = service.respondToProtocolError(.requestHeaderFieldsTooLarge, "Too many header fields.")
        #expect(response.status.code == 431)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        // No language could be negotiated from a request that was not read: the default's, with the
        // parser's exact fault kept.
        #expect(response.object["title"] as? String == "リクエストヘッダーが大きすぎます")
        #expect((response.object["detail"] as? String)?.hasSuffix("詳細: Too many header fields.") == true)
        let english = makeService { $0.defaultLanguage = .en }
        let inEnglish = english.respondToProtocolError(.requestHeaderFieldsTooLarge, "Too many header fields.")
        #expect(inEnglish.object["detail"] as? String == "Too many header fields.")
    }

    @Test func headCheckRefusesBeforeTheBody() {
        func head(_ method: HTTPMethod, _ path: String, _ headers: [(String, String)]) -> HTTPRequestHead {
            var request = HTTPRequest.make(method, path, headers: headers, body: "x")
            request.head.framing = .contentLength(5000)
            return request.head
        }
        #expect(service.checkHead(head(.post, "/nope", [("Content-Type", "application/json")]))?.status == .notFound)
        #expect(
            service.checkHead(head(.post, "/guide", [("Content-Type", "application/json")]))?.status
                == .methodNotAllowed)
        #expect(service.checkHead(head(.post, "/identify", []))?.status == .unsupportedMediaType)
        #expect(service.checkHead(head(.post, "/identify", [("Content-Type", "application/json")])) == nil)
    }

    @Test func openAPIDocumentIsServed() {
        let response = service.respond(to: .make(.get, "/openapi.yaml"))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/yaml; charset=utf-8")
    }
}

/// Every answer tells browsers not to sniff its type; answers that echo what a customer pasted
/// are never cached.
@Suite struct ResponseHeaderPolicyTests {
    let service = standardService

    @Test(arguments: [
        HTTPRequest.make(.get, "/identify", query: [("q", "22122857")]),
        HTTPRequest.make(.get, "/identify", query: [("q", "22122857"), ("format", "text")]),
        HTTPRequest.make(.get, "/identify", query: [("q", "")]),
        HTTPRequest.make(.get, "/guide/2co"), HTTPRequest.make(.get, "/healthz"), HTTPRequest.make(.get, "/nowhere"),
        HTTPRequest.make(.post, "/scan", headers: [("Content-Type", "text/plain")], body: "2025/04/01 DR*EFMSPL 4,980"),
    ])
    func everyAnswerForbidsSniffing(request: HTTPRequest) {
        #expect(service.respond(to: request).headers["X-Content-Type-Options"] == "nosniff", "\(request.path)")
    }

    @Test func answersRefusedAtTheHeadAndProtocolErrorsForbidSniffingToo() throws {
        let head = try #require(
            HTTPRequest.make(.post, "/nowhere", headers: [("Content-Type", "text/plain")], body: "x").head
                as HTTPRequestHead?)
        #expect(service.checkHead(head)?.headers["X-Content-Type-Options"] == "nosniff")
        #expect(service.respondToProtocolError(.badRequest, "bad").headers["X-Content-Type-Options"] == "nosniff")
    }

    @Test(arguments: [
        HTTPRequest.make(.get, "/identify", query: [("q", "22122857")]),
        HTTPRequest.make(.post, "/identify", headers: [("Content-Type", "application/json")], body: #"{"query":"x"}"#),
        HTTPRequest.make(.post, "/scan", headers: [("Content-Type", "text/plain")], body: "2025/04/01 DR*EFMSPL 4,980"),
    ])
    func whatEchoesThePastedTextIsNotCached(request: HTTPRequest) {
        #expect(service.respond(to: request).headers["Cache-Control"] == "no-store", "\(request.path)")
    }
}

/// What runs on a worker rather than the loop: the page for a question, a scan, a large
/// `/identify` body; never a probe.
@Suite struct WorkerRoutingTests {
    let service = standardService

    @Test(arguments: [
        (HTTPRequest.make(.get, "/", query: [("q", "kaspersky")]), true),
        (
            HTTPRequest.make(.post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "q=x"),
            true
        ),
        (HTTPRequest.make(.get, "/"), false),
        (HTTPRequest.make(.post, "/scan", headers: [("Content-Type", "text/plain")], body: "x"), true),
        (HTTPRequest.make(.post, "/identify", headers: [("Content-Length", "5000")], body: "x"), true),
        (HTTPRequest.make(.post, "/identify", headers: [("Content-Length", "40")], body: "x"), false),
        (HTTPRequest.make(.get, "/identify", query: [("q", "22122857")]), false),
        (HTTPRequest.make(.get, "/healthz"), false), (HTTPRequest.make(.get, "/readyz"), false),
    ])
    func costlyRoutes(request: HTTPRequest, onWorker: Bool) {
        #expect(service.runsOnWorker(request.head) == onWorker, "\(request.method) \(request.path)")
    }
}
