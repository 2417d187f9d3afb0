import Foundation
import Glibc
import Synchronization
import Testing

@testable import MicroHTTP

/// Start, graceful drain, forced close and signals.
@Suite struct HTTPServerLifecycleTests {
    final class StateLog: Sendable {
        let states = Mutex<[HTTPServer.State]>([])
        func record(_ state: HTTPServer.State) { states.withLock { $0.append(state) } }
        var all: [HTTPServer.State] { states.withLock { $0 } }
    }

    func makeServer(grace: Double = 5) throws -> (HTTPServer, Int, StateLog) {
        let server = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: 0, shutdownGrace: grace), logger: quietLogger,
            handler: echo)
        let log = StateLog()
        server.onStateChange { log.record($0) }
        #expect(server.state == .starting)
        try server.start()
        #expect(server.state == .running)
        return (server, try #require(server.localPort), log)
    }

    /// Stopping the acceptor is asynchronous: wait up to a second for connects to be refused.
    func listenerCloses(port: Int) -> Bool {
        for _ in 0..<100 {
            guard (try? TestClient(port: port, timeout: 1)) != nil else { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    @Test func shutdownDrainsInFlightRequestsAndClosesIdleOnes() throws {
        let (server, port, log) = try makeServer()
        let idle = try TestClient(port: port)
        try idle.send("GET /idle HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try idle.readResponse()
        let uploading = try TestClient(port: port)
        try uploading.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhello")
        // Its head is read once the server holds room for its body.
        #expect(eventually { server.bufferedBytes > 0 })

        server.shutdown()
        #expect(server.state == .draining)
        #expect(idle.readsEOF())
        #expect(listenerCloses(port: port))
        try uploading.send("world")
        let response = try uploading.readResponse()
        #expect(response.text == "POST /upload  helloworld")
        #expect(response.header("Connection") == "close")
        #expect(uploading.readsEOF())

        server.waitUntilStopped()
        #expect(server.state == .stopped)
        #expect(server.openConnections == 0)
        #expect(log.all == [.running, .draining, .stopped])
    }

    /// The responder learns the server's state and load from each request's context: a request
    /// finished after the shutdown began is answered as the server drains.
    @Test func eachRequestCarriesTheServersStateAndLoad() throws {
        struct StateEcho: HTTPResponder {
            func respond(to request: HTTPRequest, context: HTTPRequestContext) -> HTTPResponse {
                HTTPResponse(text: "\(context.state) \(context.openConnections)")
            }
        }
        let server = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: 0, shutdownGrace: 5), logger: quietLogger,
            responder: StateEcho())
        try server.start()
        let port = try #require(server.localPort)
        let client = try TestClient(port: port)
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().text == "running 1")
        let uploading = try TestClient(port: port)
        try uploading.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nha")
        #expect(eventually { server.bufferedBytes > 0 })
        server.shutdown()
        try uploading.send("lf")
        #expect(try uploading.readResponse().text.hasPrefix("draining"))
        server.waitUntilStopped()
    }

    @Test func shutdownForceClosesAfterTheGracePeriod() throws {
        let (server, port, log) = try makeServer(grace: 0.3)
        let stalled = try TestClient(port: port)
        try stalled.send("POST /stalled HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab")
        #expect(eventually { server.bufferedBytes > 0 })
        let started = Date()
        server.shutdown()
        server.waitUntilStopped()
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.25 && elapsed < 2)
        #expect(stalled.readsEOF())
        #expect(log.all == [.running, .draining, .stopped])
    }

    @Test func shutdownWithoutConnectionsStopsAtOnce() throws {
        let (server, _, _) = try makeServer()
        let started = Date()
        server.shutdown()
        server.shutdown()
        server.waitUntilStopped()
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(server.state == .stopped)
    }

    @Test func shutdownBeforeStartStops() {
        let server = HTTPServer(logger: quietLogger, handler: echo)
        server.shutdown()
        server.waitUntilStopped()
        #expect(server.state == .stopped)
        #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
    }

    @Test func aSignalStartsTheShutdown() throws {
        let (server, _, log) = try makeServer()
        server.stopOnSignals([SIGUSR2])
        kill(getpid(), SIGUSR2)
        server.waitUntilStopped()
        #expect(log.all == [.running, .draining, .stopped])
    }
}
