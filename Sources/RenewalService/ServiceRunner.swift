public import Logging
public import MicroHTTP

/// The service running on MicroHTTP: wires the application's handler, its problem+json error
/// rendering, its early head check, readiness during shutdown, and the connection gauge.
public final class ServiceRunner: Sendable {
    /// The application.
    public let service: RenewalService
    /// The HTTP server.
    public let server: HTTPServer

    /// Builds, without binding, a server for a configuration; access-log entries go to `accessLog`.
    public init(configuration: ServiceConfiguration, logger: Logger, accessLog: AccessLog = .logger) {
        let service = RenewalService(configuration: configuration, logger: logger, accessLog: accessLog)
        self.service = service
        server = HTTPServer(
            configuration: configuration.httpConfiguration, logger: logger,
            handler: { service.respond(to: $0) },
            errorResponder: { service.respondToProtocolError($0, $1) },
            headCheck: { service.checkHead($0) })
        let server = server
        // Weak: the server holds the service through its handlers, so a strong reference back would
        // make a cycle and leak both (LeakSanitizer found it, one pair per server in the tests).
        service.setConnectionCounter { [weak server] in server?.openConnections ?? 0 }
        server.onStateChange { state in
            if state == .draining || state == .stopped { service.markDraining() }
        }
    }

    /// Binds and starts serving.
    public func start() throws(HTTPServerError) {
        AllocatorTuning.returnLargeBuffersToTheSystem()
        try server.start()
    }

    /// The port actually bound (the chosen one when configured with port 0).
    public var port: Int { server.localPort ?? service.configuration.port }

    /// Starts a graceful shutdown.
    public func shutdown() {
        server.shutdown()
    }
}
