import Dispatch

/// One client connection. Owned by exactly one ``EventLoop`` and touched only on that loop's queue.
final class Connection {
    /// Where the connection is in its request cycle; decides which deadline applies.
    enum Phase {
        /// Between requests (or fresh): nothing of the next request has arrived.
        case idle
        /// Part of a request head has arrived.
        case head
        /// The head is parsed; the body is arriving.
        case body
        /// The request is being answered on a worker queue; nothing more is read until it is.
        case working
        /// The final response went out and the write side is shut; unread input is discarded until EOF.
        case lingering
    }

    let fd: Int32
    /// Tells this connection from a later one on the same descriptor, for answers that come back
    /// from a worker.
    let serial: UInt64
    let remoteAddress: String?
    var parser: HTTPRequestParser
    var phase = Phase.idle
    /// The absolute deadline (`DispatchTime` nanoseconds) of the current phase.
    var deadline: UInt64
    /// Unconsumed input; empty most of the time, because reads are parsed in the loop's buffer in place.
    var inbound: [UInt8] = []
    /// The head of the request whose body is arriving.
    var head: HTTPRequestHead?
    var body: [UInt8] = []
    /// Response bytes the socket would not take yet; while non-empty, nothing more is read or parsed.
    var pending: [UInt8] = []
    var pendingOffset = 0
    var writeDeadline: UInt64 = 0
    /// Close once `pending` is sent.
    var closeAfterWrite = false
    /// Linger (shut the write side, discard input) rather than close at once, so the client reads our answer.
    var lingerOnClose = false
    var lingeredBytes = 0
    /// Linger without reading: for refusals under load, where reading and discarding what clients
    /// keep sending would spend the very capacity the refusal protects. The client reads the answer
    /// and our FIN; its unread remainder is reset at the linger deadline.
    var lingerWithoutReading = false
    /// When lingering must end, however steadily the client sends.
    var lingerEnds: UInt64 = 0
    /// The epoll events currently registered.
    var interest: UInt32
    var isClosed = false
    /// Whether this connection has served a request; a silent fresh connection is cut at the header timeout.
    var servedRequest = false
    /// The body of a request already refused at its head, read and dropped to keep the connection.
    var discardingBody = false
    /// Bytes charged to the server's ``ByteBudget`` for the body arriving and for `pending`.
    var bodyCharge = 0
    var pendingCharge = 0

    init(
        fd: Int32, serial: UInt64, remoteAddress: String?, limits: HTTPRequestParser.Limits, deadline: UInt64,
        interest: UInt32
    ) {
        self.fd = fd
        self.serial = serial
        self.remoteAddress = remoteAddress
        self.parser = HTTPRequestParser(limits: limits)
        self.deadline = deadline
        self.interest = interest
    }

    /// Idle connections are closed at once when the server drains.
    var isIdle: Bool {
        phase == .idle && pending.isEmpty && inbound.isEmpty
    }
}
