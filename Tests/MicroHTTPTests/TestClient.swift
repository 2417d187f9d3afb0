import Foundation
import Glibc
import Logging
import Testing

@testable import MicroHTTP

/// A tiny blocking HTTP/1.1 client on raw POSIX sockets, for socket tests.
final class TestClient {
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let fd: Int32
    private var buffer: [UInt8] = []
    /// Seconds to wait before each read, to play a slow but steady reader.
    var pace = 0.0

    /// Connects (blocking) with a receive timeout so a broken server fails the test instead of hanging it.
    init(port: Int, host: String = "127.0.0.1", timeout: Double = 5) throws {
        let isV6 = host.contains(":")
        fd = socket(isV6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var interval = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        let result: Int32
        if isV6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect: \(code)")
        }
    }

    deinit { close(fd) }

    /// Ends the connection in both directions, as a client that goes away does (the descriptor is
    /// closed later, by deinit).
    func hangUp() {
        shutdown(fd, Int32(SHUT_RDWR))
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw Failure(description: "send: \(errno)") }
            offset += sent
        }
    }

    /// Reads more bytes; returns false on EOF or error (including the receive timeout).
    private func fill() -> Bool {
        if pace > 0 { Thread.sleep(forTimeInterval: pace) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    /// Reads one response; `headRequest` means no body follows whatever `Content-Length` says.
    func readResponse(headRequest: Bool = false) throws -> Response {
        var headEnd: Int?
        while true {
            if let found = find(Array("\r\n\r\n".utf8)) {
                headEnd = found
                break
            }
            guard fill() else { throw Failure(description: "connection ended before a response head") }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        let headers = lines.map { line -> (name: String, value: String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "")
        }
        var response = Response(status: status, headers: headers, body: [])
        let length = headRequest || status < 200 ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length {
            guard fill() else { throw Failure(description: "connection ended inside a body") }
        }
        response.body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return response
    }

    /// Waits until the server has sent something (or closed) without reading it, up to `timeout`
    /// seconds: the moment a slow reader's answer is in flight and the rest is queued on the server.
    @discardableResult
    func awaitsAnswer(timeout: Double = 5) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(timeout * 1000)) == 1
    }

    /// Whether the server closed the connection (EOF) before the receive timeout, with nothing more sent.
    func readsEOF() -> Bool {
        var byte: UInt8 = 0
        return read(fd, &byte, 1) == 0 && buffer.isEmpty
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for index in 0...(buffer.count - needle.count)
        where buffer[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// A logger that drops everything.
let quietLogger = Logger(label: "MicroHTTPTests") { _ in SwiftLogNoOpLogHandler() }

/// An echo handler: answers with the method, path, query and body.
@Sendable func echo(_ request: HTTPRequest) -> HTTPResponse {
    let query = request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    let text = "\(request.method) \(request.path) \(query) \(String(decoding: request.body, as: UTF8.self))"
    return HTTPResponse(text: text)
}

/// Starts a server on 127.0.0.1 port 0, runs `body`, then shuts it down and waits.
func withServer(
    _ configuration: HTTPServer.Configuration = HTTPServer.Configuration(),
    handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse = echo,
    headCheck: (@Sendable (HTTPRequestHead) -> HTTPResponse?)? = nil,
    costly: (@Sendable (HTTPRequestHead) -> Bool)? = nil,
    refusal: (@Sendable (HTTPProtocolError, HTTPRequestHead) -> HTTPResponse)? = nil,
    _ body: (HTTPServer, Int) throws -> Void
) throws {
    var configuration = configuration
    configuration.host = configuration.host == "0.0.0.0" ? "127.0.0.1" : configuration.host
    configuration.port = 0
    let server = HTTPServer(
        configuration: configuration, logger: quietLogger,
        responder: ClosureResponder(handler: handler, headCheck: headCheck, costly: costly, refusal: refusal))
    try server.start()
    defer {
        server.shutdown()
        server.waitUntilStopped()
    }
    let port = try #require(server.localPort)
    try body(server, port)
}

/// Polls `condition` until it holds or `timeout` passes: for state the server updates just after
/// the client sees the effect (a connection counted closed after its EOF reached the client).
func eventually(timeout: Double = 2, _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        usleep(5_000)
    }
    return condition()
}

extension TestClient {
    /// How a connection ended when read to its end.
    enum DrainOutcome: Equatable {
        case endOfFile, reset
        /// The receive timeout passed with the connection still open.
        case stillOpen
        case failed(errno: Int32)
    }

    /// Reads and discards until the server closes the connection or the receive timeout passes.
    func drainOutcome() -> DrainOutcome {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 { continue }
            if count == 0 { return .endOfFile }
            switch errno {
            case ECONNRESET: return .reset
            case EAGAIN: return .stillOpen
            case EINTR: continue
            case let code: return .failed(errno: code)
            }
        }
    }
}

/// The number of this process's descriptors that are TCP sockets bound locally to `port`: the
/// server's listener and accepted connections. Other tests running in parallel open descriptors too,
/// so a process-wide count would not say whether this server leaked any.
func socketDescriptorCount(localPort port: Int) -> Int {
    var inodes = Set<String>()
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        // procfs reports a size of 0: read to the end rather than trusting the size.
        guard let data = FileHandle(forReadingAtPath: table)?.readDataToEndOfFile() else { continue }
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            guard fields.count > 9, let colon = fields[1].lastIndex(of: ":"),
                Int(fields[1][fields[1].index(after: colon)...], radix: 16) == port
            else { continue }
            inodes.insert(String(fields[9]))
        }
    }
    let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return descriptors.filter { name in
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
            target.hasPrefix("socket:[")
        else { return false }
        return inodes.contains(String(target.dropFirst("socket:[".count).dropLast()))
    }.count
}

