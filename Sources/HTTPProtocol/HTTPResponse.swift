/// A response from the application; the server adds `Date`, `Server`, `Content-Length` and `Connection`.
public struct HTTPResponse: Sendable {
    /// The status.
    public var status: HTTPStatus
    /// Application headers such as `Content-Type`; framing headers set here are ignored.
    public var headers: HTTPHeaders
    /// The body bytes (for `HEAD` only their count is sent).
    public var body: [UInt8]

    /// Creates a response.
    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A UTF-8 text response with the given content type.
    public init(status: HTTPStatus = .ok, contentType: String = "text/plain; charset=utf-8", text: String) {
        self.init(status: status, headers: ["Content-Type": contentType], body: Array(text.utf8))
    }

    /// A JSON response from already-encoded bytes.
    public init(status: HTTPStatus = .ok, json: [UInt8], contentType: String = "application/json") {
        self.init(status: status, headers: ["Content-Type": contentType], body: json)
    }

    /// The default rendering of a protocol error: plain text `"<code> <reason>: <detail>"`.
    public static func plainTextError(_ status: HTTPStatus, _ detail: String) -> HTTPResponse {
        HTTPResponse(status: status, text: "\(status.code) \(status.reason): \(detail)\n")
    }
}
