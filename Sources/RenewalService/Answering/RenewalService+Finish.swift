import MicroHTTP
import RenewalDocuments

extension RenewalService {
    /// The one way out of the service: every answer, whether a handler made it, the head check
    /// refused the request, or the request could not be read as HTTP, gets its request id, the
    /// `nosniff` header, `no-store` where it echoes what a customer pasted, CORS headers for its
    /// origin, its count and duration in the metrics, and its access-log line. `Origin` is read
    /// from `headers` only when CORS origins are configured.
    /// The response is taken, not copied: a copy would share the headers' storage, and the first
    /// header added would copy it all again.
    func finish(
        _ response: consuming HTTPResponse, _ scope: RequestScope, headers: HTTPHeaders = HTTPHeaders()
    ) -> HTTPResponse {
        // Handlers never set X-Request-ID: append rather than search for one to replace.
        response.headers.add(name: "X-Request-ID", value: scope.requestID)
        response.forbidSniffing()
        // What customers paste is theirs: an answer that echoes it is never kept by a cache.
        if scope.route == .identify || scope.route == .scan, response.headers["Cache-Control"] == nil {
            response.headers.add(name: "Cache-Control", value: "no-store")
        }
        cors.decorate(&response, origin: headers["Origin"])
        let duration = scope.elapsed
        metrics.recordRequest(
            route: scope.route, method: scope.method, status: response.status.code, duration: duration)
        if case .output(let output) = accessLog {
            let elapsed = duration.components
            let record = AccessRecord(
                requestID: scope.requestID, method: scope.method.rawValue,
                route: scope.route?.template ?? "unmatched", status: response.status.code,
                bytes: response.body.count,
                microseconds: elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000)
            var line = JSONWriter(capacity: 256)
            record.writeLine(into: &line)
            line.output.withUnsafeBytes { output.write($0) }
        }
        return response
    }

    /// The scope of a request whose head was read.
    func scope(_ head: HTTPRequestHead) -> RequestScope {
        RequestScope(method: head.method, path: head.path, requestIDHeader: head.headers["X-Request-ID"], service: self)
    }

    /// The scope of a request.
    func scope(_ request: HTTPRequest) -> RequestScope {
        RequestScope(
            method: request.method, path: request.path, requestIDHeader: request.headers["X-Request-ID"], service: self)
    }
}
