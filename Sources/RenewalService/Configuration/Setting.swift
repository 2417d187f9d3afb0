import Foundation

/// One configurable setting: the same name as a flag (`--port`) and an environment variable (`PORT`).
public enum Setting: String, CaseIterable, Sendable {
    /// The address to listen on.
    case host
    /// The TCP port; 0 picks a free one.
    case port
    /// Seconds a client has to send a request's head (the slowloris defence).
    case headerTimeout = "header-timeout"
    /// Seconds an idle keep-alive connection stays open.
    case idleTimeout = "idle-timeout"
    /// The largest request body accepted, in bytes.
    case maxBodyBytes = "max-body-bytes"
    /// The most connections open at once; more get 503.
    case maxConnections = "max-connections"
    /// The most bytes of request bodies and unsent answers held at once, server-wide.
    case maxBufferedBytes = "max-buffered-bytes"
    /// Seconds a graceful shutdown waits for in-flight requests.
    case shutdownGrace = "shutdown-grace"
    /// The language when neither `?lang` nor `Accept-Language` decides.
    case defaultLanguage = "default-language"
    /// Origins allowed by CORS, comma-separated, or `*`; none by default.
    case corsOrigin = "cors-origin"
    /// Who may frame the page: `'none'`, `'self'` or origins, space-separated.
    case frameAncestors = "frame-ancestors"
    /// Origins allowed to call `POST /mcp` from a browser.
    case mcpOrigins = "mcp-origins"
    /// The log level: trace, debug, info, notice, warning, error, critical.
    case logLevel = "log-level"
    /// Event loops (threads serving connections); `auto` follows the CPU limit.
    case eventLoops = "event-loops"
    /// A rule file, or a directory holding `rules.yaml`, to answer from instead of the compiled-in one.
    case rules
    /// Seconds between checks of the rule file for a change (`0`: only on SIGHUP).
    case rulesPoll = "rules-poll"

    /// The command-line flag, e.g. `--header-timeout`.
    public var flag: String { "--\(rawValue)" }

    /// The environment variable, e.g. `HEADER_TIMEOUT`; `RULES_PATH` for `--rules`, which names a path.
    public var environmentVariable: String {
        self == .rules ? "RULES_PATH" : rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// The default, as it would be written: read from ``ServiceConfiguration``'s defaults, which
    /// take the HTTP server's own, so that each default is declared once.
    public var defaultValue: String {
        ServiceConfiguration.defaults.text(of: self)
    }

    /// What the setting means, for `--help` and the README.
    public var meaning: String {
        switch self {
        case .host: "Address to listen on (IPv4 or IPv6, e.g. 0.0.0.0, ::, 127.0.0.1)."
        case .port: "TCP port; 0 picks a free port."
        case .headerTimeout: "Seconds to receive a request's headers before 408 (slowloris defence)."
        case .idleTimeout: "Seconds an idle keep-alive connection is kept."
        case .maxBodyBytes: "Largest request body in bytes (413 above)."
        case .maxConnections: "Most open connections; beyond it 503 with Retry-After."
        case .maxBufferedBytes:
            "Most bytes of request bodies and unsent answers held server-wide; beyond it a request with a body gets 503 with Retry-After."
        case .shutdownGrace: "Seconds a graceful shutdown waits before closing what remains."
        case .defaultLanguage: "ja or en, when neither ?lang nor Accept-Language decides."
        case .corsOrigin: "Comma-separated origins allowed by CORS, or *; empty allows none."
        case .frameAncestors:
            "Who may embed the page at / in a frame: 'none', 'self' or space-separated origins (CSP frame-ancestors)."
        case .mcpOrigins:
            "Comma-separated origins allowed to send Origin to POST /mcp (MCP's DNS-rebinding defence); empty allows none, requests without Origin are always allowed."
        case .logLevel: "trace, debug, info, notice, warning, error or critical."
        case .eventLoops: "Event loops serving connections; auto = online cores capped by the cgroup CPU limit."
        case .rules:
            "A rule file, or a directory holding rules.yaml (a mounted ConfigMap), to answer from; empty: the compiled-in rules."
        case .rulesPoll:
            "Seconds between checks of the rule file's content hash; a change is installed once two checks in a row see it (never a half-written file); 0: reload on SIGHUP only."
        }
    }
}
