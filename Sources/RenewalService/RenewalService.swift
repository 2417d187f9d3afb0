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
        let scope = scope(request)
        let response: HTTPResponse
        do {
            response = try answer(request, scope, context)
        } catch {
            response = .problem(error, language: scope.problemLanguage(request.head))
        }
        return finish(response, scope, headers: request.headers)
    }

    /// Answers a request MicroHTTP could not read (bad framing, limits, timeouts) as a problem, in
    /// the default language: there is no head to say another.
    public func respondToProtocolError(_ status: HTTPStatus, _ detail: String) -> HTTPResponse {
        let scope = RequestScope(unreadableFor: self)
        logger.notice(
            "protocol error",
            metadata: ["request_id": .string(scope.requestID), "status": .stringConvertible(status.code)])
        return finish(.problem(.protocolError(status, detail), language: negotiator.defaultLanguage), scope)
    }

    /// Refuses a request before its body is read (and before `100 Continue`) when it cannot succeed:
    /// no resource, a method the route does not answer, or a body without a type.
    public func checkHead(_ head: HTTPRequestHead) -> HTTPResponse? {
        // Bodiless requests are answered at once: the answer itself refuses them.
        guard head.framing != .none else { return nil }
        let matched = Route.match(path: head.path)
        do throws(ServiceError) {
            let resolution = try RouteResolution.resolve(method: head.method, path: head.path, matched: matched)
            if case .handler(let match) = resolution, head.method == .post, head.headers["Content-Type"] == nil {
                throw .unsupportedMediaType(
                    match.route == .scan ? ProblemTexts.scanContentType : ProblemTexts.identifyContentType)
            }
            return nil
        } catch {
            // The scope (a request id, a start time) is made only for a refusal: most heads pass.
            let scope = scope(head)
            return finish(.problem(error, language: scope.problemLanguage(head)), scope, headers: head.headers)
        }
    }

    /// A request answered by its route's handler alone, without the request id, metrics or access
    /// log of a request from the network: how an MCP tool call gets the REST answer it stands for.
    func answerInternally(_ request: HTTPRequest) -> HTTPResponse {
        let scope = scope(request)
        do {
            return try answer(request, scope, HTTPRequestContext())
        } catch {
            return .problem(error, language: scope.problemLanguage(request.head))
        }
    }

    /// The answer of the request's route: the server's options, a preflight, or the handler's.
    private func answer(
        _ request: HTTPRequest, _ scope: RequestScope, _ context: HTTPRequestContext
    ) throws(ServiceError) -> HTTPResponse {
        switch try RouteResolution.resolve(method: request.method, path: request.path, matched: scope.matched) {
        case .serverOptions:
            var response = HTTPResponse(status: .noContent)
            response.headers.replace(name: "Allow", value: "GET, HEAD, POST, OPTIONS")
            return response
        case .preflight(let route):
            return cors.preflight(origin: request.headers["Origin"], allow: route.allowedMethods)
        case .handler(let match):
            return try handle(match.route, id: match.id, request, scope, context)
        }
    }

    private func handle(
        _ route: Route, id: String?, _ request: HTTPRequest, _ scope: RequestScope, _ context: HTTPRequestContext
    ) throws(ServiceError) -> HTTPResponse {
        switch route {
        case .page: return page(request)
        case .pageStylesheet, .pageScript: return pageAsset(route)
        case .identify: return try identify(request, scope)
        case .scan: return try scan(request, scope)
        case .guides: return try listGuides(request, scope)
        case .guide: return try guide(request, id: id ?? "", scope)
        case .health: return health()
        case .readiness: return try readiness(context)
        case .metrics: return metricsExposition(context)
        case .openAPI: return openAPIDocument()
        case .rules: return try rulesDocument(request, scope)
        case .mcp: return try mcp(request, scope)
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
