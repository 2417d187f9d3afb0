import MicroHTTP
import RenewalDocuments
import RenewalRules

/// What an MCP message gets back: a JSON-RPC response, a JSON-RPC error for a message that is
/// not valid JSON-RPC (HTTP answers it 400, as the transport asks), or nothing (a notification, or
/// a client's response to us).
enum MCPReply: Equatable {
    case none
    case json([UInt8])
    case refused([UInt8])
}

/// JSON-RPC 2.0 over MCP: `initialize`, `ping`, `tools/list`, `tools/call`; notifications get no
/// answer. One message per request: protocol 2025-06-18 has no batches.
extension RenewalService {
    /// The protocol versions answered, the latest first.
    static let mcpProtocolVersions = ["2025-06-18", "2025-03-26"]

    /// JSON-RPC's error codes (JSON-RPC 2.0 §5.1).
    enum RPCError: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
    }

    /// Answers one MCP message. `language` is the one the tools answer in when a call names none;
    /// `requestID`, the HTTP request's, is given to the REST requests a tool call stands for, so
    /// that what they log names the request the agent made.
    func mcpReply(to body: [UInt8], language: Language, requestID: String? = nil) -> MCPReply {
        let message: JSONValue
        do {
            message = try JSONValue.parse(body)
        } catch {
            return .refused(Self.rpcError(nil, .parseError, "Parse error: the message is not JSON (\(error))."))
        }
        guard case .object(let object) = message else {
            if case .array = message {
                return .refused(
                    Self.rpcError(
                        nil, .invalidRequest, "Batches are not supported (protocol 2025-06-18): send one message."))
            }
            return .refused(Self.rpcError(nil, .invalidRequest, "Invalid Request: a JSON-RPC message is an object."))
        }
        let id = object["id"]
        let validID: JSONValue? = {
            switch id {
            case .string?, .number?: id
            default: nil
            }
        }()
        guard object["jsonrpc"] == .string("2.0") else {
            return .refused(Self.rpcError(validID, .invalidRequest, "Invalid Request: \"jsonrpc\" must be \"2.0\"."))
        }
        guard case .string(let method)? = object["method"] else {
            // A client's response (to a request this server never sends) or a malformed message.
            if id != nil, object["result"] != nil || object["error"] != nil { return .none }
            return .refused(Self.rpcError(validID, .invalidRequest, "Invalid Request: \"method\" must be a string."))
        }
        guard id != nil else { return .none }  // A notification: initialized, cancelled, progress.
        guard let validID else {
            return .refused(
                Self.rpcError(nil, .invalidRequest, "Invalid Request: \"id\" must be a string or a number."))
        }
        var params: [String: JSONValue] = [:]
        switch object["params"] {
        case .object(let given)?: params = given
        case nil: break
        case .array?:
            // By-position params are JSON-RPC; MCP's methods take named ones.
            return .json(Self.rpcError(validID, .invalidParams, "Invalid params: MCP's methods take named params."))
        default:
            return .refused(Self.rpcError(validID, .invalidParams, "Invalid params: \"params\" must be an object."))
        }
        switch method {
        case "initialize": return .json(Self.rpcResult(validID, Self.initializeResult(params)))
        case "ping": return .json(Self.rpcResult(validID, Array("{}".utf8)))
        case "tools/list": return .json(Self.rpcResult(validID, MCPToolList.json))
        case "tools/call": return toolCall(validID, params, language: language, requestID: requestID)
        default:
            return .json(Self.rpcError(validID, .methodNotFound, "Method not found: \(method.prefix(64))."))
        }
    }

    private func toolCall(
        _ id: JSONValue, _ params: [String: JSONValue], language: Language, requestID: String?
    ) -> MCPReply {
        guard case .string(let name)? = params["name"] else {
            return .json(Self.rpcError(id, .invalidParams, "Invalid params: tools/call needs the tool's \"name\"."))
        }
        guard MCPTools.names.contains(name) else {
            metrics.recordToolCall(name, isError: true)
            return .json(
                Self.rpcError(
                    id, .invalidParams,
                    "Unknown tool: \(name.prefix(64)); the tools are \(MCPTools.names.joined(separator: ", "))."))
        }
        var arguments: [String: JSONValue] = [:]
        switch params["arguments"] {
        case .object(let given)?: arguments = given
        case nil: break
        default: return .json(Self.rpcError(id, .invalidParams, "Invalid params: \"arguments\" must be an object."))
        }
        var chosen = language
        if let lang = arguments["lang"] {
            guard case .string(let code) = lang, let asked = Language(rawValue: code) else {
                return .json(
                    Self.rpcResult(
                        id, Self.toolError(ProblemTexts.toolLanguage[language])))
            }
            chosen = asked
        }
        let outcome: MCPTools.Outcome
        switch MCPTools.request(for: name, arguments, language: chosen) {
        case .failure(let problem):
            outcome = MCPTools.Outcome(json: nil, text: problem.text[chosen], isError: true)
        case .success(var request):
            if let requestID { request.head.headers.replace(name: "X-Request-ID", value: requestID) }
            outcome = run(request, language: chosen)
        }
        metrics.recordToolCall(name, isError: outcome.isError)
        var result = JSONWriter(capacity: (outcome.json?.count ?? 0) * 2 + 256)
        result.object {
            $0.member("content", [outcome.text]) { writer, text in
                writer.object {
                    $0.member("text", text)
                    $0.member("type", token: "text")
                }
            }
            $0.member("isError", outcome.isError)
            if let json = outcome.json { $0.member("structuredContent", json: json) }
        }
        return .json(Self.rpcResult(id, result.bytes))
    }

    /// The REST answer a tool call stands for, as JSON and as text; a problem becomes a tool error
    /// in the asked language.
    private func run(_ request: HTTPRequest, language: Language) -> MCPTools.Outcome {
        if request.path == Route.scan.template {
            // The heaviest tool scans once, and writes its JSON and its text from the one document.
            do {
                let document = try scanDocument(request, language: language)
                return MCPTools.Outcome(
                    json: Self.json(document), text: document.plainText(language: language), isError: false)
            } catch {
                return MCPTools.Outcome(json: nil, text: error.detail(in: language), isError: true)
            }
        }
        let json = answerInternally(request)
        guard json.status.code < 400 else {
            let detail: String
            if case .object(let problem)? = try? JSONValue.parse(json.body), case .string(let text)? = problem["detail"]
            {
                detail = text
            } else {
                detail = String(decoding: json.body.prefix(500), as: UTF8.self)
            }
            return MCPTools.Outcome(json: nil, text: detail, isError: true)
        }
        var textRequest = request
        textRequest.head.query.append((name: "format", value: "text"))
        let text = answerInternally(textRequest)
        return MCPTools.Outcome(json: json.body, text: String(decoding: text.body, as: UTF8.self), isError: false)
    }

    private static func toolError(_ text: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.object {
            $0.member("content", [text]) { writer, text in
                writer.object {
                    $0.member("text", text)
                    $0.member("type", token: "text")
                }
            }
            $0.member("isError", true)
        }
        return writer.bytes
    }

    private static func initializeResult(_ params: [String: JSONValue]) -> [UInt8] {
        var version = mcpProtocolVersions[0]
        if case .string(let asked)? = params["protocolVersion"], mcpProtocolVersions.contains(asked) { version = asked }
        var writer = JSONWriter()
        writer.object {
            $0.key("capabilities")
            $0.raw(#"{"tools":{"listChanged":false}}"#)
            $0.member("instructions", Self.instructions)
            $0.member("protocolVersion", version)
            $0.key("serverInfo")
            $0.raw(#"{"name":"renewal-guide","title":"renewal-guide","version":"1.0.0"}"#)
        }
        return writer.bytes
    }

    /// What the server tells an agent at `initialize`: what the tools are for, and how to relay
    /// answers that name no single seller.
    private static let instructions =
        "renewal-guide tells who sold a Kaspersky licence on auto-renewal and how to turn the renewal off there, "
        + "from what a customer pasted (identify), a whole card statement (scan_statement), or a seller's name "
        + "(get_guide). Every answer names its sources; relay `unknown` and `ambiguous` answers with their next "
        + "step rather than guessing a seller."

    static func rpcResult(_ id: JSONValue, _ result: [UInt8]) -> [UInt8] {
        var writer = JSONWriter(capacity: result.count + 64)
        writer.object {
            $0.key("id")
            writeID(id, &$0)
            $0.member("jsonrpc", token: "2.0")
            $0.member("result", json: result)
        }
        return writer.bytes
    }

    static func rpcError(_ id: JSONValue?, _ code: RPCError, _ message: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.object {
            $0.key("error")
            $0.object {
                $0.member("code", code.rawValue)
                $0.member("message", message)
            }
            $0.key("id")
            if let id { writeID(id, &$0) } else { $0.raw("null") }
            $0.member("jsonrpc", token: "2.0")
        }
        return writer.bytes
    }

    private static func writeID(_ id: JSONValue, _ writer: inout JSONWriter) {
        switch id {
        case .string(let text): writer.string(text)
        case .number(_, let text): writer.append(Array(text.utf8))
        default: writer.raw("null")
        }
    }
}
