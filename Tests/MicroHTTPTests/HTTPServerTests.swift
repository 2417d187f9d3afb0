import Foundation
import Glibc
import Testing

@testable import MicroHTTP

/// Socket tests on port 0: the server as a client sees it.
@Suite struct HTTPServerTests {
    @Test func keepAliveServesTwoRequestsOnOneConnection() throws {
        try withServer { server, port in
            let client = try TestClient(port: port)
            try client.send("GET /one?a=1 HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try client.readResponse()
            #expect(first.status == 200)
            #expect(first.text == "GET /one a=1 ")
            #expect(first.header("Date")?.hasSuffix(" GMT") == true)
            #expect(first.header("Server") == "renewal-guide")
            #expect(first.header("Content-Length") == "\(first.body.count)")
            #expect(first.header("Connection") == nil)
            try client.send("POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody")
            #expect(try client.readResponse().text == "POST /two  body")
            #expect(server.openConnections == 1)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            var requests = ""
            for index in 0..<20 {
                requests += "GET /\(index) HTTP/1.1\r\nHost: x\r\n\r\n"
            }
            requests += "POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
            try client.send(requests)
            for index in 0..<20 {
                #expect(try client.readResponse().text == "GET /\(index)  ")
            }
            #expect(try client.readResponse().text == "POST /chunked  abc")
        }
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /old HTTP/1.0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.header("Connection") == "close")
            #expect(client.readsEOF())

            let keepAlive = try TestClient(port: port)
            try keepAlive.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try keepAlive.readResponse().header("Connection") == "keep-alive")
            try keepAlive.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try keepAlive.readResponse().text == "GET /b  ")
        }
    }

    @Test func connectionCloseIsHonoured() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse().header("Connection") == "close")
            #expect(client.readsEOF())
        }
    }

    @Test func headSendsTheLengthButNoBody() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /same HTTP/1.1\r\nHost: x\r\n\r\n")
            let get = try client.readResponse()
            try client.send("HEAD /same HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try client.readResponse(headRequest: true)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            // The handler saw HEAD; the length is that of the body it returned.
            #expect(head.header("Content-Length") == "\(get.body.count + 1)")
            try client.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().text == "GET /after  ")
        }
    }

    @Test func protocolErrorsGoThroughTheErrorResponderAndClose() throws {
        let server = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: 0), logger: quietLogger, handler: echo,
            errorResponder: { status, detail in
                HTTPResponse(
                    status: status, contentType: "application/problem+json", text: "{\"status\":\(status.code)}")
            })
        try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        let port = try #require(server.localPort)
        let cases: [(String, Int)] = [
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
            ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "a", count: 17000))\r\n\r\n", 431),
            ("GET /%FF HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ]
        for (request, status) in cases {
            let client = try TestClient(port: port)
            try client.send(request)
            let response = try client.readResponse()
            #expect(response.status == status, "\(request.prefix(40))")
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(response.text == "{\"status\":\(status)}")
            #expect(response.header("Connection") == "close")
            #expect(client.readsEOF())
        }
    }

    @Test func ipv6Loopback() throws {
        try withServer(.init(host: "::1")) { server, port in
            #expect(server.localAddress == "::1")
            let client = try TestClient(port: port, host: "::1")
            try client.send("GET /v6 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().text == "GET /v6  ")
        }
    }

    @Test func startErrorsAreTyped() throws {
        try withServer { server, port in
            #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
            let other = HTTPServer(
                configuration: .init(host: "127.0.0.1", port: port), logger: quietLogger, handler: echo)
            #expect(throws: HTTPServerError.addressInUse(host: "127.0.0.1", port: port)) { try other.start() }
            let sentence = HTTPServerError.addressInUse(host: "127.0.0.1", port: port).description
            #expect(sentence.contains("\(port)") && sentence.contains("127.0.0.1") && sentence.contains("--port"))
            #expect(!sentence.contains("addressInUse"))
            let bad = HTTPServer(
                configuration: .init(host: "no such host.invalid", port: 0), logger: quietLogger, handler: echo)
            #expect(throws: HTTPServerError.invalidHost("no such host.invalid")) { try bad.start() }
        }
    }
}
