import Testing

@testable import HTTPProtocol

@Suite struct ResponseEncoderTests {
    func encode(
        _ response: HTTPResponse, headOnly: Bool = false, close: Bool = false, keepAlive: Bool = false
    ) -> String {
        var encoder = ResponseEncoder(serverName: "test")
        var output = ByteWriter()
        encoder.encode(response, headOnly: headOnly, close: close, keepAliveHeader: keepAlive, into: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test func serverOwnsFramingHeaders() {
        var response = HTTPResponse(text: "hi")
        response.headers.add(name: "content-length", value: "99")
        response.headers.add(name: "Connection", value: "upgrade")
        response.headers.add(name: "X-Evil", value: "a\r\nInjected: 1")
        let text = encode(response, close: true)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\nDate: "))
        #expect(text.contains("\r\nServer: test\r\nContent-Type: text/plain; charset=utf-8\r\n"))
        #expect(text.contains("\r\nX-Evil: a  Injected: 1\r\n"))
        #expect(text.hasSuffix("\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi"))
        #expect(!text.contains("99"))
        #expect(!text.contains("upgrade"))
    }

    @Test func headKeepsTheLengthWithoutTheBody() {
        let text = encode(HTTPResponse(text: "hello"), headOnly: true, keepAlive: true)
        #expect(text.hasSuffix("Content-Length: 5\r\nConnection: keep-alive\r\n\r\n"))
    }

    @Test func noContentHasNoBodyOrLength() {
        let text = encode(HTTPResponse(status: .noContent, body: Array("x".utf8)))
        #expect(text.hasPrefix("HTTP/1.1 204 No Content\r\n"))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func decimalsAndDates() {
        for value in [0, 7, 10, 1234, 1_048_576, Int.max, -1, -90, Int.min] {
            var output = ByteWriter()
            output.append(decimal: value)
            #expect(String(decoding: output.bytes, as: UTF8.self) == String(value))
        }
        #expect(
            String(decoding: HTTPDate.format(784_111_777), as: UTF8.self) == "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n")
    }
}
