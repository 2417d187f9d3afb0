import Foundation
import Glibc

/// A one-shot HTTP/1.1 `GET` over a plain socket, for container health checks: no curl, no
/// FoundationNetworking, nothing the runtime image must add.
struct HealthProbe {
    /// What went wrong, in one line.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let host: String
    let port: Int
    let path: String
    let timeout: Double

    /// Parses `http://host:port/path` (IPv4, `localhost`, or a bracketed IPv6 literal).
    init(url: String, timeout: Double) throws {
        guard url.hasPrefix("http://") else { throw Failure(description: "only http:// URLs are supported: \(url)") }
        let rest = url.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" }
        path = rest.dropFirst(authority.count).isEmpty ? "/" : String(rest.dropFirst(authority.count))
        var hostPart = Substring(authority)
        var portPart: Substring = "80"
        if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() }
            hostPart = hostPart[hostPart.index(after: hostPart.startIndex)..<close]
        } else if let colon = hostPart.lastIndex(of: ":") {
            portPart = hostPart[hostPart.index(after: colon)...]
            hostPart = hostPart[..<colon]
        }
        guard let port = Int(portPart), (1...65_535).contains(port), !hostPart.isEmpty else {
            throw Failure(description: "bad URL: \(url)")
        }
        host = hostPart == "localhost" ? "127.0.0.1" : String(hostPart)
        self.port = port
        self.timeout = timeout
    }

    /// The status code of the response.
    func status() throws -> Int {
        let (fd, address) = try connectSocket()
        defer { close(fd) }
        _ = address
        let request =
            "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\nUser-Agent: renewal-guide-healthcheck\r\n\r\n"
        let sent = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        guard sent == request.utf8.count else {
            throw Failure(description: "send failed: \(String(cString: strerror(errno)))")
        }
        var buffer = [UInt8](repeating: 0, count: 512)
        var received: [UInt8] = []
        while !received.contains(UInt8(ascii: "\n")) {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(timeout * 1000)) == 1 else {
                throw Failure(description: "no response within \(timeout) s")
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { throw Failure(description: "connection closed before a status line") }
            received += buffer[0..<count]
        }
        let line = String(
            decoding: received.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let parts = line.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let code = Int(parts[1]) else {
            throw Failure(description: "not an HTTP response: \(line.prefix(60))")
        }
        return code
    }

    private func connectSocket() throws -> (Int32, String) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICHOST
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else {
            throw Failure(description: "not a numeric address: \(host)")
        }
        defer { freeaddrinfo(result) }
        let fd = socket(info.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed: \(String(cString: strerror(errno)))") }
        if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 && errno != EINPROGRESS {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "cannot connect to \(host):\(port): \(reason)")
        }
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard poll(&poller, 1, Int32(timeout * 1000)) == 1,
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0
        else {
            close(fd)
            throw Failure(
                description:
                    "cannot connect to \(host):\(port): \(error == 0 ? "timed out" : String(cString: strerror(error)))")
        }
        return (fd, host)
    }
}
