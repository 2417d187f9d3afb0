/// An HTTP status code with its reason phrase.
public struct HTTPStatus: Hashable, Sendable, CustomStringConvertible {
    /// The three-digit status code.
    public let code: Int
    /// The reason phrase sent on the status line.
    public let reason: String

    /// Creates a status; `reason` defaults to the standard phrase for well-known codes.
    public init(code: Int, reason: String? = nil) {
        self.code = code
        self.reason = reason ?? HTTPStatus.standardReason(code)
    }

    /// `"404 Not Found"`.
    public var description: String { "\(code) \(reason)" }

    /// `100 Continue`.
    public static let `continue` = HTTPStatus(code: 100, reason: "Continue")
    /// `200 OK`.
    public static let ok = HTTPStatus(code: 200, reason: "OK")
    /// `201 Created`.
    public static let created = HTTPStatus(code: 201, reason: "Created")
    /// `202 Accepted`: taken, with nothing to answer (an MCP notification).
    public static let accepted = HTTPStatus(code: 202, reason: "Accepted")
    /// `204 No Content`.
    public static let noContent = HTTPStatus(code: 204, reason: "No Content")
    /// `304 Not Modified`.
    public static let notModified = HTTPStatus(code: 304, reason: "Not Modified")
    /// `400 Bad Request`.
    public static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    /// `401 Unauthorized`.
    public static let unauthorized = HTTPStatus(code: 401, reason: "Unauthorized")
    /// `403 Forbidden`.
    public static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    /// `404 Not Found`.
    public static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    /// `405 Method Not Allowed`.
    public static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    /// `406 Not Acceptable`.
    public static let notAcceptable = HTTPStatus(code: 406, reason: "Not Acceptable")
    /// `408 Request Timeout`.
    public static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    /// `409 Conflict`.
    public static let conflict = HTTPStatus(code: 409, reason: "Conflict")
    /// `411 Length Required`.
    public static let lengthRequired = HTTPStatus(code: 411, reason: "Length Required")
    /// `413 Content Too Large`.
    public static let contentTooLarge = HTTPStatus(code: 413, reason: "Content Too Large")
    /// `414 URI Too Long`.
    public static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    /// `415 Unsupported Media Type`.
    public static let unsupportedMediaType = HTTPStatus(code: 415, reason: "Unsupported Media Type")
    /// `417 Expectation Failed`.
    public static let expectationFailed = HTTPStatus(code: 417, reason: "Expectation Failed")
    /// `422 Unprocessable Content`.
    public static let unprocessableContent = HTTPStatus(code: 422, reason: "Unprocessable Content")
    /// `429 Too Many Requests`.
    public static let tooManyRequests = HTTPStatus(code: 429, reason: "Too Many Requests")
    /// `431 Request Header Fields Too Large`.
    public static let requestHeaderFieldsTooLarge = HTTPStatus(
        code: 431, reason: "Request Header Fields Too Large")
    /// `500 Internal Server Error`.
    public static let internalServerError = HTTPStatus(code: 500, reason: "Internal Server Error")
    /// `501 Not Implemented`.
    public static let notImplemented = HTTPStatus(code: 501, reason: "Not Implemented")
    /// `503 Service Unavailable`.
    public static let serviceUnavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
    /// `505 HTTP Version Not Supported`.
    public static let httpVersionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")

    private static let known: [Int: String] = [
        100: "Continue", 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content",
        301: "Moved Permanently", 302: "Found", 304: "Not Modified", 307: "Temporary Redirect",
        308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
        404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
        409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
        413: "Content Too Large", 414: "URI Too Long", 415: "Unsupported Media Type",
        417: "Expectation Failed", 422: "Unprocessable Content", 429: "Too Many Requests",
        431: "Request Header Fields Too Large", 500: "Internal Server Error", 501: "Not Implemented",
        502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
        505: "HTTP Version Not Supported",
    ]

    private static func standardReason(_ code: Int) -> String {
        known[code] ?? "Status \(code)"
    }
}
