import MicroHTTP

extension RenewalService {
    private static let healthBody = Array(#"{"status":"ok"}"#.utf8)
    private static let readyBody = Array(#"{"status":"ready"}"#.utf8)

    /// `GET /healthz`: the process is alive and serving.
    func health() -> HTTPResponse {
        var response = HTTPResponse.json(Self.healthBody)
        response.headers.replace(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /readyz`: 200 while serving, 503 once a graceful shutdown has begun.
    func readiness() throws(ServiceError) -> HTTPResponse {
        guard !isDraining else { throw .draining }
        var response = HTTPResponse.json(Self.readyBody)
        response.headers.replace(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /metrics`: Prometheus text format.
    func metricsExposition() -> HTTPResponse {
        HTTPResponse(
            headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store"],
            body: metrics.exposition(openConnections: openConnections))
    }

    /// `GET /openapi.yaml`: the API description this server implements.
    func openAPIDocument() -> HTTPResponse {
        HTTPResponse(headers: ["Content-Type": "application/yaml; charset=utf-8"], body: Array(OpenAPISpec.yaml.utf8))
    }
}
