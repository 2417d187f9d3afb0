import Foundation
public import Logging
public import MicroHTTP
public import RenewalRules

/// Everything the service can be configured with. Built from a dictionary of setting values, so
/// tests pass a dictionary and only the executable reads the process environment and flags.
public struct ServiceConfiguration: Sendable {
    /// The HTTP server's defaults, which the service keeps as its own.
    private static let server = HTTPServer.Configuration()

    /// The address to listen on.
    public var host = server.host
    /// The TCP port; 0 picks a free one.
    public var port = server.port
    /// Seconds to receive a request's headers.
    public var headerTimeout = server.headerTimeout
    /// Seconds an idle keep-alive connection stays open.
    public var idleTimeout = server.idleTimeout
    /// Largest request body, in bytes.
    public var maxBodyBytes = server.maxBodyBytes
    /// Most open connections.
    public var maxConnections = server.maxConnections
    /// Most bytes of request bodies and unsent answers held at once.
    public var maxBufferedBytes = server.maxBufferedBytes
    /// Seconds a graceful shutdown waits.
    public var shutdownGrace = server.shutdownGrace
    /// The language when nothing else decides.
    public var defaultLanguage = Language.ja
    /// Origins allowed by CORS; `["*"]` allows any.
    public var corsOrigins: [String] = []
    /// Who may frame the page (CSP `frame-ancestors` sources).
    public var frameAncestors = ["'none'"]
    /// Origins whose browser pages may call `POST /mcp`; none by default.
    public var mcpOrigins: [String] = []
    /// The log level.
    public var logLevel = Logger.Level.info
    /// Event loops; `nil` follows the CPU budget (cores, capped by a cgroup CPU limit).
    public var eventLoops: Int?
    /// The rule file (or a directory holding `rules.yaml`); `nil` answers from the compiled-in rules.
    public var rulesPath: String?
    /// Seconds between checks of the rule file for a change; `nil` reloads on SIGHUP only.
    public var rulesPoll: Double?

    /// The defaults, once.
    static let defaults = ServiceConfiguration()

    /// The defaults.
    public init() {}

    /// Reads settings from environment-style values (`PORT`, `HEADER_TIMEOUT`, …); absent ones keep
    /// their defaults.
    ///
    /// - Throws: ``ConfigurationError`` naming the first setting with an unusable value.
    public init(environment: [String: String]) throws(ConfigurationError) {
        var values: [Setting: String] = [:]
        for setting in Setting.allCases {
            if let value = environment[setting.environmentVariable] { values[setting] = value }
        }
        try self.init(values: values)
    }

    /// Reads settings from values keyed by setting (flags already merged over the environment).
    public init(values: [Setting: String]) throws(ConfigurationError) {
        for setting in Setting.allCases {
            guard let raw = values[setting] else { continue }
            try apply(setting, raw.trimmingCharacters(in: .whitespaces))
        }
    }

