public import MicroHTTP
import RenewalDocuments

/// The service's routes. Each has a path template as `openapi.yaml` writes it and the methods it
/// answers; `HEAD` is implied wherever `GET` is, and `OPTIONS` everywhere (CORS preflight).
public enum Route: String, CaseIterable, Sendable {
    /// `GET|POST /`: the page for people.
    case page = "/"
    /// `GET /page.css`
    case pageStylesheet = "/page.css"
    /// `GET /page.js`
    case pageScript = "/page.js"
    /// `GET|POST /identify`
    case identify = "/identify"
    /// `POST /scan`: a whole statement.
    case scan = "/scan"
    /// `GET /guide`
    case guides = "/guide"
    /// `GET /guide/{id}`
    case guide = "/guide/{id}"
    /// `GET /rules`: the rule book answering now.
    case rules = "/rules"
    /// `GET /healthz`
    case health = "/healthz"
    /// `GET /readyz`
    case readiness = "/readyz"
    /// `GET /metrics`
    case metrics = "/metrics"
    /// `GET /openapi.yaml`
    case openAPI = "/openapi.yaml"
    /// `POST /mcp`: the Model Context Protocol's Streamable HTTP transport, stateless.
    case mcp = "/mcp"

    /// The path template, as in `openapi.yaml`.
    public var template: String { rawValue }

    /// The methods this route's handler answers (without `HEAD` and `OPTIONS`).
    public var methods: [HTTPMethod] {
        switch self {
        case .identify, .page: Self.getOrPost
        case .scan, .mcp: Self.postOnly
        default: Self.getOnly
        }
    }

    /// Every method the route allows, for `Allow` headers.
    public var allowedMethods: [HTTPMethod] {
        switch self {
        case .identify, .page: Self.allowedForGetOrPost
        case .scan, .mcp: Self.allowedForPostOnly
        default: Self.allowedForGetOnly
        }
    }

    // Built once: `methods` is read for every request.
    private static let getOnly: [HTTPMethod] = [.get]
    private static let getOrPost: [HTTPMethod] = [.get, .post]
    private static let postOnly: [HTTPMethod] = [.post]
    private static let allowedForPostOnly: [HTTPMethod] = [.post, .options]
    private static let allowedForGetOnly: [HTTPMethod] = [.get, .head, .options]
    private static let allowedForGetOrPost: [HTTPMethod] = [.get, .post, .head, .options]

    /// A path's route, and its `{id}` parameter when there is one. A struct rather than a tuple:
    /// it is made for every request, and a tuple holding a `String?` is copied through the runtime.
    public struct Match: Sendable, Equatable {
        /// The route.
        public let route: Route
        /// The `{id}` of `/guide/{id}`; `nil` for the other routes.
        public let id: String?

        package init(_ route: Route, _ id: String? = nil) {
            self.route = route
            self.id = id
        }
    }

    /// The route for a decoded path, and the `{id}` parameter when there is one.
    public static func match(path: String) -> Match? {
        switch path {
        case "/": return Match(.page)
        case "/page.css": return Match(.pageStylesheet)
        case "/page.js": return Match(.pageScript)
        case "/identify": return Match(.identify)
        case "/scan": return Match(.scan)
        case "/guide", "/guide/": return Match(.guides)
        case "/healthz": return Match(.health)
        case "/readyz": return Match(.readiness)
        case "/metrics": return Match(.metrics)
        case "/openapi.yaml": return Match(.openAPI)
        case "/rules": return Match(.rules)
        case "/mcp": return Match(.mcp)
        default:
            guard path.hasPrefix(Self.guidePrefixText) else { return nil }
            let id = path.dropFirst(GuidePath.prefix.utf8CodeUnitCount)
            guard !id.isEmpty, !id.contains("/") else { return nil }
            return Match(.guide, String(id))
        }
    }
}

extension Route {
    /// `/guide/`, as text: the guides' paths are the documents' (``GuidePath``).
    private static let guidePrefixText = "\(GuidePath.prefix)"
}
