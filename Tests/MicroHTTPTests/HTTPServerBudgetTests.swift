import Foundation
import Glibc
import Synchronization
import Testing

@testable import MicroHTTP

/// What one client can take: the server-wide buffer budget, the worker queues that keep costly
/// requests off the loops, and a drain that answers every request that had arrived.
@Suite struct HTTPServerBudgetTests {
    /// A body larger than what is left of the budget is refused before it is read, with `Retry-After`.
    @Test func aBodyPastTheBudgetGets503BeforeItIsRead() throws {
        var configuration = HTTPServer.Configuration()
        configuration.maxBufferedBytes = 1_000
        try withServer(configuration) { server, port in
            let client = try TestClient(port: port)
            try client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 503)
            #expect(response.header("Retry-After") == "1")
            #expect(response.header("Connection") == "close")
            let small = try TestClient(port: port)
            try small.send("POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            #expect(try small.readResponse().text == "POST /small  hello")
        }
    }

    /// Answers that clients ask for and never read are counted: while they fill the budget, requests
    /// with a body and heavy requests without one (a page) get 503, a health probe is still
    /// answered, and once the answers are read the budget is back.
    @Test func unreadAnswersSpendTheBudgetAndProbesStillPass() throws {
        let large = [UInt8](repeating: UInt8(ascii: "u"), count: 24 << 20)
        var configuration = HTTPServer.Configuration()
        configuration.maxBufferedBytes = 8 << 20
        try withServer(
            configuration,
            handler: { request in
                request.path == "/large" ? HTTPResponse(body: large) : echo(request)
            },
            costly: { $0.path == "/page" }
        ) { server, port in
            let hoarder = try TestClient(port: port)
            try hoarder.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(eventually { server.bufferedBytes > 8 << 20 })
            let poster = try TestClient(port: port)
            try poster.send("POST /identify HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
            #expect(try poster.readResponse().status == 503)
            let reader = try TestClient(port: port)
            try reader.send("GET /page HTTP/1.1\r\nHost: x\r\n\r\n")
            let refused = try reader.readResponse()
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") != nil)
            let probe = try TestClient(port: port)
            try probe.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try probe.readResponse().status == 200)
            #expect(try hoarder.readResponse().body.count == large.count)
            #expect(eventually { server.bufferedBytes == 0 })
            let later = try TestClient(port: port)
            try later.send("POST /identify HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
            #expect(try later.readResponse().status == 200)
            let pageLater = try TestClient(port: port)
            try pageLater.send("GET /page HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try pageLater.readResponse().status == 200)
        }
    }

    /// A connection that closes gives back what it held.
    @Test func aClosedConnectionGivesItsBudgetBack() throws {
        try withServer { server, port in
            let client = try TestClient(port: port)
            try client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\npart")
            #expect(eventually { server.bufferedBytes == 100_000 })
            client.hangUp()
            #expect(eventually { server.bufferedBytes == 0 })
        }
    }

    /// A request with a large body runs on a worker: a second connection on the same (single) loop
    /// is answered while it is still being handled, and what the first client pipelined behind it
    /// is answered after it, in order.
    @Test func aCostlyRequestDoesNotHoldItsLoop() throws {
        let release = Atomic<Bool>(false)
        let working = Atomic<Bool>(false)
        var configuration = HTTPServer.Configuration(loopCount: 1)
        configuration.workerBodyBytes = 1_000
        try withServer(
            configuration,
            handler: { request in
                if request.body.count >= 1_000 {
                    working.store(true, ordering: .relaxed)
                    while !release.load(ordering: .relaxed) { usleep(1_000) }
                }
                return echo(request)
            }
        ) { _, port in
            let costly = try TestClient(port: port)
            let body = String(repeating: "b", count: 2_000)
            try costly.send(
                "POST /batch HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n\(body)GET /after HTTP/1.1\r\nHost: x\r\n\r\n"
            )
            #expect(eventually { working.load(ordering: .relaxed) })
            let other = try TestClient(port: port)
            try other.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try other.readResponse().text == "GET /healthz  ")
            release.store(true, ordering: .relaxed)
            #expect(try costly.readResponse().text == "POST /batch  \(body)")
            #expect(try costly.readResponse().text == "GET /after  ")
        }
    }

    /// A request the responder names costly goes to a worker whatever its size (a page rendered for
    /// a question in the URL): a probe on the same loop is answered while it works.
    @Test func aRequestTheResponderNamesCostlyGoesToAWorker() throws {
        let release = Atomic<Bool>(false)
        var configuration = HTTPServer.Configuration(loopCount: 1)
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let responder = ClosureResponder(
            handler: { request in
                if request.path == "/render" {
                    while !release.load(ordering: .relaxed) { usleep(1_000) }
                }
                return echo(request)
            },
            costly: { head in head.path == "/render" })
        let server = HTTPServer(configuration: configuration, logger: quietLogger, responder: responder)
        try server.start()
        defer {
            release.store(true, ordering: .relaxed)
            server.shutdown()
            server.waitUntilStopped()
        }
        let port = try #require(server.localPort)
        let costly = try TestClient(port: port)
        try costly.send("GET /render?q=kaspersky HTTP/1.1\r\nHost: x\r\n\r\n")
        let probe = try TestClient(port: port)
        try probe.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try probe.readResponse().text == "GET /healthz  ")
        release.store(true, ordering: .relaxed)
        #expect(try costly.readResponse().status == 200)
    }

