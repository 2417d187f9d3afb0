/// Why the server could not start.
public enum HTTPServerError: Error, Hashable, Sendable {
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
}
