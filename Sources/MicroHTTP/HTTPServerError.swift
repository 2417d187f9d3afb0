import Glibc

/// Why the server could not start.
public enum HTTPServerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `start()` was called twice, or after `shutdown()`.
    case alreadyStarted
    /// The host is neither an IP literal nor a resolvable name.
    case invalidHost(String)
    /// The port is outside 0...65535.
    case invalidPort(Int)
    /// The address is taken.
    case addressInUse(host: String, port: Int)
    /// Binding needs privileges the process lacks.
    case permissionDenied(host: String, port: Int)
    /// A system call failed with this `errno`.
    case systemCall(String, errno: Int32)

    /// One sentence for a person starting the server: what happened, where, and what to do.
    public var description: String {
        switch self {
        case .alreadyStarted:
            "the server was started twice"
        case .invalidHost(let host):
            "\(host) is neither an IP address nor a name that resolves; use e.g. 0.0.0.0, :: or 127.0.0.1"
        case .invalidPort(let port):
            "port \(port) is outside 0 to 65535"
        case .addressInUse(let host, let port):
            "port \(port) on \(host) is already in use; stop the program using it or choose another port with --port or PORT"
        case .permissionDenied(let host, let port):
            "listening on port \(port) on \(host) needs privileges this process lacks; choose a port above 1023"
        case .systemCall(let call, let errno):
            "\(call) failed: \(String(cString: strerror(errno))) (errno \(errno))"
        }
    }
}
