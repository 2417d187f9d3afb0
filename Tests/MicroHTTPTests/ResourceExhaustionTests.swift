import Foundation
import Testing

@testable import MicroHTTP

/// Slowloris and idle floods: stalled clients must neither starve a normal one nor outlive their
/// timeout, and every descriptor must be returned.
@Suite(.serialized) struct ResourceExhaustionTests {
    @Test func stalledConnectionsNeitherStarveOthersNorLeak() throws {
        var stalled: [TestClient] = []
        var serverPort = 0
        // The header timeout must outlast opening the 2,000 connections and counting them, or the first
        // ones time out before the last are counted: on a loaded two-core CI machine that took over
        // 1.5 s. The setup's own duration is checked below, so a slower machine fails with its reason.
        let headerTimeout = 4.0
        try withServer(.init(headerTimeout: headerTimeout)) { server, port in
            serverPort = port
            let setupStarted = ContinuousClock.now
            for index in 0..<1000 {
                let client = try TestClient(port: port, timeout: 15)
                try client.send("GET /stalled/\(index) HTTP/1.1\r\nHost: x\r\nX-Half: ")
                stalled.append(client)
            }
            for _ in 0..<1000 {
                stalled.append(try TestClient(port: port, timeout: 15))
            }
            // Generous: under AddressSanitizer accepting 2,000 connections takes seconds.
            #expect(eventually(timeout: 20) { server.openConnections == 2000 })
            #expect(
                eventually(timeout: 20) { socketDescriptorCount(localPort: port) == 2001 },
                "the listener and 2,000 accepted sockets")
            let setup = ContinuousClock.now - setupStarted
            #expect(setup < .seconds(headerTimeout), "opening and counting took \(setup)")

            var fastest = Duration.seconds(60)
            for _ in 0..<5 {
                let started = ContinuousClock.now
                let client = try TestClient(port: port)
                try client.send("GET /normal HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
                fastest = min(fastest, ContinuousClock.now - started)
            }
            print("normal request served in \(fastest) beside 2,000 stalled connections")
            #expect(fastest < .milliseconds(100))

            // Every stalled connection is closed by the header timeout: 408 for those that began a
            // request, a silent close for those that sent nothing. Checked on the server first, so
            // that a broken timeout fails here instead of 2,000 clients each waiting out its own.
            let closedInTime = eventually(timeout: headerTimeout + 10) { server.openConnections == 0 }
            #expect(closedInTime, "still open: \(server.openConnections)")
            guard closedInTime else { return }
            let answered = try stalled[0].readResponse()
            #expect(answered.status == 408, "a begun request is answered 408")
            let outcomes = stalled.map { $0.drainOutcome() }
            let unclosed = outcomes.enumerated().filter { $0.element != .endOfFile && $0.element != .reset }
            #expect(
                unclosed.isEmpty,
                "not closed by the header timeout: \(unclosed.prefix(10).map { ($0.offset, $0.element) })")
            #expect(eventually { socketDescriptorCount(localPort: port) == 1 }, "only the listener is left")
        }
        stalled.removeAll()
        #expect(socketDescriptorCount(localPort: serverPort) == 0, "the server returned every descriptor")
    }
}
