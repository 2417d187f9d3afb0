import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `POST /mcp`: MCP's Streamable HTTP transport, stateless (no session; every answer is one
    /// JSON response, never an event stream). A browser page may call it only from an origin in
    /// `--mcp-origins` (the transport's DNS-rebinding defence); a client that names a protocol
    /// version must name one this server speaks.
    func mcp(_ request: HTTPRequest) throws(ServiceError) -> HTTPResponse {
        if let origin = request.headers["Origin"], !configuration.mcpOrigins.contains(origin) {
            throw .forbidden(
                LocalizedText(
                    ja: "このOrigin(\(origin.prefix(80)))からの/mcpの呼び出しは許可されていません(--mcp-origins)。",
                    en: "Calls to /mcp from the origin \(origin.prefix(80)) are not allowed (--mcp-origins)."))
        }
        if let version = request.headers["MCP-Protocol-Version"], !Self.mcpProtocolVersions.contains(version) {
            throw .badRequest(
                LocalizedText(
                    ja:
                        "MCP-Protocol-Version \(version.prefix(40))には対応していません。\(Self.mcpProtocolVersions.joined(separator: "、"))のいずれかを使ってください。",
                    en: "MCP-Protocol-Version \(version.prefix(40)) is not supported: use one of "
                        + "\(Self.mcpProtocolVersions.joined(separator: ", "))."))
        }
        guard IdentifyRequest.mediaType(request.headers["Content-Type"] ?? "") == "application/json" else {
            throw .unsupportedMediaType(
                LocalizedText(
                    ja: "MCPのメッセージはContent-Type: application/jsonで送ってください。",
                    en: "Send MCP messages with Content-Type: application/json."))
        }
        let language = negotiator.problemLanguage(
            request.queryValue("lang"), acceptLanguage: request.headers["Accept-Language"])
        switch mcpReply(to: request.body, language: language) {
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
