import Logging
import MicroHTTP
import RenewalRules

/// One request as the service answers it, made once when its head is in hand: its request id, its
/// method, route and `{id}`, and when it began. The route's handler gets it (for the answer's
/// language and form, and a logger that names the request), and ``RenewalService/finish(_:_:headers:)``
/// closes every answer with it, whichever way the answer was made: by a handler, at the head, or
/// for a request too broken to read.
///
/// It holds what every request needs and no copy of the head: the head is read where it is in hand
/// (the language, the `Origin`), so making a scope costs a few words, not a second head.
struct RequestScope: Sendable {
    /// The client's `X-Request-ID` when it is usable, else a new one.
    let requestID: String
    /// The route the path names and its `{id}`, or `nil` when none does.
    let matched: Route.Match?
    /// The method, or `-` for a request too broken to read.
    let method: HTTPMethod
    /// When the service began with the request.
    let started: ContinuousClock.Instant
    private let service: RenewalService

    /// The scope of a request whose head was read, from its method, path and `X-Request-ID` (taken
    /// one by one: passing the whole head made a copy of it for every request).
    init(method: HTTPMethod, path: String, requestIDHeader: String?, service: RenewalService) {
        requestID = RequestID.resolve(requestIDHeader)
        matched = Route.match(path: path)
        self.method = method
        started = .now
        self.service = service
    }

    /// The scope of a request too broken to read: no head, so no route or language.
    init(unreadableFor service: RenewalService) {
        requestID = RequestID.resolve(nil)
        matched = nil
        method = Self.unreadMethod
        started = .now
        self.service = service
    }

    /// The time since ``started``.
    var elapsed: Duration { ContinuousClock.now - started }

    /// The route, or `nil` when the path names none.
    var route: Route? { matched?.route }

    /// The answer's language (`?lang`, else `Accept-Language`) and form (`?format`, else `Accept`);
    /// an unsupported `lang` or `format` is the client's mistake, reported as a 400.
    func presentation(_ head: HTTPRequestHead) throws(ServiceError) -> Presentation {
        try Presentation(head, negotiator: service.negotiator)
    }

    /// The language of a problem about the request with this head: what it asks for, or the
    /// default when it asks for nothing or for a language that does not exist (that mistake is
    /// itself the problem to report, so an unsupported `lang` falls back to `Accept-Language`).
    func problemLanguage(_ head: HTTPRequestHead) -> Language {
        service.negotiator.problemLanguage(head.queryValue("lang"), acceptLanguage: head.headers["Accept-Language"])
    }

    /// The service's logger with the request id as metadata: what a handler logs, it logs for this
    /// request. Made when asked for, so requests that log nothing pay nothing.
    var logger: Logger {
        var logger = service.logger
        logger[metadataKey: "request_id"] = .string(requestID)
        return logger
    }

    /// Logs at debug level for this request; the logger is made only when debug lines are written.
    func debug(_ message: @autoclosure () -> Logger.Message, metadata: @autoclosure () -> Logger.Metadata) {
        guard service.logger.logLevel <= .debug else { return }
        logger.debug(message(), metadata: metadata())
    }

    private static let unreadMethod = HTTPMethod(rawValue: "-")
}
