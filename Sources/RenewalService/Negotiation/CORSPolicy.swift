import MicroHTTP

/// Cross-origin access for a browser-based support portal. No origin is allowed unless configured.
public struct CORSPolicy: Sendable {
    /// Allowed origins; `*` allows any.
    public let allowedOrigins: [String]

    static let allowedMethods = "GET, HEAD, POST, OPTIONS"
    static let allowedHeaders = "Content-Type, Accept, Accept-Language, X-Request-ID"
    static let exposedHeaders = "X-Request-ID, Content-Language"

    /// A policy allowing these origins.
    public init(allowedOrigins: [String]) {
        self.allowedOrigins = allowedOrigins
    }

    /// The value for `Access-Control-Allow-Origin`, or `nil` if this origin is not allowed.
    func allowOrigin(for origin: String?) -> String? {
        guard let origin, !allowedOrigins.isEmpty else { return nil }
        if allowedOrigins.contains("*") { return "*" }
        return allowedOrigins.contains(origin) ? origin : nil
    }

    /// Adds the CORS headers a response to this origin needs. The origin is only looked up when
    /// some origin is allowed.
    func decorate(_ response: inout HTTPResponse, origin: @autoclosure () -> String?) {
        guard !allowedOrigins.isEmpty else { return }
        response.headers.add(name: "Vary", value: "Origin")
        guard let allowed = allowOrigin(for: origin()) else { return }
        response.headers.replace(name: "Access-Control-Allow-Origin", value: allowed)
        response.headers.replace(name: "Access-Control-Expose-Headers", value: Self.exposedHeaders)
    }

    /// The answer to a preflight `OPTIONS` request: 204 with the allowed methods and headers when the
    /// origin is allowed, plain 204 with `Allow` otherwise (the browser then refuses the call).
    func preflight(origin: String?, allow: [HTTPMethod]) -> HTTPResponse {
        var response = HTTPResponse(status: .noContent)
        response.headers.replace(name: "Allow", value: allow.map(\.rawValue).joined(separator: ", "))
        if allowOrigin(for: origin) != nil {
            response.headers.replace(name: "Access-Control-Allow-Methods", value: Self.allowedMethods)
            response.headers.replace(name: "Access-Control-Allow-Headers", value: Self.allowedHeaders)
            response.headers.replace(name: "Access-Control-Max-Age", value: "600")
        }
        return response
    }
}