/// A log handler that hands each message and its level to a closure.
struct CollectingLogHandler: LogHandler {
    let collect: @Sendable (Logger.Level, String) -> Void
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(_ collect: @escaping @Sendable (Logger.Level, String) -> Void) {
        self.collect = collect
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        collect(event.level, "\(event.message)")
    }
}

/// Closures as a responder, so that each test states only the behaviour it needs.
struct ClosureResponder: HTTPResponder {
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    var errorResponder: (@Sendable (HTTPStatus, String) -> HTTPResponse)?
    var headCheck: (@Sendable (HTTPRequestHead) -> HTTPResponse?)?
    var costly: (@Sendable (HTTPRequestHead) -> Bool)?
    /// Answers an error with the request's head in hand; without it, as an error without a head.
    var refusal: (@Sendable (HTTPProtocolError, HTTPRequestHead) -> HTTPResponse)?

    func runsOnWorker(_ head: HTTPRequestHead) -> Bool {
        costly?(head) ?? false
    }

    func respond(to request: HTTPRequest, context: HTTPRequestContext) -> HTTPResponse {
        handler(request)
    }

    func admit(_ head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse? {
        headCheck?(head)
    }

    func respond(to error: HTTPProtocolError, context: HTTPRequestContext) -> HTTPResponse {
        errorResponder?(error.status, error.detail) ?? HTTPResponse.plainTextError(error.status, error.detail)
    }

    func respond(to error: HTTPProtocolError, head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse {
        refusal?(error, head) ?? respond(to: error, context: context)
    }
}

extension HTTPServer {
    /// A server whose responder is made of closures.
    convenience init(
        configuration: Configuration = Configuration(), logger: Logger,
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        errorResponder: (@Sendable (HTTPStatus, String) -> HTTPResponse)? = nil,
        headCheck: (@Sendable (HTTPRequestHead) -> HTTPResponse?)? = nil
    ) {
        self.init(
            configuration: configuration, logger: logger,
            responder: ClosureResponder(handler: handler, errorResponder: errorResponder, headCheck: headCheck))
    }
}
