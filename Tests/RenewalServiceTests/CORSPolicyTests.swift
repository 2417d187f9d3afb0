import MicroHTTP
import Testing

@testable import RenewalService

@Suite struct CORSPolicyTests {
    @Test func noOriginIsAllowedByDefault() {
        let service = standardService
        let response = service.respond(
            to: .make(
                .options, "/identify",
                headers: [("Origin", "https://portal.example"), ("Access-Control-Request-Method", "POST")]))
        #expect(response.status == .noContent)
        #expect(response.headers["Access-Control-Allow-Origin"] == nil)
        #expect(response.headers["Allow"] == "GET, POST, HEAD, OPTIONS")
    }

    @Test func preflightForAConfiguredOrigin() {
        let service = makeService { $0.corsOrigins = ["https://portal.example"] }
        let response = service.respond(
            to: .make(
                .options, "/identify",
                headers: [("Origin", "https://portal.example"), ("Access-Control-Request-Method", "POST")]))
        #expect(response.status == .noContent)
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://portal.example")
        #expect(response.headers["Access-Control-Allow-Methods"]?.contains("POST") == true)
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("Content-Type") == true)
        #expect(response.headers.values(name: "Vary").contains("Origin"))
    }

    @Test func simpleRequestGetsAllowOriginOnlyForAllowedOrigins() {
        let service = makeService { $0.corsOrigins = ["https://portal.example"] }
        let allowed = service.respond(to: .make(.get, "/healthz", headers: [("Origin", "https://portal.example")]))
        #expect(allowed.headers["Access-Control-Allow-Origin"] == "https://portal.example")
        #expect(allowed.headers["Access-Control-Expose-Headers"]?.contains("X-Request-ID") == true)
        let other = service.respond(to: .make(.get, "/healthz", headers: [("Origin", "https://evil.example")]))
        #expect(other.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func wildcard() {
        let service = makeService { $0.corsOrigins = ["*"] }
        let response = service.respond(to: .make(.get, "/healthz", headers: [("Origin", "https://any.example")]))
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
    }
}
