/// One client connection: its socket, parser and buffers, and its ``ConnectionState``, which
/// decides its phase and deadlines. Owned by exactly one ``EventLoop`` and touched only on that
/// loop's queue.
final class Connection {
    let fd: Int32
    /// Tells this connection from a later one on the same descriptor, for answers that come back
    /// from a worker.
    let serial: UInt64
    let remoteAddress: String?
    var parser: HTTPRequestParser
    /// The phase, the deadlines and what to do at the end: every lifecycle decision.
    var state: ConnectionState
    /// Unconsumed input; empty most of the time, because reads are parsed in the loop's buffer in place.
    var inbound: [UInt8] = []
    /// The head of the request whose body is arriving.
    var head: HTTPRequestHead?
    var body: [UInt8] = []
    /// Response bytes the socket would not take yet; while non-empty, nothing more is read or parsed.
    var pending: [UInt8] = []
    var pendingOffset = 0
    /// The epoll events currently registered.
    var interest: UInt32
    var isClosed = false

    init(
        fd: Int32, serial: UInt64, remoteAddress: String?, limits: HTTPRequestParser.Limits, state: ConnectionState,
        interest: UInt32
    ) {
        self.fd = fd
        self.serial = serial
        self.remoteAddress = remoteAddress
        self.parser = HTTPRequestParser(limits: limits)
        self.state = state
        self.interest = interest
    }

    /// Idle connections are closed at once when the server drains.
    var isIdle: Bool {
        state.phase == .idle && pending.isEmpty && inbound.isEmpty
    }

    /// Whether the parser may run on input now: nothing waits to be written, and the state allows it.
    var acceptsRequests: Bool {
        !isClosed && pending.isEmpty && state.acceptsRequests
    }
}
