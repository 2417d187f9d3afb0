public import MicroHTTP

/// Every error the service answers with: each knows its status and renders as RFC 9457
/// `application/problem+json`. This is the one place errors become responses.
public enum ServiceError: Error, Sendable, Equatable {
    /// The request is malformed: bad JSON, a missing or empty query, invalid UTF-8, a value out of range.
    case badRequest(String)
    /// No route has this path.
    case notFound(String)
    /// The path exists but not for this method.
    case methodNotAllowed(allowed: [HTTPMethod])
    /// The body is larger than allowed.
    case contentTooLarge(String)
    /// The body's media type is not one the route accepts.
    case unsupportedMediaType(String)
    /// The server is shutting down.
    case draining
    /// A protocol error MicroHTTP detected, with its status.
    case protocolError(HTTPStatus, String)
    /// Anything unexpected: always 500, and its text never leaves the server.
    case internalError

    /// The HTTP status.
    public var status: HTTPStatus {
        switch self {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .contentTooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .draining: .serviceUnavailable
        case .protocolError(let status, _): status
        case .internalError: .internalServerError
        }
    }

    /// A stable identifier for the problem type (RFC 9457 `type`).
    public var type: String {
        switch self {
        case .badRequest: "/problems/bad-request"
        case .notFound: "/problems/not-found"
        case .methodNotAllowed: "/problems/method-not-allowed"
        case .contentTooLarge: "/problems/content-too-large"
        case .unsupportedMediaType: "/problems/unsupported-media-type"
        case .draining: "/problems/draining"
        case .protocolError(let status, _): "/problems/http-\(status.code)"
        case .internalError: "/problems/internal-error"
        }
    }

    /// A human-readable explanation specific to this occurrence (RFC 9457 `detail`).
    public var detail: String {
        switch self {
        case .badRequest(let detail), .notFound(let detail), .contentTooLarge(let detail),
            .unsupportedMediaType(let detail), .protocolError(_, let detail):
            detail
        case .methodNotAllowed(let allowed):
            "Allowed methods: \(allowed.map(\.rawValue).joined(separator: ", "))."
        case .draining:
            "The server is shutting down; retry on another instance."
        case .internalError:
            "An unexpected error occurred."
        }
    }

    /// The problem document: `{"type", "title", "status", "detail"}`.
    public var problem: ProblemDetails {
        ProblemDetails(type: type, title: status.reason, status: status.code, detail: detail)
    }
}

/// An RFC 9457 problem details object.
public struct ProblemDetails: Codable, Sendable, Equatable {
    /// A URI reference identifying the problem type.
    public let type: String
    /// A short summary of the problem type.
    public let title: String
    /// The HTTP status code.
    public let status: Int
    /// An explanation of this occurrence.
    public let detail: String
}
