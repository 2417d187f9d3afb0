import Logging
import Synchronization

/// What every loop and the acceptor share: configuration, application hooks and the connection gauge.
final class ServerContext: Sendable {
    let configuration: HTTPServer.Configuration
    let logger: Logger
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let errorResponder: @Sendable (HTTPStatus, String) -> HTTPResponse
    let headCheck: (@Sendable (HTTPRequestHead) -> HTTPResponse?)?
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
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        errorResponder: @escaping @Sendable (HTTPStatus, String) -> HTTPResponse,
        headCheck: (@Sendable (HTTPRequestHead) -> HTTPResponse?)?,
        loopDrained: @escaping @Sendable () -> Void
    ) {
        self.configuration = configuration
        self.logger = logger
        self.handler = handler
        self.errorResponder = errorResponder
        self.headCheck = headCheck
        self.loopDrained = loopDrained
        self.budget = ByteBudget(limit: configuration.maxBufferedBytes)
        self.work = WorkQueue(count: configuration.loopCount, limit: configuration.maxQueuedWork)
    }
}
