/// What libcurl received for one request.
public struct CurlResponse: Sendable {
    /// The final status code (after any `100 Continue`).
    public let status: Int
    /// Every status line received, in order (e.g. `HTTP/1.1 100 Continue`, then `HTTP/1.1 200 OK`).
    public let statusLines: [String]
    /// The final response's header fields, in order.
    public let headers: [(name: String, value: String)]
    /// The body bytes.
    public let body: [UInt8]
    /// New connections libcurl opened for this request: 0 when it reused a kept-alive one.
    public let newConnections: Int

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header field, matched case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }
}

/// A libcurl failure (connection refused, timeout, …), with libcurl's own message.
public struct CurlError: Error, CustomStringConvertible, Sendable {
    /// The `CURLcode`.
    public let code: Int
    /// libcurl's explanation.
    public let message: String

    /// `curl error N: message`.
    public var description: String { "curl error \(code): \(message)" }
}
