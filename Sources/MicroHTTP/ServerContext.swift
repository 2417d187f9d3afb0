import Logging
import Synchronization

/// What every loop and the acceptor share: configuration, the application's responder, and the gauges.
final class ServerContext: Sendable {
    let configuration: HTTPServer.Configuration
    let logger: Logger
    let responder: any HTTPResponder
    /// Open connections, counted from accept to close.
    let openConnections = Atomic<Int>(0)
    /// Called on a loop's queue when a draining loop has no connections left.
    let loopDrained: @Sendable () -> Void
    /// Set as a graceful shutdown starts: every answer from then on says `Connection: close`.
    let shutdownRequested = Atomic<Bool>(false)
    /// Buffered request and response bytes, server-wide.
    let budget: ByteBudget
    /// Where requests with large bodies are handled.
    let work: WorkQueue

    init(
        configuration: HTTPServer.Configuration, logger: Logger,
        responder: any HTTPResponder,
        loopDrained: @escaping @Sendable () -> Void
    ) {
        self.configuration = configuration
        self.logger = logger
        self.responder = responder
        self.loopDrained = loopDrained
        self.budget = ByteBudget(limit: configuration.maxBufferedBytes)
        self.work = WorkQueue(count: configuration.loopCount, limit: configuration.maxQueuedWork)
    }

    /// The state and load handed to the application with a request.
    var requestContext: HTTPRequestContext {
        HTTPRequestContext(
            state: shutdownRequested.load(ordering: .relaxed) ? .draining : .running,
            openConnections: openConnections.load(ordering: .relaxed), bufferedBytes: budget.current)
    }

    /// Renders a protocol error through the application. With the request's head in hand the
    /// application answers knowing it (its language, its route, its request id).
    func answer(_ status: HTTPStatus, _ detail: String, head: HTTPRequestHead? = nil) -> HTTPResponse {
        let error = HTTPProtocolError(status: status, detail: detail)
        return if let head {
            responder.respond(to: error, head: head, context: requestContext)
        } else {
            responder.respond(to: error, context: requestContext)
        }
    }

    /// A 503 for one of the server's own limits, through the application, with `Retry-After`.
    func unavailable(_ detail: String, head: HTTPRequestHead? = nil) -> HTTPResponse {
        var response = answer(.serviceUnavailable, detail, head: head)
        response.headers.add(name: "Retry-After", value: String(configuration.retryAfterSeconds))
        return response
    }
}
