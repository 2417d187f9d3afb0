import MicroHTTP
import Testing

@testable import RenewalService

/// What a method and a path come to, decided once for the head check and the answer.
@Suite struct RouteResolutionTests {
    private func resolve(_ method: HTTPMethod, _ path: String) -> Result<RouteResolution, ServiceError> {
        Result { () throws(ServiceError) in
            try RouteResolution.resolve(method: method, path: path, matched: Route.match(path: path))
        }
    }

    @Test func resolutions() {
        #expect(resolve(.options, "*") == .success(.serverOptions))
        #expect(resolve(.options, "/identify") == .success(.preflight(.identify)))
        #expect(resolve(.get, "/guide/allsoft") == .success(.handler(Route.Match(.guide, "allsoft"))))
        #expect(resolve(.head, "/guide") == .success(.handler(Route.Match(.guides))), "HEAD is answered as GET")
        #expect(resolve(.post, "/scan") == .success(.handler(Route.Match(.scan))))
    }

    @Test func refusals() {
        #expect(status(resolve(.get, "/nope")) == .notFound)
        #expect(status(resolve(.options, "/nope")) == .notFound)
        #expect(status(resolve(HTTPMethod(rawValue: "BREW"), "/nope")) == .notImplemented)
        #expect(status(resolve(HTTPMethod(rawValue: "BREW"), "/identify")) == .methodNotAllowed)
        #expect(status(resolve(.head, "/scan")) == .methodNotAllowed)
        #expect(status(resolve(.delete, "/identify")) == .methodNotAllowed)
    }

    private func status(_ result: Result<RouteResolution, ServiceError>) -> HTTPStatus? {
        guard case .failure(let error) = result else { return nil }
        return error.status
    }
}
