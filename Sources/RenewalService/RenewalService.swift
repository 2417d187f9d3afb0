import Glibc
public import Logging
public import MicroHTTP
import RenewalDocuments
public import RenewalRules
import Synchronization

/// The renewal-guide HTTP application: routes requests to handlers and turns every failure into an
/// RFC 9457 problem. It knows nothing of sockets; ``ServiceRunner`` plugs it into MicroHTTP, and
/// tests call ``respond(to:)`` directly.
public final class RenewalService: Sendable {
    /// The configuration it was built with.
    public let configuration: ServiceConfiguration
    /// The metrics it records.
    public let metrics: ServiceMetrics
    let logger: Logger
    let negotiator: LanguageNegotiator
    let cors: CORSPolicy
    /// The page's `Content-Security-Policy`: nothing but this server's own stylesheet and script,
    /// forms posted only here, and framing only by `FRAME_ANCESTORS`.
    let pageSecurityPolicy: String
    /// The rule book and the guides rendered with it; replaced whole by ``install(_:origin:)``.
    private let current: Mutex<ServiceKnowledge>
    /// The page with nothing asked yet, per language: the same for every visitor.
    let emptyPages: [Language: [UInt8]]
    let accessLog: AccessLog

    /// Creates the application. Guide documents are rendered once, here, with `rules`.
    ///
    /// - Parameters:
    ///   - rules: the rule book to answer from: the compiled-in one unless an operator loaded another.
    ///   - rulesOrigin: where `rules` came from, as `/rules` and the log name it.
    public init(
        configuration: ServiceConfiguration, logger: Logger, metrics: ServiceMetrics = ServiceMetrics(),
        accessLog: AccessLog = .off, rules: RuleBook = .standard, rulesOrigin: String = "compiled-in"
    ) {
        self.configuration = configuration
        self.logger = logger
        self.metrics = metrics
        self.accessLog = accessLog
        negotiator = LanguageNegotiator(defaultLanguage: configuration.defaultLanguage)
        cors = CORSPolicy(allowedOrigins: configuration.corsOrigins)
        pageSecurityPolicy =
            "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors \(configuration.frameAncestors.joined(separator: " "))"
        current = Mutex(ServiceKnowledge(rules: rules, origin: rulesOrigin, loadedAt: Self.wallClock()))
        metrics.recordRulesLoaded(version: rules.version, at: Self.wallClock())
        emptyPages = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, Self.renderPage(.init(), query: "", language: $0)) })
    }

    /// Answers one request outside a server (tests, embedders): as if the server were running with
    /// no other connection.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        respond(to: request, context: HTTPRequestContext())
    }

    /// Answers one request: what MicroHTTP calls for every request (see ``HTTPResponder``).
    public func respond(to request: HTTPRequest, context: HTTPRequestContext) -> HTTPResponse {
        let started = ContinuousClock.now
        let requestID = RequestID.resolve(request.headers["X-Request-ID"])
        let matched = Route.match(path: request.path)
        var response: HTTPResponse
        do {
            response = try route(request, matched, context)
        } catch {
            response = .problem(error, language: problemLanguage(request.queryValue("lang"), request.headers))
        }
        // Handlers never set X-Request-ID: append rather than search for one to replace.
        response.headers.add(name: "X-Request-ID", value: requestID)
        response.forbidSniffing()
        // What customers paste is theirs: an answer that echoes it is never kept by a cache.
        if matched?.route == .identify || matched?.route == .scan, response.headers["Cache-Control"] == nil {
            response.headers.add(name: "Cache-Control", value: "no-store")
        }
        cors.decorate(&response, origin: request.headers["Origin"])
        let routeLabel = matched?.route.template ?? "unmatched"
        let duration = ContinuousClock.now - started
        let elapsed = duration.components
        metrics.recordRequest(
            route: matched?.route, method: request.method, status: response.status.code, duration: duration)
        if case .output(let output) = accessLog {
            let record = AccessRecord(
                requestID: requestID, method: request.method.rawValue, route: routeLabel,
                status: response.status.code, bytes: response.body.count,
                microseconds: elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000)
            var line = JSONWriter(capacity: 256)
            record.writeLine(into: &line)
            line.output.withUnsafeBytes { output.write($0) }
        }
        return response
    }

    /// The language of a problem: what the request asks for, or the default when it asks for
    /// nothing or for a language that does not exist (that mistake is itself the problem to report).
    func problemLanguage(_ lang: String?, _ headers: HTTPHeaders) -> Language {
        // An unsupported `lang` (the problem itself, often) falls back to `Accept-Language`.
        (try? negotiator.language(queryParameter: lang, acceptLanguage: headers["Accept-Language"]))
            ?? (try? negotiator.language(queryParameter: nil, acceptLanguage: headers["Accept-Language"]))
            ?? negotiator.defaultLanguage
    }

    /// Renders a protocol error MicroHTTP detected (bad framing, limits, timeouts) as a problem.
    public func respondToProtocolError(_ status: HTTPStatus, _ detail: String) -> HTTPResponse {
        metrics.recordRequest(route: nil, method: HTTPMethod(rawValue: "-"), status: status.code, duration: .zero)
        let requestID = RequestID.resolve(nil)
        logger.notice(
            "protocol error", metadata: ["request_id": .string(requestID), "status": .stringConvertible(status.code)])
        var response = HTTPResponse.problem(.protocolError(status, detail), language: negotiator.defaultLanguage)
        response.headers.replace(name: "X-Request-ID", value: requestID)
        response.forbidSniffing()
        return response
    }

    /// Refuses a request before its body is read (and before `100 Continue`) when it cannot succeed:
    /// unknown path, wrong method, or a body the route does not accept.
    public func checkHead(_ head: HTTPRequestHead) -> HTTPResponse? {
        guard head.framing != .none, !(head.method == .options && head.path == "*") else { return nil }
        let error: ServiceError?
        if let (route, _) = Route.match(path: head.path) {
            if head.method == .options {
                error = nil
            } else if !route.allowedMethods.contains(head.method) {
                error = .methodNotAllowed(allowed: route.allowedMethods)
            } else if head.method == .post, head.headers["Content-Type"] == nil {
                error = .unsupportedMediaType(
                    route == .scan
                        ? LocalizedText(
                            ja: "貼り付けた行はContent-Type: text/plain、エクスポートしたファイルはtext/csvを付けて送ってください。",
                            en: "Send Content-Type: text/plain for pasted lines or text/csv for an export.")
                        : IdentifyRequest.contentTypeHint)
            } else {
                error = nil
            }
        } else {
            error = head.method.isStandard ? .notFound(Self.noResource(at: head.path)) : Self.unknown(head.method)
        }
        guard let error else { return nil }
        let lang = head.query.first { $0.name == "lang" }?.value
        var response = HTTPResponse.problem(error, language: problemLanguage(lang, head.headers))
        response.headers.replace(name: "X-Request-ID", value: RequestID.resolve(head.headers["X-Request-ID"]))
        response.forbidSniffing()
        return response
    }

    /// A method no route knows, on a path none has: 501, as RFC 9110 §15.6.2 recommends (on a known
    /// path it is a 405 with `Allow`).
    private static func unknown(_ method: HTTPMethod) -> ServiceError {
        .protocolError(.notImplemented, "The method \(method.rawValue.prefix(32)) is not implemented by this server.")
    }

    private static func noResource(at path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path.prefix(200))にはリソースがありません。/openapi.yamlを参照してください。",
            en: "No resource at \(path.prefix(200)). See /openapi.yaml.")
    }

    /// A request answered by its route's handler alone, without the request id, metrics or access
    /// log of a request from the network: how an MCP tool call gets the REST answer it stands for.
    func answerInternally(_ request: HTTPRequest) -> HTTPResponse {
        do {
            return try route(request, Route.match(path: request.path), HTTPRequestContext())
        } catch {
            return .problem(error, language: problemLanguage(request.queryValue("lang"), request.headers))
        }
    }

    private func route(
        _ request: HTTPRequest, _ matched: (route: Route, id: String?)?, _ context: HTTPRequestContext
    ) throws(ServiceError)
        -> HTTPResponse
    {
        // `OPTIONS *` asks what the server as a whole supports (RFC 9110 §9.3.7).
        if request.method == .options, request.path == "*" {
            var response = HTTPResponse(status: .noContent)
            response.headers.replace(name: "Allow", value: "GET, HEAD, POST, OPTIONS")
            return response
        }
        guard let (route, id) = matched else {
            throw request.method.isStandard
                ? .notFound(Self.noResource(at: request.path)) : Self.unknown(request.method)
        }
        if request.method == .options {
            return cors.preflight(origin: request.headers["Origin"], allow: route.allowedMethods)
        }
        let method = request.method == .head ? HTTPMethod.get : request.method
        guard route.methods.contains(method) else {
            throw .methodNotAllowed(allowed: route.allowedMethods)
        }
        switch route {
        case .page: return page(request)
        case .pageStylesheet, .pageScript: return pageAsset(route)
        case .identify: return try identify(request)
        case .scan: return try scan(request)
        case .guides: return try listGuides(request)
        case .guide: return try guide(request, id: id ?? "")
        case .health: return health()
        case .readiness: return try readiness(context)
        case .metrics: return metricsExposition(context)
        case .openAPI: return openAPIDocument()
        case .rules: return try rulesDocument(request)
        case .mcp: return try mcp(request)
        }
    }
}

extension RenewalService {
    /// What a request answers from: read once per request, so a reload cannot change the book under it.
    var knowledge: ServiceKnowledge { current.withLock { $0 } }

    /// The rule book answering now.
    public var rules: RuleBook { knowledge.rules }

    /// Answers from `rules` from now on: requests in flight finish with the book they started with.
    /// The guides are rendered with the new book before it is installed.
    public func install(_ rules: RuleBook, origin: String) {
        let knowledge = ServiceKnowledge(rules: rules, origin: origin, loadedAt: Self.wallClock())
        // Swapped and recorded together, so the metrics name the book that answers. `replaced` ends
        // up holding the old book, released when this returns rather than under the lock.
        var replaced = knowledge
        current.withLock { installed in
            swap(&installed, &replaced)
            metrics.recordRulesLoaded(version: rules.version, at: knowledge.loadedAt)
        }
        logger.info("rules loaded", metadata: ["version": .string(rules.version), "origin": .string(origin)])
    }

    static func wallClock() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
