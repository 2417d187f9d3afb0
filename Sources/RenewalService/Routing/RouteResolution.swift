import MicroHTTP
import RenewalRules

/// What a request's method and path come to, decided in one place for the head check and for the
/// answer: the server's own `OPTIONS *`, a CORS preflight, or a route's handler; or the error that
/// refuses it (404 for no resource, 405 with `Allow`, 501 for a method nothing knows).
enum RouteResolution: Equatable {
    /// `OPTIONS *`: what the server as a whole supports (RFC 9110 §9.3.7).
    case serverOptions
    /// `OPTIONS` on a route: a CORS preflight.
    case preflight(Route)
    /// A method the route's handler answers (`HEAD` is answered as `GET`), with the path's `{id}`
    /// (one struct, not a tuple: a tuple payload holding a `String?` is copied through the runtime).
    case handler(Route.Match)

    /// Resolves a request from its method, path and the route its path names.
    static func resolve(
        method: HTTPMethod, path: String, matched: Route.Match?
    ) throws(ServiceError) -> RouteResolution {
        if method == .options, path == "*" { return .serverOptions }
        guard let matched else {
            // A method no route knows, on a path none has: 501, as RFC 9110 §15.6.2 recommends (on a
            // known path it is a 405 with `Allow`).
            throw method.isStandard
                ? .notFound(ProblemTexts.noResource(at: path))
                : .protocolError(.notImplemented, ProblemTexts.methodNotImplemented(method.rawValue))
        }
        let route = matched.route
        if method == .options { return .preflight(route) }
        guard route.methods.contains(method == .head ? .get : method) else {
            throw .methodNotAllowed(allowed: route.allowedMethods)
        }
        return .handler(matched)
    }
}
