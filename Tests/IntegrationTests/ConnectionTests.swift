import CurlClient
import Foundation
import MicroHTTP
import Testing

/// Keep-alive, `Expect: 100-continue`, chunked bodies, CORS and graceful shutdown, through libcurl.
@Suite struct ConnectionTests {
    @Test func keepAliveReusesTheConnection() throws {
        let server = try LiveServer()
        let session = server.session()
        let first = try session.request("GET", "/healthz")
        let second = try session.request("GET", "/identify?q=22122857")
        let third = try session.request(
            "POST", "/identify", headers: ["Content-Type: application/json"], body: Array(#"{"query":"1"}"#.utf8))
        #expect(first.newConnections == 1)
        #expect(second.newConnections == 0)
        #expect(third.newConnections == 0)
        #expect(second.providerID == "2checkout")
    }

    @Test func expectContinueIsAnsweredBeforeTheBody() throws {
        let server = try LiveServer()
        let items = Array(repeating: #"{"query":"22122857"}"#, count: 200).joined(separator: ",")
        let response = try server.session().request(
            "POST", "/identify", headers: ["Content-Type: application/json", "Expect: 100-continue"],
            body: Array("[\(items)]".utf8))
        #expect(response.statusLines.first?.contains("100") == true)
        #expect(response.status == 200)
        #expect(response.array.count == 200)
    }

    @Test func refusedExpectContinueGetsTheFinalStatusWithoutBody() throws {
        let server = try LiveServer()
        let response = try server.session().request(
            "POST", "/guide", headers: ["Content-Type: application/json", "Expect: 100-continue"],
            body: Array(repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(response.status == 405)
        #expect(!response.statusLines.contains { $0.contains("100") })
    }

    @Test func chunkedRequestBody() throws {
        let server = try LiveServer()
        let upload = Upload(
            chunks: [Array(#"{"descriptor":"#.utf8), Array(#""DR*EFMSPL"}"#.utf8)], pause: 0.05, declareLength: false)
        let response = try server.session().request(
            "POST", "/identify", headers: ["Content-Type: application/json", "Transfer-Encoding: chunked"],
            upload: upload)
        #expect(response.status == 200)
        #expect(response.providerID == "digital-river")
    }

    @Test func corsPreflight() throws {
        let server = try LiveServer { $0.corsOrigins = ["https://portal.example"] }
        let preflight = try server.request(
            "OPTIONS", "/identify",
            headers: [
                "Origin: https://portal.example", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type",
            ])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://portal.example")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)
        let simple = try server.request("GET", "/healthz", headers: ["Origin: https://portal.example"])
        #expect(simple.header("Access-Control-Allow-Origin") == "https://portal.example")
    }

    @Test func gracefulShutdownFinishesARequestInFlight() throws {
        let server = try LiveServer { $0.shutdownGrace = 5 }
        let runner = server.runner
        // The body arrives in two halves 600 ms apart; shutdown starts in between.
        let upload = Upload(
            chunks: [Array(#"{"query":"#.utf8), Array(#""22122857"}"#.utf8)], pause: 0.6)
        let shutdownStarted = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) {
            runner.shutdown()
            shutdownStarted.signal()
        }
        let response = try server.session().request(
            "POST", "/identify", headers: ["Content-Type: application/json"], upload: upload)
        shutdownStarted.wait()
        #expect(response.status == 200)
        #expect(response.providerID == "2checkout")
        #expect(runner.server.state == .draining || runner.server.state == .stopped)
        runner.server.waitUntilStopped()
        #expect(runner.server.state == .stopped)
        #expect(throws: CurlError.self) { try server.session().request("GET", "/healthz", timeout: 2) }
    }
}
