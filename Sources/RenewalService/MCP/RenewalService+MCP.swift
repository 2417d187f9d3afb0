import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `POST /mcp`: MCP's Streamable HTTP transport, stateless (no session; every answer is one
    /// JSON response, never an event stream). A browser page may call it only from an origin in
    /// `--mcp-origins` (the transport's DNS-rebinding defence); a client that names a protocol
    /// version must name one this server speaks.
    func mcp(_ request: HTTPRequest, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        if let origin = request.headers["Origin"], !configuration.mcpOrigins.contains(origin) {
            throw .forbidden(ProblemTexts.mcpOriginRefused(origin))
        }
        if let version = request.headers["MCP-Protocol-Version"], !Self.mcpProtocolVersions.contains(version) {
            throw .badRequest(ProblemTexts.mcpVersionRefused(version, supported: Self.mcpProtocolVersions))
        }
        guard IdentifyRequest.mediaType(request.headers["Content-Type"] ?? "") == "application/json" else {
            throw .unsupportedMediaType(ProblemTexts.mcpContentType)
        }
        let language = negotiator.problemLanguage(
            request.queryValue("lang"), acceptLanguage: request.headers["Accept-Language"])
        switch mcpReply(to: request.body, language: language, requestID: scope.requestID) {
        case .none:
            return HTTPResponse(status: .accepted)
        case .json(let body):
            return HTTPResponse(headers: ["Content-Type": "application/json"], body: body)
        case .refused(let body):
            // Not valid JSON-RPC: an HTTP error, its body the JSON-RPC error (the transport's rule).
            return HTTPResponse(status: .badRequest, headers: ["Content-Type": "application/json"], body: body)
        }
    }
}

extension RenewalService {
    /// One message of MCP's stdio transport (`renewal-guide mcp`): the JSON-RPC response to write as
    /// one line, or `nil` for a notification. A message longer than the body limit is refused, as
    /// the HTTP transport refuses such a body.
    public func mcpStdioReply(to message: [UInt8]) -> [UInt8]? {
        guard message.count <= configuration.maxBodyBytes else {
            return Self.rpcError(
                nil, .invalidRequest,
                "The message is longer than \(configuration.maxBodyBytes) bytes (--max-body-bytes).")
        }
        switch mcpReply(to: message, language: configuration.defaultLanguage) {
        case .none: return nil
        case .json(let body), .refused(let body): return body
        }
    }
}
