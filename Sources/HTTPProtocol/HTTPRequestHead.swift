/// A parsed request line and header block, before the body.
public struct HTTPRequestHead: Sendable {
    /// How the request body is framed.
    public enum BodyFraming: Hashable, Sendable {
        /// No body.
        case none
        /// A body of exactly this many bytes.
        case contentLength(Int)
        /// A chunked body.
        case chunked
    }

    /// The request method.
    public var method: HTTPMethod
    /// The request target exactly as sent, e.g. `/a%20b?q=1`.
    public var target: String
    /// The percent-decoded path, e.g. `/a b`.
    public var path: String
    /// The decoded query pairs in order; `+` decodes to a space.
    public var query: [(name: String, value: String)]
    /// The protocol version.
    public var version: HTTPVersion
    /// The header fields.
    public var headers: HTTPHeaders
    /// How the body is framed.
    public var framing: BodyFraming
    /// Whether the connection stays open after the response (HTTP/1.1 default; 1.0 only on request).
    public var keepAlive: Bool
    /// Whether the client sent `Expect: 100-continue`.
    public var expectsContinue: Bool

    /// Creates a head; the parser fills every field.
    public init(
        method: HTTPMethod, target: String, path: String, query: [(name: String, value: String)],
        version: HTTPVersion, headers: HTTPHeaders, framing: BodyFraming = .none, keepAlive: Bool = true,
        expectsContinue: Bool = false
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.framing = framing
        self.keepAlive = keepAlive
        self.expectsContinue = expectsContinue
    }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
