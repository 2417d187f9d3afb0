public import MicroHTTP
public import RenewalRules

/// Every error the service answers with: each knows its status and renders as RFC 9457
/// `application/problem+json` in the negotiated language, like every other answer. This is the one
/// place errors become responses.
public enum ServiceError: Error, Sendable, Equatable {
    /// The request is malformed: bad JSON, a missing or empty query, invalid UTF-8, a value out of range.
    case badRequest(LocalizedText)
    /// The caller may not make this request (an MCP call from an origin not allowed).
    case forbidden(LocalizedText)
    /// No route has this path.
    case notFound(LocalizedText)
    /// The path exists but not for this method.
    case methodNotAllowed(allowed: [HTTPMethod])
    /// The body is larger than allowed.
    case contentTooLarge(LocalizedText)
    /// The body's media type is not one the route accepts.
    case unsupportedMediaType(LocalizedText)
    /// The server is shutting down.
    case draining
    /// A protocol error MicroHTTP detected, with its status and the parser's own (English) detail.
    case protocolError(HTTPStatus, String)
    /// Anything unexpected: always 500, and its text never leaves the server.
    case internalError

    /// The HTTP status.
    public var status: HTTPStatus {
        switch self {
        case .badRequest: .badRequest
        case .forbidden: .forbidden
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
        case .forbidden: "/problems/forbidden"
        case .notFound: "/problems/not-found"
        case .methodNotAllowed: "/problems/method-not-allowed"
        case .contentTooLarge: "/problems/content-too-large"
        case .unsupportedMediaType: "/problems/unsupported-media-type"
        case .draining: "/problems/draining"
        case .protocolError(let status, _): "/problems/http-\(status.code)"
        case .internalError: "/problems/internal-error"
        }
    }

    /// A human-readable explanation specific to this occurrence (RFC 9457 `detail`), in a language.
    public func detail(in language: Language) -> String {
        switch self {
        case .badRequest(let detail), .forbidden(let detail), .notFound(let detail), .contentTooLarge(let detail),
            .unsupportedMediaType(let detail):
            return detail[language]
        case .protocolError(let status, let detail):
            // The parser's detail names the exact fault; a Japanese reader gets a sentence first.
            guard language == .ja else { return detail }
            // A body over the limit was read as HTTP, and refused for its size.
            let title = "\(status.code) \(Self.title(for: status, in: .ja))"
            switch status {
            case .contentTooLarge:
                return "本文が大きすぎます(\(title))。小さく分けて送ってください。詳細: \(detail)"
            case .serviceUnavailable:
                // The server's own limits (its buffers, its workers, its connections): the request
                // was fine, and may be sent again.
                return "サーバーが混み合っています(\(title))。少し待ってから送り直してください。詳細: \(detail)"
            case .requestTimeout:
                return "リクエストが時間内に届きませんでした(\(title))。詳細: \(detail)"
            default:
                break
            }
            return "HTTPリクエストとして読み取れませんでした(\(status.code) \(Self.title(for: status, in: .ja)))。詳細: \(detail)"
        case .methodNotAllowed(let allowed):
            let methods = allowed.map(\.rawValue).joined(separator: ", ")
            return LocalizedText(ja: "このパスで使えるメソッド: \(methods)", en: "Allowed methods: \(methods).")[language]
        case .draining:
            return LocalizedText(
                ja: "サーバーは停止処理中です。別のインスタンスで再試行してください。",
                en: "The server is shutting down; retry on another instance.")[language]
        case .internalError:
            return LocalizedText(ja: "予期しないエラーが発生しました。", en: "An unexpected error occurred.")[language]
        }
    }

    /// The problem document in a language: `{"type", "title", "status", "detail"}`.
    public func problem(in language: Language) -> ProblemDetails {
        ProblemDetails(
            type: type, title: Self.title(for: status, in: language), status: status.code, detail: detail(in: language))
    }

    /// A status's title (RFC 9457 `title`): the reason phrase in English, its usual Japanese name in
    /// Japanese.
    static func title(for status: HTTPStatus, in language: Language) -> String {
        guard language == .ja else { return status.reason }
        return japaneseTitles[status.code] ?? status.reason
    }

    private static let japaneseTitles: [Int: String] = [
        400: "不正なリクエスト", 403: "禁止されています", 404: "見つかりません", 405: "許可されていないメソッド", 408: "リクエストのタイムアウト",
        411: "長さの指定が必要です", 413: "リクエストの本文が大きすぎます", 414: "URIが長すぎます", 415: "対応していないメディアタイプ",
        417: "Expectに応えられません", 431: "リクエストヘッダーが大きすぎます", 500: "サーバー内部エラー", 501: "実装されていません",
        503: "サービスを利用できません", 505: "対応していないHTTPバージョン",
    ]
}

/// An RFC 9457 problem details object.
public struct ProblemDetails: Sendable, Equatable {
    /// A URI reference identifying the problem type.
    public let type: String
    /// A short summary of the problem type.
    public let title: String
    /// The HTTP status code.
    public let status: Int
    /// An explanation of this occurrence.
    public let detail: String
}
