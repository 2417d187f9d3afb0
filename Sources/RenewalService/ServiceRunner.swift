public import Logging
public import MicroHTTP

/// The service running on MicroHTTP: the service is the server's responder, and learns the
/// server's state and load from each request's context.
public final class ServiceRunner: Sendable {
    /// The application.
    public let service: RenewalService
    /// The HTTP server.
    public let server: HTTPServer

    /// Builds, without binding, a server for a configuration; access-log entries go to `accessLog`
    /// (none unless asked for: `serve` passes ``AccessLog/direct(to:level:)``).
    public init(configuration: ServiceConfiguration, logger: Logger, accessLog: AccessLog = .off) {
        let service = RenewalService(configuration: configuration, logger: logger, accessLog: accessLog)
        self.service = service
        server = HTTPServer(configuration: configuration.httpConfiguration, logger: logger, responder: service)
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
