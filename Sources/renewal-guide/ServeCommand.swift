import ArgumentParser
import Foundation
import Logging
import RenewalService

/// `renewal-guide serve` (the default): the HTTP service.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (the default command).",
        discussion: Setting.allCases.map {
            "\($0.flag) / \($0.environmentVariable) (default \($0.defaultValue.isEmpty ? "none" : $0.defaultValue)): \($0.meaning)"
        }
        .joined(separator: "\n")
    )

    @Option(name: .customLong("host"), help: "Address to listen on (HOST).") var host: String?
    @Option(name: .customLong("port"), help: "TCP port, 0 for any free one (PORT).") var port: String?
    @Option(name: .customLong("header-timeout"), help: "Seconds to receive headers (HEADER_TIMEOUT).")
    var headerTimeout: String?
    @Option(name: .customLong("idle-timeout"), help: "Seconds an idle keep-alive lasts (IDLE_TIMEOUT).")
    var idleTimeout: String?
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body (MAX_BODY_BYTES).")
    var maxBodyBytes: String?
    @Option(name: .customLong("max-connections"), help: "Most open connections (MAX_CONNECTIONS).")
    var maxConnections: String?
    @Option(
        name: .customLong("max-buffered-bytes"),
        help: "Most request and answer bytes held server-wide (MAX_BUFFERED_BYTES).")
    var maxBufferedBytes: String?
    @Option(name: .customLong("shutdown-grace"), help: "Seconds to drain on SIGTERM (SHUTDOWN_GRACE).")
    var shutdownGrace: String?
    @Option(name: .customLong("default-language"), help: "ja or en (DEFAULT_LANGUAGE).")
    var defaultLanguage: String?
    @Option(name: .customLong("cors-origin"), help: "Allowed CORS origins, comma-separated, or * (CORS_ORIGIN).")
    var corsOrigin: String?
    @Option(
        name: .customLong("frame-ancestors"),
        help: "Who may frame the page: 'none', 'self' or origins (FRAME_ANCESTORS).")
    var frameAncestors: String?
    @Option(name: .customLong("log-level"), help: "Log level (LOG_LEVEL).") var logLevel: String?
    @Option(name: .customLong("event-loops"), help: "Event loops, or auto (EVENT_LOOPS).") var eventLoops: String?

    /// Flags override the environment, setting by setting.
    func settingValues(environment: [String: String]) -> [Setting: String] {
        let flags: [Setting: String?] = [
            .host: host, .port: port, .headerTimeout: headerTimeout, .idleTimeout: idleTimeout,
            .maxBodyBytes: maxBodyBytes, .maxConnections: maxConnections, .maxBufferedBytes: maxBufferedBytes,
            .shutdownGrace: shutdownGrace,
            .defaultLanguage: defaultLanguage, .corsOrigin: corsOrigin, .frameAncestors: frameAncestors,
            .logLevel: logLevel,
            .eventLoops: eventLoops,
        ]
        var values: [Setting: String] = [:]
        for setting in Setting.allCases {
            if let flag = flags[setting], let value = flag {
                values[setting] = value
            } else if let value = environment[setting.environmentVariable] {
                values[setting] = value
            }
        }
        return values
    }

    func run() throws {
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration(
                values: settingValues(environment: ProcessInfo.processInfo.environment))
        } catch {
            FileHandle.standardError.write(Data("renewal-guide: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let output = LogOutput.standardOutput
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: configuration.logLevel, output: output) }
        var logger = Logger(label: "renewal-guide")
        logger.logLevel = configuration.logLevel

        let runner = ServiceRunner(
            configuration: configuration, logger: logger,
            accessLog: .direct(to: output, level: configuration.logLevel))
        do {
            try runner.start()
        } catch {
            output.flush()
            FileHandle.standardError.write(Data("renewal-guide: cannot start: \(error)\n".utf8))
            throw ExitCode(1)
        }
        runner.server.stopOnSignals()
        logger.notice(
            "listening",
            metadata: ["host": .string(configuration.host), "port": .stringConvertible(runner.port)])
        output.flush()
        runner.server.waitUntilStopped()
        logger.notice("stopped")
        output.flush()
    }
}
