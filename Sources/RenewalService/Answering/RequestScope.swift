import Logging
import MicroHTTP
import RenewalRules

/// One request as the service answers it, made once when its head is in hand: its request id, its
/// method and route, its origin and when it began. The route's handler gets it (for the language
/// and a logger that names the request), and ``RenewalService/finish(_:_:)`` closes every answer
/// with it, whichever way the answer was made: by a handler, at the head, or for a request too
/// broken to read.
struct RequestScope: Sendable {
    /// The head, or `nil` for a request too broken to read as HTTP.
    let head: HTTPRequestHead?
    /// The client's `X-Request-ID` when it is usable, else a new one.
    let requestID: String
    /// The route the path names, and its `{id}`; `nil` when none does.
    let matched: (route: Route, id: String?)?
    /// When the service began with the request.
    let started: ContinuousClock.Instant
    private let serviceLogger: Logger
    private let negotiator: LanguageNegotiator

    /// The scope of a request whose head was read.
    init(_ head: HTTPRequestHead, logger: Logger, negotiator: LanguageNegotiator) {
        self.head = head
        requestID = RequestID.resolve(head.headers["X-Request-ID"])
        matched = Route.match(path: head.path)
        started = .now
        serviceLogger = logger
        self.negotiator = negotiator
    }

    /// The scope of a request too broken to read: no head, so no route, origin or language.
    init(unreadableWith logger: Logger, negotiator: LanguageNegotiator) {
        head = nil
        requestID = RequestID.resolve(nil)
        matched = nil
        started = .now
        serviceLogger = logger
        self.negotiator = negotiator
    }

    /// The answer's language (`?lang`, else `Accept-Language`) and form (`?format`, else `Accept`);
    /// an unsupported `lang` or `format` is the client's mistake, reported as a 400.
    func presentation() throws(ServiceError) -> Presentation {
        guard let head else { return Presentation(language: negotiator.defaultLanguage, format: .json) }
        return try Presentation(head, negotiator: negotiator)
    }

    /// The language of a problem: what the request asks for, or the default when it asks for
    /// nothing or for a language that does not exist (that mistake is itself the problem to report,
    /// so an unsupported `lang` falls back to `Accept-Language`).
    var problemLanguage: Language {
        negotiator.problemLanguage(langParameter, acceptLanguage: acceptLanguage)
    }

    /// The route, or `nil` when the path names none.
    var route: Route? { matched?.route }

    /// The method, or `-` for a request too broken to read.
    var method: HTTPMethod { head?.method ?? Self.unreadMethod }

    /// The `Origin` header, for CORS.
    var origin: String? { head?.headers["Origin"] }

    /// `?lang`, where the request gives one.
    var langParameter: String? { head?.query.first { $0.name == "lang" }?.value }

    /// The `Accept-Language` header.
    var acceptLanguage: String? { head?.headers["Accept-Language"] }

    /// The service's logger with the request id as metadata: what a handler logs, it logs for this
    /// request. Made when asked for, so requests that log nothing pay nothing.
    var logger: Logger {
        var logger = serviceLogger
        logger[metadataKey: "request_id"] = .string(requestID)
        return logger
    }

    /// Logs at debug level for this request; the logger is made only when debug lines are written.
    func debug(_ message: @autoclosure () -> Logger.Message, metadata: @autoclosure () -> Logger.Metadata) {
        guard serviceLogger.logLevel <= .debug else { return }
        logger.debug(message(), metadata: metadata())
    }

    private static let unreadMethod = HTTPMethod(rawValue: "-")
}
