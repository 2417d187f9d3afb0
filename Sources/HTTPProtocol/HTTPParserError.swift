/// Why the request parser rejected a request; each maps to one status.
public enum HTTPParserError: Error, Hashable, Sendable {
    /// The request line is not `method SP target SP HTTP/x.y`.
    case invalidRequestLine
    /// The request target is malformed, badly percent-encoded or not UTF-8.
    case invalidTarget
    /// The request target exceeds the limit.
    case targetTooLong
    /// An HTTP version other than 1.0 or 1.1.
    case unsupportedVersion
    /// A header line is malformed (whitespace before the colon, bad name, bad character).
    case invalidHeader
    /// Obsolete line folding.
    case obsoleteLineFolding
    /// A bare CR or LF, or a NUL byte.
    case invalidLineEnding
    /// The header block exceeds the byte or field limit.
    case headersTooLarge
    /// HTTP/1.1 without exactly one `Host`.
    case missingHost
    /// Both `Content-Length` and `Transfer-Encoding`.
    case conflictingFraming
    /// `Transfer-Encoding` in an HTTP/1.0 request, whose framing it cannot define (RFC 9112 §6.1).
    case transferEncodingInHTTP10
    /// `Content-Length` is not a number or its values differ.
    case invalidContentLength
    /// A transfer coding other than `chunked`.
    case unsupportedTransferEncoding
    /// A malformed chunk size line or chunk terminator.
    case invalidChunk
    /// The body exceeds the limit.
    case bodyTooLarge

    /// The status this error is answered with.
    public var status: HTTPStatus {
        switch self {
        case .targetTooLong: .uriTooLong
        case .unsupportedVersion: .httpVersionNotSupported
        case .headersTooLarge: .requestHeaderFieldsTooLarge
        case .unsupportedTransferEncoding: .notImplemented
        case .bodyTooLarge: .contentTooLarge
        default: .badRequest
        }
    }

    /// A short human-readable explanation for the error response.
    public var detail: String {
        switch self {
        case .invalidRequestLine: "The request line is malformed."
        case .invalidTarget: "The request target is malformed or not valid UTF-8."
        case .targetTooLong: "The request target is too long."
        case .unsupportedVersion: "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .invalidHeader: "A header field is malformed."
        case .obsoleteLineFolding: "Obsolete line folding is not accepted."
        case .invalidLineEnding: "Bare CR, bare LF or NUL in the request head."
        case .headersTooLarge: "The header block is too large."
        case .missingHost: "HTTP/1.1 requires exactly one Host header."
        case .conflictingFraming: "Content-Length and Transfer-Encoding together are not accepted."
        case .transferEncodingInHTTP10: "HTTP/1.0 requests cannot use Transfer-Encoding."
        case .invalidContentLength: "Content-Length is invalid."
        case .unsupportedTransferEncoding: "Only the chunked transfer coding is supported."
        case .invalidChunk: "The chunked body is malformed."
        case .bodyTooLarge: "The request body is too large."
        }
    }
}
