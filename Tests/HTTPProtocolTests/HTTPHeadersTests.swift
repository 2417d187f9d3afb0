import Testing

@testable import HTTPProtocol

@Suite struct HTTPHeadersTests {
    @Test func namesAreCaseInsensitiveAndOrderIsKept() {
        var headers: HTTPHeaders = ["Content-Type": "text/plain", "X-A": "1"]
        headers.add(name: "x-a", value: "2")
        #expect(headers["content-type"] == "text/plain")
        #expect(headers.first(name: "X-a") == "1")
        #expect(headers.values(name: "X-A") == ["1", "2"])
        headers.replace(name: "X-A", value: "3")
        #expect(headers.values(name: "x-a") == ["3"])
        headers["Content-Type"] = nil
        #expect(headers.count == 1)
    }

    @Test func tokens() {
        let headers: HTTPHeaders = ["Connection": "Keep-Alive, Upgrade"]
        #expect(headers.contains(name: "connection", token: "keep-alive"))
        #expect(!headers.contains(name: "connection", token: "close"))
    }
}
