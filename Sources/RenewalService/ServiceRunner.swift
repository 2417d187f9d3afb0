public import Logging
public import MicroHTTP
public import RenewalRules

/// The service running on MicroHTTP: the service is the server's responder, and learns the
/// server's state and load from each request's context.
public final class ServiceRunner: Sendable {
    /// The application.
    public let service: RenewalService
    /// The HTTP server.
    public let server: HTTPServer
    /// Reloads the rule file (`RULES_PATH`) on SIGHUP and, with `RULES_POLL`, when it changes.
    public let reloader: RuleReloader

    /// Builds, without binding, a server for a configuration; access-log entries go to `accessLog`
    /// (none unless asked for: `serve` passes ``AccessLog/direct(to:level:)``).
    ///
    /// - Parameter rules: the book to start with: the one read from `configuration.rulesPath`
    ///   (read it first with ``RuleFileSource/load()``, to stop on a bad file), or the compiled-in one.
    public init(
        configuration: ServiceConfiguration, logger: Logger, accessLog: AccessLog = .off, rules: RuleBook = .standard
    ) {
        let source = configuration.rulesPath.map(RuleFileSource.init)
        let service = RenewalService(
            configuration: configuration, logger: logger, accessLog: accessLog, rules: rules,
            rulesOrigin: source?.file ?? "compiled-in")
        self.service = service
        server = HTTPServer(configuration: configuration.httpConfiguration, logger: logger, responder: service)
        reloader = RuleReloader(service: service, source: source, logger: logger)
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
