import Foundation
import Glibc
import Logging
import Synchronization
import Testing

@testable import MicroHTTP

/// Expect, body limits, timeouts and connection limits over real sockets.
@Suite struct HTTPServerLimitsTests {
    @Test func expectContinueIsSentOnlyForAcceptedRequests() throws {
        let refuseSecret: @Sendable (HTTPRequestHead) -> HTTPResponse? = { head in
            head.path == "/secret" ? HTTPResponse(status: .forbidden, text: "no") : nil
        }
        try withServer(.init(maxBodyBytes: 100), headCheck: refuseSecret) { _, port in
            let accepted = try TestClient(port: port)
            try accepted.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            #expect(try accepted.readResponse().status == 100)
            try accepted.send("hello")
            #expect(try accepted.readResponse().text == "POST /upload  hello")

            let refused = try TestClient(port: port)
            try refused.send("POST /secret HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            let final = try refused.readResponse()
            #expect(final.status == 403)
            #expect(final.header("Connection") == "close")

            let tooLarge = try TestClient(port: port)
            try tooLarge.send("POST /big HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 101\r\n\r\n")
            let response = try tooLarge.readResponse()
            #expect(response.status == 413)
            #expect(response.header("Connection") == "close")
        }
    }

    @Test func contentTooLargeIsDecidedBeforeTheBody() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.header("Connection") == "close")
            #expect(client.readsEOF())
        }
    }

    @Test func slowlorisIsCutAtTheHeaderTimeout() throws {
        try withServer(.init(headerTimeout: 0.3)) { _, port in
            let client = try TestClient(port: port)
            let started = Date()
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n")
            // The slow client's pause between two header lines: the input itself, not a wait.
            Thread.sleep(forTimeInterval: 0.1)
            try client.send("X-Slow: 1\r\n")
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(response.header("Connection") == "close")
            #expect(client.readsEOF())
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed >= 0.25 && elapsed < 2)
        }
    }

    /// A lone CR after a request is the start of the next one: the header timer applies, not the
    /// (much longer) idle timer.
    @Test func aStrayCRAfterARequestIsTimedAsAHead() throws {
        try withServer(.init(headerTimeout: 0.3, idleTimeout: 30)) { _, port in
            let client = try TestClient(port: port, timeout: 3)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n\r")
            #expect(try client.readResponse().status == 200)
            let timedOut = try client.readResponse()
            #expect(timedOut.status == 408)
            #expect(client.readsEOF())
        }
    }

    @Test func idleKeepAliveConnectionsAreClosed() throws {
        try withServer(.init(idleTimeout: 0.3)) { server, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.readResponse()
            #expect(client.readsEOF())
            #expect(eventually { server.openConnections == 0 })
        }
    }

    /// A request refused at its head with a small body of known length keeps its connection: the
    /// body is read and dropped, and what was pipelined behind it is answered. A larger body, or one
    /// sent chunked, closes the connection.
    @Test func aSmallRefusedBodyIsDroppedAndTheConnectionKept() throws {
        let refuse: @Sendable (HTTPRequestHead) -> HTTPResponse? = { head in
            head.path == "/nope" ? HTTPResponse(status: .notFound, text: "none") : nil
        }
        try withServer(headCheck: refuse) { _, port in
            let client = try TestClient(port: port)
            try client.send(
                "POST /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n"
                    .replacingOccurrences(of: "\r\n\r\nGET", with: "\r\n\r\nhelloGET"))
            let refused = try client.readResponse()
            #expect(refused.status == 404)
            #expect(refused.header("Connection") == nil)
            #expect(try client.readResponse().text == "GET /x  ")

            let large = try TestClient(port: port)
            try large.send("POST /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n")
            #expect(try large.readResponse().header("Connection") == "close")
            let chunked = try TestClient(port: port)
            try chunked.send("POST /nope HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            #expect(try chunked.readResponse().header("Connection") == "close")
        }
    }

    /// Fifty refusals in a burst make one warning (with the count), not fifty.
    @Test func refusalsAreLoggedAtMostOnceASecond() throws {
        let warnings = Mutex<[String]>([])
        let logger = Logger(label: "refusals") { _ in
            CollectingLogHandler { level, message in
                if level == .warning { warnings.withLock { $0.append(message) } }
            }
        }
        let server = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: 0, maxConnections: 1), logger: logger, handler: echo)
        try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        let port = try #require(server.localPort)
        let holder = try TestClient(port: port)
        try holder.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try holder.readResponse()
        for _ in 0..<50 {
            let refused = try TestClient(port: port)
            #expect(try refused.readResponse().status == 503)
        }
        let logged = warnings.withLock { $0 }
        #expect((1...2).contains(logged.count))
        #expect(logged.first?.contains("refused") == true)
    }

    @Test func overTheConnectionLimitGets503() throws {
        try withServer(.init(maxConnections: 2)) { server, port in
            let first = try TestClient(port: port)
            let second = try TestClient(port: port)
            for client in [first, second] {
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
            }
            let third = try TestClient(port: port)
            let response = try third.readResponse()
            #expect(response.status == 503)
            #expect(response.header("Retry-After") == "1")
            #expect(response.header("Connection") == "close")
            #expect(third.readsEOF())
            #expect(eventually { server.openConnections == 2 })
        }
    }

    @Test func twoThousandConcurrentConnections() throws {
        try withServer { server, port in
            var clients: [TestClient] = []
            for _ in 0..<2000 {
                clients.append(try TestClient(port: port))
            }
            for (index, client) in clients.enumerated() {
                try client.send("GET /\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            }
            var answered = 0
            for (index, client) in clients.enumerated() where try client.readResponse().text == "GET /\(index)  " {
                answered += 1
            }
            #expect(answered == 2000)
            #expect(server.openConnections == 2000)
        }
    }

    @Test func slowBodyIsCutAtTheBodyTimeout() throws {
        try withServer(.init(bodyTimeout: 0.3)) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(client.readsEOF())
        }
    }

    @Test func largeResponsesToSlowReadersAreWrittenAsTheSocketDrains() throws {
        let large = [UInt8](repeating: UInt8(ascii: "z"), count: 4 << 20)
        try withServer(handler: { request in
            request.path == "/large" ? HTTPResponse(body: large) : echo(request)
        }) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n")
            // Wait (at most 5 s) for the answer to begin before reading slowly: from then on the
            // 4 MiB answer can only leave the server as fast as this reader takes it.
            #expect(client.awaitsAnswer())
            let response = try client.readResponse()
            #expect(response.body.count == large.count)
            #expect(response.body.allSatisfy { $0 == UInt8(ascii: "z") })
            #expect(try client.readResponse().text == "GET /after  ")
        }
    }
}