    /// Past `maxQueuedWork` requests on the workers, the next costly one gets 503 with `Retry-After`,
    /// answered by the application with the request's head in hand (its language, its route).
    @Test func tooManyCostlyRequestsGet503() throws {
        let release = Atomic<Bool>(false)
        let working = Atomic<Bool>(false)
        var configuration = HTTPServer.Configuration(loopCount: 1)
        configuration.workerBodyBytes = 10
        configuration.maxQueuedWork = 1
        try withServer(
            configuration,
            handler: { request in
                working.store(true, ordering: .relaxed)
                while !release.load(ordering: .relaxed) { usleep(1_000) }
                return echo(request)
            },
            refusal: { error, head in HTTPResponse(status: error.status, text: "refused \(head.path)") }
        ) { _, port in
            let first = try TestClient(port: port)
            try first.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n01234567890123456789")
            #expect(eventually { working.load(ordering: .relaxed) })
            let second = try TestClient(port: port)
            try second.send("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n01234567890123456789")
            let refused = try second.readResponse()
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") == "1")
            #expect(refused.text == "refused /b")
            release.store(true, ordering: .relaxed)
            #expect(try first.readResponse().status == 200)
        }
    }

    /// SIGTERM while the loop is busy: requests from clients that had connected and sent, whether
    /// accepted, waiting in the accept queue, or accepted and unread, are all answered (with
    /// `Connection: close`) before the server stops.
    @Test func theDrainAnswersEveryRequestThatHadArrived() throws {
        let busy = Atomic<Bool>(true)
        let holding = Atomic<Bool>(false)
        let server = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: 0, loopCount: 1, shutdownGrace: 10), logger: quietLogger,
            handler: { request in
                // Inline (no body): holds the only loop, as a costly request once did.
                if request.path == "/busy" {
                    holding.store(true, ordering: .relaxed)
                    while busy.load(ordering: .relaxed) { usleep(1_000) }
                }
                return echo(request)
            })
        try server.start()
        let port = try #require(server.localPort)
        let holder = try TestClient(port: port)
        try holder.send("GET /busy HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { holding.load(ordering: .relaxed) })
        let clients = try (0..<20).map { _ in try TestClient(port: port) }
        for (number, client) in clients.enumerated() {
            try client.send("GET /late/\(number) HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        // Each connect and send has returned: the request is in the server's kernel queues (the
        // accept queue or the socket's), which is what "had arrived" means here.
        server.shutdown()
        busy.store(false, ordering: .relaxed)
        #expect(try holder.readResponse().status == 200)
        for (number, client) in clients.enumerated() {
            let response = try client.readResponse()
            #expect(response.text == "GET /late/\(number)  ")
            #expect(response.header("Connection") == "close")
        }
        server.waitUntilStopped()
        #expect(server.openConnections == 0)
    }

    /// Work that cannot finish within the grace is answered 503 with `Retry-After` and
    /// `Connection: close`, not a bare end of the connection.
    @Test func workUnfinishedAtTheGracesEndGets503() throws {
        let release = Atomic<Bool>(false)
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0, loopCount: 1, shutdownGrace: 0.3)
        configuration.workerBodyBytes = 10
        let server = HTTPServer(
            configuration: configuration, logger: quietLogger,
            handler: { request in
                while !release.load(ordering: .relaxed) { usleep(1_000) }
                return echo(request)
            })
        try server.start()
        defer { release.store(true, ordering: .relaxed) }
        let port = try #require(server.localPort)
        let client = try TestClient(port: port)
        try client.send(
            "POST /scan HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n" + String(repeating: "s", count: 20))
        #expect(eventually { server.openConnections == 1 })
        server.shutdown()
        let response = try client.readResponse()
        #expect(response.status == 503)
        #expect(response.header("Retry-After") != nil)
        #expect(response.header("Connection") == "close")
        release.store(true, ordering: .relaxed)
        server.waitUntilStopped()
    }
}
