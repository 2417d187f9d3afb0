import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

/// The JSON-RPC 2.0 layer of the MCP tools, without sockets: every message kind and every error
/// code as JSON-RPC defines it.
@Suite struct MCPMessagesTests {
    let service = makeService()

    private func reply(_ message: String) -> [String: Any]? {
        switch service.mcpReply(to: Array(message.utf8), language: .en) {
        case .none: return nil
        case .json(let bytes), .refused(let bytes):
            return (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
        }
    }

    private func errorCode(_ message: String) -> Int? {
        (reply(message)?["error"] as? [String: Any])?["code"] as? Int
    }

    @Test func initializeAgreesOnAVersionAndSaysWhatItOffers() throws {
        let answer = try #require(
            reply(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26"}}"#))
        let result = try #require(answer["result"] as? [String: Any])
        #expect(answer["id"] as? Int == 1)
        #expect(result["protocolVersion"] as? String == "2025-03-26")
        #expect((result["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "renewal-guide")
        let newer = reply(
            #"{"jsonrpc":"2.0","id":"a","method":"initialize","params":{"protocolVersion":"2099-01-01"}}"#)
        #expect((newer?["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-06-18")
        #expect(newer?["id"] as? String == "a", "a string id comes back as it was")
    }

    @Test func toolsAreListedWithSchemasFromTheOpenAPIDocument() throws {
        let result = try #require(
            reply(#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#)?["result"] as? [String: Any])
        let tools = try #require(result["tools"] as? [[String: Any]])
        #expect(tools.map { $0["name"] as? String } == ["identify", "scan_statement", "get_guide"])
        for tool in tools {
            let output = try #require(tool["outputSchema"] as? [String: Any])
            #expect(output["type"] as? String == "object")
            #expect((output["$defs"] as? [String: Any]) != nil)
            let annotations = try #require(tool["annotations"] as? [String: Any])
            #expect(annotations["readOnlyHint"] as? Bool == true && annotations["idempotentHint"] as? Bool == true)
        }
        let identify = try #require(tools.first?["outputSchema"] as? [String: Any])
        #expect(
            (identify["properties"] as? [String: Any])?["candidates"] != nil,
            "Identification, as openapi.yaml writes it")
    }

    @Test func aToolCallCarriesTheRESTAnswerAndItsWords() throws {
        let answer = try #require(
            reply(
                #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"identify","arguments":{"query":"22122857"}}}"#
            ))
        let result = try #require(answer["result"] as? [String: Any])
        #expect(result["isError"] as? Bool == false)
        let structured = try #require(result["structuredContent"] as? [String: Any])
        #expect((structured["provider"] as? [String: Any])?["id"] as? String == "2checkout")
        let rest = service.respond(to: .make(.get, "/identify", query: [("q", "22122857"), ("lang", "en")]))
        #expect(NSDictionary(dictionary: structured) == NSDictionary(dictionary: rest.object), "the same JSON as REST")
        let text = (result["content"] as? [[String: Any]])?.first?["text"] as? String
        #expect(text?.contains("Provider: 2Checkout") == true)
    }

    @Test func badInputIsAToolErrorInTheAskedLanguage() throws {
        for (arguments, words) in [
            (#"{"query":"","lang":"ja"}"#, "空"), (#"{"lang":"en"}"#, "required"), (#"{"query":3}"#, "must be a string"),
            (#"{"query":"1","lang":"fr"}"#, "lang is ja or en"),
        ] {
            let result = try #require(
                reply(
                    #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"identify","arguments":"#
                        + arguments
                        + "}}")?["result"] as? [String: Any])
            #expect(result["isError"] as? Bool == true, "\(arguments)")
            let text = (result["content"] as? [[String: Any]])?.first?["text"] as? String ?? ""
            #expect(text.contains(words), "\(arguments): \(text)")
        }
    }

    @Test func notificationsAndClientResponsesGetNoAnswer() {
        #expect(reply(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == nil)
        #expect(reply(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}"#) == nil)
        #expect(reply(#"{"jsonrpc":"2.0","id":9,"result":{}}"#) == nil)
    }

    @Test(arguments: [
        ("not json", -32700), ("[]", -32600), (#"[{"jsonrpc":"2.0","id":1,"method":"ping"}]"#, -32600), ("3", -32600),
        (#"{"id":1,"method":"ping"}"#, -32600), (#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1}"#, -32600), (#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":{},"method":"ping"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":"resources/list"}"#, -32601),
        (#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[]}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{}}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"delete_everything"}}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"identify","arguments":[]}}"#, -32602),
    ])
    func protocolFaultsGetJSONRPCErrorCodes(message: String, code: Int) {
        #expect(errorCode(message) == code, "\(message)")
    }

    @Test func pingAnswersEmpty() {
        let answer = reply(#"{"jsonrpc":"2.0","id":7,"method":"ping"}"#)
        #expect((answer?["result"] as? [String: Any])?.isEmpty == true)
    }

    @Test func theHTTPTransportChecksOriginVersionAndMediaType() {
        func post(
            _ headers: [(String, String)], _ body: String = #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#
        )
            -> HTTPResponse
        {
            service.respond(to: .make(.post, "/mcp", headers: headers, body: body))
        }
        #expect(post([("Content-Type", "application/json")]).status == .ok)
        #expect(post([("Content-Type", "application/json"), ("Origin", "https://evil.example")]).status == .forbidden)
        #expect(
            post([("Content-Type", "application/json"), ("MCP-Protocol-Version", "2024-01-01")]).status == .badRequest)
        #expect(post([("Content-Type", "text/plain")]).status == .unsupportedMediaType)
        #expect(
            post([("Content-Type", "application/json")], #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
                .status == .accepted)
        #expect(service.respond(to: .make(.get, "/mcp")).status == .methodNotAllowed)
        // Not JSON-RPC at all: 400, the body still the JSON-RPC error.
        let refused = post(
            [("Content-Type", "application/json")], #"{"jsonrpc":"2.0","id":1,"method":"ping","params":"x"}"#)
        #expect(refused.status == .badRequest)
        // By-position params are JSON-RPC: a JSON-RPC error, in a 200 answer.
        let positional = post(
            [("Content-Type", "application/json")], #"{"jsonrpc":"2.0","id":1,"method":"ping","params":[]}"#)
        #expect(positional.status == .ok)
        #expect((refused.object["error"] as? [String: Any])?["code"] as? Int == -32602)
        #expect(
            post([("Content-Type", "application/json")], #"{"jsonrpc":"2.0","id":1,"method":"nope"}"#).status == .ok)
        let allowed = makeService { $0.mcpOrigins = ["https://desk.example"] }
        #expect(
            allowed.respond(
                to: .make(
                    .post, "/mcp", headers: [("Content-Type", "application/json"), ("Origin", "https://desk.example")],
                    body: #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            ).status == .ok)
    }

    @Test func toolCallsAreCountedByTool() {
        _ = reply(
            #"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_guide","arguments":{"provider":"2co"}}}"#
        )
        let metrics = String(decoding: service.respond(to: .make(.get, "/metrics")).body, as: UTF8.self)
        #expect(metrics.contains(#"renewal_mcp_tool_calls_total{tool="get_guide",outcome="ok"} 1"#))
    }
}