    private mutating func apply(_ setting: Setting, _ value: String) throws(ConfigurationError) {
        func fail(_ expected: String) -> ConfigurationError {
            ConfigurationError(setting: setting, value: value, expected: expected)
        }
        func integer(_ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
            guard !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }), value.count <= 10,
                let number = Int(value),
                range.contains(number)
            else { throw fail("an integer from \(range.lowerBound) to \(range.upperBound)") }
            return number
        }
        func seconds() throws(ConfigurationError) -> Double {
            guard let number = Double(value), number.isFinite, number > 0, number <= 86_400 else {
                throw fail("a number of seconds above 0 and at most 86400")
            }
            return number
        }
        switch setting {
        case .host:
            guard !value.isEmpty, value.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else {
                throw fail("an IPv4 or IPv6 address such as 0.0.0.0 or ::")
            }
            host = value
        case .port: port = try integer(0...65_535)
        case .headerTimeout: headerTimeout = try seconds()
        case .idleTimeout: idleTimeout = try seconds()
        case .maxBodyBytes: maxBodyBytes = try integer(1...1_073_741_824)
        case .maxConnections: maxConnections = try integer(1...1_000_000)
        case .maxBufferedBytes: maxBufferedBytes = try integer(1_048_576...1 << 40)
        case .shutdownGrace: shutdownGrace = try seconds()
        case .defaultLanguage:
            guard let language = Language(rawValue: value.lowercased()) else { throw fail("ja or en") }
            defaultLanguage = language
        case .corsOrigin:
            let origins = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard origins.allSatisfy({ $0 == "*" || $0.hasPrefix("http://") || $0.hasPrefix("https://") }) else {
                throw fail("*, or comma-separated origins such as https://support.example.com")
            }
            corsOrigins = origins
        case .frameAncestors:
            let sources = value.split(separator: " ").map(String.init)
            guard !sources.isEmpty,
                sources == ["'none'"]
                    || sources.allSatisfy({ source in
                        source == "'self'"
                            || ((source.hasPrefix("https://") || source.hasPrefix("http://"))
                                && source.allSatisfy { $0.isASCII && !$0.isWhitespace && !";,'\"".contains($0) })
                    })
            else {
                throw fail("'none', 'self', or space-separated origins such as https://support.example.com")
            }
            frameAncestors = sources
        case .mcpOrigins:
            let origins = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard origins.allSatisfy({ $0.hasPrefix("http://") || $0.hasPrefix("https://") }) else {
                throw fail("comma-separated origins such as https://desk.example.com")
            }
            mcpOrigins = origins
        case .eventLoops:
            eventLoops = value.lowercased() == "auto" ? nil : try integer(1...256)
        case .rules:
            guard value.utf8.count <= 4096, !value.utf8.contains(0) else { throw fail("a path") }
            rulesPath = value.isEmpty ? nil : value
        case .rulesPoll:
            if value == "0" {
                rulesPoll = nil
            } else {
                guard let number = Double(value), number.isFinite, number >= 1, number <= 86_400 else {
                    throw fail("0, or a number of seconds from 1 to 86400")
                }
                rulesPoll = number
            }
        case .logLevel:
            guard let level = Logger.Level(rawValue: value.lowercased()) else {
                throw fail(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))
            }
            logLevel = level
        }
    }

    /// A setting's value as it would be written (the form ``Setting/defaultValue`` shows).
    func text(of setting: Setting) -> String {
        func seconds(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        switch setting {
        case .host: return host
        case .port: return String(port)
        case .headerTimeout: return seconds(headerTimeout)
        case .idleTimeout: return seconds(idleTimeout)
        case .maxBodyBytes: return String(maxBodyBytes)
        case .maxConnections: return String(maxConnections)
        case .maxBufferedBytes: return String(maxBufferedBytes)
        case .shutdownGrace: return seconds(shutdownGrace)
        case .defaultLanguage: return defaultLanguage.rawValue
        case .corsOrigin: return corsOrigins.joined(separator: ",")
        case .frameAncestors: return frameAncestors.joined(separator: " ")
        case .mcpOrigins: return mcpOrigins.joined(separator: ",")
        case .logLevel: return logLevel.rawValue
        case .eventLoops: return eventLoops.map(String.init) ?? "auto"
        case .rules: return rulesPath ?? ""
        case .rulesPoll: return rulesPoll.map(seconds) ?? "0"
        }
    }

    /// The settings MicroHTTP needs.
    public var httpConfiguration: HTTPServer.Configuration {
        HTTPServer.Configuration(
            host: host, port: port, loopCount: eventLoops ?? CPUBudget.defaultEventLoops(), maxBodyBytes: maxBodyBytes,
            headerTimeout: headerTimeout, idleTimeout: idleTimeout,
            maxConnections: maxConnections, shutdownGrace: shutdownGrace, maxBufferedBytes: maxBufferedBytes)
    }
}
