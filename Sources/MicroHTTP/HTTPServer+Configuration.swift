import Foundation

extension HTTPServer {
    /// Everything that tunes the server; every field has a production default.
    public struct Configuration: Sendable {
        /// The address to bind: `0.0.0.0`, `::` (dual stack), `127.0.0.1`, `::1`, `[::1]` or a host name.
        public var host: String
        /// The port to bind; `0` picks a free one (read it back from ``HTTPServer/localPort``).
        public var port: Int
        /// The number of event loops (epoll instances, each on its own serial queue).
        public var loopCount: Int
        /// The longest request target in bytes (414 beyond).
        public var maxRequestTargetBytes: Int
        /// The largest header block in bytes (431 beyond).
        public var maxHeaderBytes: Int
        /// The most header fields (431 beyond).
        public var maxHeaderFields: Int
        /// The largest request body in bytes (413 beyond).
        public var maxBodyBytes: Int
        /// Seconds allowed from a request's first byte to the end of its head (408, the slowloris defence).
        public var headerTimeout: Double
        /// Seconds an idle keep-alive connection stays open.
        public var idleTimeout: Double
        /// Seconds allowed to receive a body once its head arrived (408 beyond).
        public var bodyTimeout: Double
        /// Seconds allowed for a pending response write to finish.
        public var writeTimeout: Double
        /// The most open connections; beyond it new ones get 503 with `Retry-After` and are closed.
        public var maxConnections: Int
        /// Seconds a graceful shutdown waits for in-flight requests before force-closing.
        public var shutdownGrace: Double
        /// The `Server` header value.
        public var serverName: String
        /// The `Retry-After` seconds sent with the over-capacity 503.
        public var retryAfterSeconds: Int
        /// The listen backlog.
        public var backlog: Int32
        /// The most bytes of request bodies and unsent responses held at once, server-wide. Past it, a
        /// request with a body gets 503 with `Retry-After` before its body is read; requests without
        /// one (health probes among them) are still served.
        public var maxBufferedBytes: Int
        /// Requests with a body at least this large are handled on a worker queue, not the loop's,
        /// so that one costly request delays no other connection on its loop.
        public var workerBodyBytes: Int
        /// The most requests on the worker queues at once (503 with `Retry-After` beyond).
        public var maxQueuedWork: Int

        /// Creates a configuration; every argument has the production default.
        public init(
            host: String = "0.0.0.0", port: Int = 8080, loopCount: Int? = nil, maxRequestTargetBytes: Int = 8192,
            maxHeaderBytes: Int = 16384, maxHeaderFields: Int = 100, maxBodyBytes: Int = 1_048_576,
            headerTimeout: Double = 10, idleTimeout: Double = 60, bodyTimeout: Double = 30, writeTimeout: Double = 30,
            maxConnections: Int = 10_000, shutdownGrace: Double = 10, serverName: String = "renewal-guide",
            retryAfterSeconds: Int = 1, backlog: Int32 = 4096, maxBufferedBytes: Int = 128 << 20,
            workerBodyBytes: Int = 16 << 10, maxQueuedWork: Int = 64
        ) {
            self.host = host
            self.port = port
            self.loopCount = max(1, loopCount ?? ProcessInfo.processInfo.activeProcessorCount)
            self.maxRequestTargetBytes = maxRequestTargetBytes
            self.maxHeaderBytes = maxHeaderBytes
            self.maxHeaderFields = maxHeaderFields
            self.maxBodyBytes = maxBodyBytes
            self.headerTimeout = headerTimeout
            self.idleTimeout = idleTimeout
            self.bodyTimeout = bodyTimeout
            self.writeTimeout = writeTimeout
            self.maxConnections = maxConnections
            self.shutdownGrace = shutdownGrace
            self.serverName = serverName
            self.retryAfterSeconds = retryAfterSeconds
            self.backlog = backlog
            self.maxBufferedBytes = maxBufferedBytes
            self.workerBodyBytes = workerBodyBytes
            self.maxQueuedWork = maxQueuedWork
        }

        var parserLimits: HTTPRequestParser.Limits {
            HTTPRequestParser.Limits(
                maxRequestTargetBytes: maxRequestTargetBytes, maxHeaderBytes: maxHeaderBytes,
                maxHeaderFields: maxHeaderFields, maxBodyBytes: maxBodyBytes)
        }

        /// How often each loop scans its deadlines: a quarter of the shortest timeout, 10–250 ms.
        var tickNanoseconds: UInt64 {
            let shortest = min(headerTimeout, idleTimeout, bodyTimeout, writeTimeout)
            return UInt64(min(0.25, max(0.01, shortest / 4)) * 1e9)
        }
    }
}
