/// An HTTP request method, such as `GET`; methods are case-sensitive tokens (RFC 9110 §9.1).
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token exactly as it appeared on the request line.
    public let rawValue: String

    /// Creates a method from its token.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The method token.
    public var description: String { rawValue }

    /// `GET`.
    public static let get = HTTPMethod(rawValue: "GET")
    /// `HEAD`: answered like `GET` without a body.
    public static let head = HTTPMethod(rawValue: "HEAD")
    /// `POST`.
    public static let post = HTTPMethod(rawValue: "POST")
    /// `PUT`.
    public static let put = HTTPMethod(rawValue: "PUT")
    /// `DELETE`.
    public static let delete = HTTPMethod(rawValue: "DELETE")
    /// `OPTIONS`.
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    /// `PATCH`.
    public static let patch = HTTPMethod(rawValue: "PATCH")
    /// `TRACE`.
    public static let trace = HTTPMethod(rawValue: "TRACE")
    /// `CONNECT`.
    public static let connect = HTTPMethod(rawValue: "CONNECT")

    /// Whether this is one of the methods RFC 9110 defines (or `PATCH`, RFC 5789): a server that
    /// knows a method it does not allow on a resource answers 405; one it does not know at all, 501.
    public var isStandard: Bool {
        Self.standard.contains(self)
    }

    private static let standard: Set<HTTPMethod> = [
        .get, .head, .post, .put, .delete, .options, .patch, .trace, .connect,
    ]

    /// Returns the shared instance for a common method's bytes, avoiding a string allocation per request.
    static func make(_ bytes: UnsafeRawBufferPointer) -> HTTPMethod {
        switch bytes.count {
        case 3 where bytes[2] == UInt8(ascii: "T"):
            if bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "E") { return .get }
            if bytes[0] == UInt8(ascii: "P") && bytes[1] == UInt8(ascii: "U") { return .put }
        case 4 where bytes[2] == UInt8(ascii: "A") || bytes[2] == UInt8(ascii: "S"):
            if bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "E"), bytes[2] == UInt8(ascii: "A"),
                bytes[3] == UInt8(ascii: "D")
            {
                return .head
            }
            if bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "O"), bytes[2] == UInt8(ascii: "S"),
                bytes[3] == UInt8(ascii: "T")
            {
                return .post
            }
        default:
            break
        }
        return HTTPMethod(rawValue: String(decoding: bytes, as: UTF8.self))
    }
}
