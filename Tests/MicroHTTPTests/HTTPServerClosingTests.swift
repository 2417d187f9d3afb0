import Foundation
import Glibc
import Testing

@testable import MicroHTTP

/// How a connection ends: a slow reader is not cut while it keeps reading, and a client still
/// sending after the final response reads that response rather than a reset.
@Suite struct HTTPServerClosingTests {
    /// The write timeout is an idle limit: a 16 MiB answer read steadily (64 KiB every 10 ms) for
    /// longer than the write timeout arrives whole. The timeout leaves room for the kernel's
    /// buffers, which let the socket take nothing for a while though the client reads on.
    @Test func aSteadyReaderOutlastsTheWriteTimeout() throws {
        let large = [UInt8](repeating: UInt8(ascii: "w"), count: 16 << 20)
        var configuration = HTTPServer.Configuration()
        configuration.writeTimeout = 1
        try withServer(configuration, handler: { _ in HTTPResponse(body: large) }) { _, port in
            let client = try TestClient(port: port)
            client.pace = 0.01
            try client.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n")
            let started = Date()
            let response = try client.readResponse()
            #expect(response.body.count == large.count)
            // It did take longer than one write timeout, so a total deadline would have cut it.
            #expect(Date().timeIntervalSince(started) > 1)
        }
    }

    /// A reader that stops altogether is still cut at the write timeout.
    @Test func aStalledReaderIsCutAtTheWriteTimeout() throws {
        let large = [UInt8](repeating: UInt8(ascii: "s"), count: 16 << 20)
        var configuration = HTTPServer.Configuration()
        configuration.writeTimeout = 0.3
        try withServer(configuration, handler: { _ in HTTPResponse(body: large) }) { server, port in
            let client = try TestClient(port: port)
            try client.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(eventually(timeout: 3) { server.openConnections == 0 })
        }
    }

    /// After `Connection: close` the client goes on sending (the next pipelined request, the rest of
    /// an upload): the server lingers, discarding it, so the whole answer arrives instead of a reset.
    @Test func aClientStillSendingReadsTheWholeAnswer() throws {
        let answer = [UInt8](repeating: UInt8(ascii: "a"), count: 478 << 10)
        try withServer(handler: { _ in HTTPResponse(body: answer) }) { _, port in
            let client = try TestClient(port: port)
            var bytes = Array(
                "POST /batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbody".utf8)
            bytes += Array("POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n".utf8)
            bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 256 << 10)
            try client.send(bytes)
            // Wait (at most 5 s) until the answer has begun, the client's bytes still arriving.
            #expect(client.awaitsAnswer())
            let response = try client.readResponse()
            #expect(response.header("Connection") == "close")
            #expect(response.body.count == answer.count)
            #expect(client.readsEOF())
        }
    }
}
