/// A complete request as the application handler sees it.
public struct HTTPRequest: Sendable {
    /// The request line and headers.
    public var head: HTTPRequestHead
    /// The whole body (de-chunked); empty when there is none.
    public var body: [UInt8]
    /// The peer's address as text, e.g. `127.0.0.1` or `::1`.
    public var remoteAddress: String?

    /// Creates a request.
    public init(head: HTTPRequestHead, body: [UInt8] = [], remoteAddress: String? = nil) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The request method.
    public var method: HTTPMethod { head.method }
    /// The raw request target.
    public var target: String { head.target }
    /// The percent-decoded, UTF-8-validated path.
    public var path: String { head.path }
    /// The decoded query pairs in order.
    public var query: [(name: String, value: String)] { head.query }
    /// The protocol version.
    public var version: HTTPVersion { head.version }
    /// The header fields.
    public var headers: HTTPHeaders { head.headers }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        head.queryValue(name)
    }
}
