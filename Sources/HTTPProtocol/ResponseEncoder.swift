/// Serialises responses into a reused buffer; the bytes that never change are encoded once.
package struct ResponseEncoder {
    private let serverLine: [UInt8]
    private var statusLines: [HTTPStatus: [UInt8]] = [:]
    private var date = HTTPDate()

    private static let okLine = Array("HTTP/1.1 200 OK\r\n".utf8)

    /// The interim response sent for `Expect: 100-continue`.
    package static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    package init(serverName: String) {
        serverLine = Array("Server: \(serverName)\r\n".utf8)
    }

    /// Appends one response. `headOnly` omits the body but keeps its length; `close` adds `Connection: close`;
    /// `keepAliveHeader` adds `Connection: keep-alive` (for HTTP/1.0 clients that asked for it).
    package mutating func encode(
        _ response: HTTPResponse, headOnly: Bool, close: Bool, keepAliveHeader: Bool = false,
        into output: inout ByteWriter
    ) {
        output.append(statusLine(response.status))
        output.append(date.current())
        output.append(serverLine)
        for field in response.headers where !Self.isReserved(field.name) {
            Self.appendField(field, to: &output)
        }
        let code = response.status.code
        let bodyAllowed = code >= 200 && code != 204 && code != 304
        if bodyAllowed {
            output.append("Content-Length: ")
            output.append(decimal: response.body.count)
            output.append("\r\n")
        }
        if close {
            output.append("Connection: close\r\n")
        } else if keepAliveHeader {
            output.append("Connection: keep-alive\r\n")
        }
        output.append("\r\n")
        if bodyAllowed && !headOnly {
            output.append(response.body)
        }
    }

    private mutating func statusLine(_ status: HTTPStatus) -> [UInt8] {
        if status.code == 200 && status.reason == "OK" { return Self.okLine }
        if let line = statusLines[status] { return line }
        let line = Array("HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8)
        if statusLines.count < 64 { statusLines[status] = line }
        return line
    }

    private static func appendField(_ field: (name: String, value: String), to output: inout ByteWriter) {
        output.append(utf8: field.name)
        output.append(": ")
        // Never let an application value split the response: CR and LF become spaces. Values almost
        // never hold them, so the common case is one bulk copy.
        var value = field.value
        value.withUTF8 { value in
            guard value.contains(where: { $0 == 0x0D || $0 == 0x0A }) else {
                output.append(UnsafeRawBufferPointer(value))
                return
            }
            for byte in value { output.append(byte == 0x0D || byte == 0x0A ? 0x20 : byte) }
        }
        output.append("\r\n")
    }

    /// The framing and identity headers the server owns.
    private static func isReserved(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: HTTPHeaders.equal(name, "date")
        case 6: HTTPHeaders.equal(name, "server")
        case 10: HTTPHeaders.equal(name, "connection")
        case 14: HTTPHeaders.equal(name, "content-length")
        case 17: HTTPHeaders.equal(name, "transfer-encoding")
        default: false
        }
    }
}
