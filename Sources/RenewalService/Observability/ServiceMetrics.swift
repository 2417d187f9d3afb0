public import MicroHTTP
import Prometheus
public import RenewalRules
import Synchronization

/// The service's Prometheus metrics: requests by route, method and status; latency by route;
/// identifications by provider and status; open connections; the rule book loaded, when, and
/// how many reloads failed.
public final class ServiceMetrics: Sendable {

    private let registry = PrometheusCollectorRegistry()
    /// Counters keyed by one integer, route × 10⁶ + method × 10³ + status, so counting hashes no strings.
    private let requestCounters = Mutex<[Int: Counter]>([:])
    /// One histogram per route label, created up front so recording takes no lock of ours.
    private let latency: [DurationHistogram]
    private let identificationCounters = Mutex<[String: Counter]>([:])
    private let openConnections: Gauge
    /// `renewal_rules_info{version}`, 1, for the loaded book only: the previous version's series is
    /// removed when a new one loads, so reloads do not grow the label set.
    private let rulesInfo = Mutex<(version: String, gauge: Gauge)?>(nil)
    private let rulesLoadedAt: Gauge
    private let rulesReloadFailures: Counter
    /// `renewal_mcp_tool_calls_total{tool, outcome}`: one counter per known tool and outcome, made
    /// up front so an agent cannot grow the label set with made-up names.
    private let toolCalls: [String: Counter]

    static let latencyBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1),
    ]
    private static var requestsDescriptor: MetricNameDescriptor {
        MetricNameDescriptor(
            metricName: "http_requests", unitName: "total",
            helpText: "HTTP requests answered, by route, method and status.")
    }
    private static var latencyDescriptor: MetricNameDescriptor {
        MetricNameDescriptor(
            metricName: "http_request_duration", unitName: "seconds", helpText: "Time to answer a request, by route.")
    }
    private static var identificationsDescriptor: MetricNameDescriptor {
        MetricNameDescriptor(
            metricName: "renewal_identifications", unitName: "total",
            helpText: "Identifications, by provider and status.")
    }

    /// A fresh set of metrics.
    public init() {
        latency = Self.routeLabels.map { [registry] label in
            registry.makeDurationHistogram(
                descriptor: Self.latencyDescriptor, labels: [("route", label)], buckets: Self.latencyBuckets)
        }
        openConnections = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                metricName: "http_open_connections", unitName: "", helpText: "Open client connections."))
        rulesLoadedAt = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                metricName: "renewal_rules_loaded_timestamp", unitName: "seconds",
                helpText: "When the rule book answering now was loaded, in seconds since 1970."))
        rulesReloadFailures = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                metricName: "renewal_rules_reload_failures", unitName: "total",
                helpText: "Reloads refused because the rule file could not be read or had problems."))
        var toolCalls: [String: Counter] = [:]
        for tool in MCPTools.names + ["unknown"] {
            for outcome in ["ok", "error"] {
                toolCalls["\(tool) \(outcome)"] = registry.makeCounter(
                    descriptor: MetricNameDescriptor(
                        metricName: "renewal_mcp_tool_calls", unitName: "total",
                        helpText: "MCP tool calls, by tool and outcome (error: a tool result with isError)."),
                    labels: [("tool", tool), ("outcome", outcome)])
            }
        }
        self.toolCalls = toolCalls
    }

    /// Counts one MCP tool call; a name no tool has is counted as `unknown`.
    public func recordToolCall(_ tool: String, isError: Bool) {
        let known = MCPTools.names.contains(tool) ? tool : "unknown"
        toolCalls["\(known) \(isError ? "error" : "ok")"]?.increment()
    }

    /// A rule book was loaded: its version (content hash) and the time.
    public func recordRulesLoaded(version: String, at time: Double) {
        let gauge = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                metricName: "renewal_rules_info", unitName: "",
                helpText: "The rule book answering now, by version (its content hash): 1."),
            labels: [("version", version)])
        let previous = rulesInfo.withLock { info in
            defer { info = (version, gauge) }
            return info
        }
        if let previous, previous.version != version { registry.unregisterGauge(previous.gauge) }
        gauge.set(Double(1))
        rulesLoadedAt.set(time)
    }

    /// A reload was refused; the running book stays.
    public func recordRulesReloadFailure() {
        rulesReloadFailures.increment()
    }

    /// Route labels: the route templates, then `unmatched`.
    private static let routeLabels = Route.allCases.map(\.template) + ["unmatched"]
    /// Method labels: the usual methods, then `OTHER`, so a client cannot grow the label set.
    private static let methodLabels: [HTTPMethod] = [.get, .head, .post, .put, .delete, .options, .patch]

    /// Counts one answered request and its latency; `route` is `nil` when no route matched.
    public func recordRequest(route: Route?, method: HTTPMethod, status: Int, duration: Duration) {
        let routeIndex = route.flatMap { Route.allCases.firstIndex(of: $0) } ?? Self.routeLabels.count - 1
        let methodIndex = Self.methodLabels.firstIndex(of: method) ?? Self.methodLabels.count
        let key = routeIndex * 1_000_000 + methodIndex * 1_000 + min(max(status, 0), 999)
        let counter = requestCounters.withLock { counters in
            if let counter = counters[key] { return counter }
            let methodLabel = methodIndex < Self.methodLabels.count ? Self.methodLabels[methodIndex].rawValue : "OTHER"
            let counter = registry.makeCounter(
                descriptor: Self.requestsDescriptor,
                labels: [("route", Self.routeLabels[routeIndex]), ("method", methodLabel), ("status", String(status))])
            counters[key] = counter
            return counter
        }
        counter.increment()
        latency[routeIndex].record(duration)
    }

    /// Counts one identification by its provider (or `none`) and status.
    public func recordIdentification(_ identification: Identification) {
        let provider = identification.provider?.rawValue ?? "none"
        let status = identification.status.rawValue
        let counter = identificationCounters.withLock { counters in
            let key = provider + "|" + status
            if let counter = counters[key] { return counter }
            let counter = registry.makeCounter(
                descriptor: Self.identificationsDescriptor, labels: [("provider", provider), ("status", status)])
            counters[key] = counter
            return counter
        }
        counter.increment()
    }

    /// The Prometheus text exposition, with the open-connection gauge read now.
    public func exposition(openConnections current: Int) -> [UInt8] {
        openConnections.set(Double(current))
        return registry.emitToBuffer()
    }
}
