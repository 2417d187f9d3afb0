public import MicroHTTP

/// The service is what MicroHTTP serves: requests, heads to admit or refuse before their body, and
/// requests too broken to read, each with the server's state and load.
extension RenewalService: HTTPResponder {
    /// Refuses what cannot succeed before its body is read (see ``checkHead(_:)``).
    public func admit(_ head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse? {
        checkHead(head)
    }

    /// Rendering the page for a question, scanning a statement and a large `/identify` body (a
    /// batch, a pasted e-mail) run on a worker: a liveness probe on the same loop is answered
    /// ahead of them (`/healthz` and `/readyz` never leave the loop).
    public func runsOnWorker(_ head: HTTPRequestHead) -> Bool {
        // Only a POST or a question in the URL can be costly: a probe skips the route lookup,
        // which `respond` makes again.
        guard head.method == .post || !head.query.isEmpty else { return false }
        return switch Route.match(path: head.path)?.route {
        case .page: head.method == .post || !head.query.isEmpty
        case .scan: head.method == .post
        case .identify, .mcp:
            head.method == .post
                && (head.headers["Content-Length"].flatMap { Int($0) }.map { $0 >= Self.workerIdentifyBytes } ?? true)
        default: false
        }
    }

    /// The `/identify` body from which the answer is worked out on a worker: a batch of more than a
    /// few items, or a pasted e-mail.
    static let workerIdentifyBytes = 2_048

    /// A problem document in the default language (see ``respondToProtocolError(_:_:)``).
    public func respond(to error: HTTPProtocolError, context: HTTPRequestContext) -> HTTPResponse {
        respondToProtocolError(error.status, error.detail)
    }

    /// A request refused after its head was read, for a protocol limit (a declared body over the
    /// limit: what to send instead for its route) or for the server's own (503): answered in the
    /// client's language, with its request id, counted and logged under its route.
    public func respond(
        to error: HTTPProtocolError, head: HTTPRequestHead, context: HTTPRequestContext
    )
        -> HTTPResponse
    {
        let scope = scope(head)
        let problem: ServiceError =
            error.status == .contentTooLarge
            ? .contentTooLarge(ProblemTexts.bodyTooLarge(limit: configuration.maxBodyBytes, route: scope.route))
            : .protocolError(error.status, error.detail)
        scope.logger.notice(
            "request refused at its head",
            metadata: ["status": .stringConvertible(error.status.code), "path": "\(head.path.prefix(64))"])
        return finish(.problem(problem, language: scope.problemLanguage(head)), scope, headers: head.headers)
    }
}
