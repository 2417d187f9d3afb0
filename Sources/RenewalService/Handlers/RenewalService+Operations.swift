import MicroHTTP
import RenewalDocuments

extension RenewalService {
    /// The health answers never change: built once.
    private static let healthResponse = noStoreJSON(#"{"status":"ok"}"#)
    private static let readyResponse = noStoreJSON(#"{"status":"ready"}"#)

    private static func noStoreJSON(_ body: String) -> HTTPResponse {
        var response = HTTPResponse.json(Array(body.utf8))
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /healthz`: the process is alive and serving.
    func health() -> HTTPResponse {
        Self.healthResponse
    }

    /// `GET /readyz`: 200 while serving, 503 once a graceful shutdown has begun.
    func readiness(_ context: HTTPRequestContext) throws(ServiceError) -> HTTPResponse {
        guard context.state == .running else { throw .draining }
        return Self.readyResponse
    }

    /// `GET /metrics`: Prometheus text format.
    func metricsExposition(_ context: HTTPRequestContext) -> HTTPResponse {
        HTTPResponse(
            headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store"],
            body: metrics.exposition(openConnections: context.openConnections))
    }

    /// `GET /openapi.yaml`: the API description this server implements, compiled into the binary
    /// from the package's own file (SwiftPM `embedInCode`) and served without a copy per request.
    func openAPIDocument() -> HTTPResponse {
        HTTPResponse(headers: ["Content-Type": "application/yaml; charset=utf-8"], body: PackageResources.openapi_yaml)
    }
}
