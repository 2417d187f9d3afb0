import Prometheus
public import RenewalRules
import Synchronization

/// The service's Prometheus metrics: requests by route, method and status; latency by route;
/// identifications by provider and status; open connections.
public final class ServiceMetrics: Sendable {
    private struct RequestKey: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    private let registry = PrometheusCollectorRegistry()
    private let requestCounters = Mutex<[RequestKey: Counter]>([:])
    private let latency = Mutex<[String: DurationHistogram]>([:])
    private let identificationCounters = Mutex<[String: Counter]>([:])
    private let openConnections: Gauge

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
    private static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]

    /// A fresh set of metrics.
    public init() {
        openConnections = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                metricName: "http_open_connections", unitName: "", helpText: "Open client connections."))
    }

    /// Counts one answered request and its latency. Unknown methods are counted as `OTHER`, so a
    /// client cannot grow the label set without bound.
    public func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestKey(
            route: route, method: Self.knownMethods.contains(method) ? method : "OTHER", status: status)
        let counter = requestCounters.withLock { counters in
            if let counter = counters[key] { return counter }
            let counter = registry.makeCounter(
                descriptor: Self.requestsDescriptor,
                labels: [("route", key.route), ("method", key.method), ("status", String(key.status))])
            counters[key] = counter
            return counter
        }
        counter.increment()
        let histogram = latency.withLock { histograms in
            if let histogram = histograms[route] { return histogram }
            let histogram = registry.makeDurationHistogram(
                descriptor: Self.latencyDescriptor, labels: [("route", route)], buckets: Self.latencyBuckets)
            histograms[route] = histogram
            return histogram
        }
        histogram.record(duration)
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
