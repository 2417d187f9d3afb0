import Foundation
import Logging
import MicroHTTP
import Synchronization
import Testing

@testable import RenewalService

/// Every line logged for a request names its request id: a handler's own lines, and those of the
/// REST requests an MCP tool call stands for.
@Suite struct RequestScopeTests {
    /// Keeps each log line's message and `request_id`.
    final class Lines: Sendable {
        let lines = Mutex<[(message: String, requestID: String?)]>([])
        var all: [(message: String, requestID: String?)] { lines.withLock { $0 } }
    }

    struct RecordingHandler: LogHandler {
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let requestID = (event.metadata?["request_id"] ?? metadata["request_id"]).map { "\($0)" }
            lines.lines.withLock { $0.append((event.message.description, requestID)) }
        }
    }

    private func service(_ lines: Lines) -> RenewalService {
        RenewalService(
            configuration: ServiceConfiguration(),
            logger: Logger(label: "test", factory: { _ in RecordingHandler(lines: lines) }))
    }

    @Test func aHandlersLinesNameTheRequest() {
        let lines = Lines()
        _ = service(lines).respond(
            to: .make(.get, "/identify", query: [("q", "22122857")], headers: [("X-Request-ID", "portal-7")]))
        let identified = lines.all.filter { $0.message == "identified" }
        #expect(identified.count == 1)
        #expect(identified.first?.requestID == "portal-7")
    }

    @Test func anMCPToolCallsLinesNameTheAgentsRequest() {
        let lines = Lines()
        let body =
            #"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"identify","arguments":{"query":"22122857"}}}"#
        let response = service(lines).respond(
            to: .make(
                .post, "/mcp", headers: [("Content-Type", "application/json"), ("X-Request-ID", "agent-42")], body: body
            ))
        #expect(response.status == .ok)
        let identified = lines.all.filter { $0.message == "identified" }
        #expect(!identified.isEmpty)
        #expect(identified.allSatisfy { $0.requestID == "agent-42" }, "\(identified)")
    }
}
