/// The life of one HTTP/1.1 connection, as a pure state machine: which phase it is in, which
/// deadline applies, and what to do when a response is out, a timer fires or input arrives after
/// the last answer. The transport owns the socket, the parser and the buffers; it reports events
/// here and performs the actions returned. Keep-alive, pipelining, draining, lingering and the
/// timeouts are decided here and nowhere else, so they can be tested without a socket.
///
/// Times are absolute nanoseconds on a monotonic clock, passed in by the caller. It lives in the
/// transport target beside its one user, so that its events inline into the event loop: from the
/// protocol target each was a cross-module call (Benchmarks/README.md, "Issue 13", has the count).
struct ConnectionState: Sendable {
    /// Where the connection is in its request cycle; decides which deadline applies.
    enum Phase: Sendable, Equatable {
        /// Between requests (or fresh): nothing of the next request has arrived.
        case idle
        /// Part of a request head has arrived.
        case head
        /// The head is parsed; the body is arriving.
        case body
        /// The request is being answered elsewhere (a worker); nothing more is read until it is.
        case working
        /// The final response went out and the write side is shut; input is discarded until EOF.
        case lingering
    }

    /// The timeouts of each phase, in nanoseconds.
    struct Timeouts: Sendable {
        /// From the first byte of a head (or a fresh connection) to the end of the head.
        var header: UInt64
        /// From the head to the end of the body.
        var body: UInt64
        /// Between requests on a kept-alive connection.
        var idle: UInt64
        /// How long a pending write may make no progress.
        var write: UInt64

        /// The four timeouts.
        init(header: UInt64, body: UInt64, idle: UInt64, write: UInt64) {
            (self.header, self.body, self.idle, self.write) = (header, body, idle, write)
        }
    }

    /// How long a lingering connection may go without sending before it is closed.
    static let lingerQuietNanoseconds: UInt64 = 1_000_000_000
    /// The most time a lingering connection is given in all.
    static let lingerTotalNanoseconds: UInt64 = 10_000_000_000
    /// The most input discarded while lingering.
    static let lingerMaxBytes = 4 << 20

    /// What the transport does once the final response is out.
    enum CloseAction: Sendable, Equatable {
        /// Nothing: the connection stays open (or is lingering already).
        case none
        /// Close the socket now.
        case close
        /// Shut the write side and discard input until EOF or the linger deadline; `reading` is
        /// false for refusals under load, whose input is left unread (reset at the deadline).
        case linger(reading: Bool)
    }

    /// What the transport does when the deadline timer fires.
    enum TimerAction: Sendable, Equatable {
        /// Nothing is due.
        case none
        /// Close the socket now.
        case close
        /// Answer 408 and close without lingering: the client was too slow to send its request.
        case requestTimeout
    }

    /// The connection's phase.
    private(set) var phase = Phase.idle
    /// The deadline of the current phase.
    private(set) var deadline: UInt64
    /// The deadline of a pending write: it moves on with every byte the client takes.
    private(set) var writeDeadline: UInt64 = 0
    /// Whether the connection closes once what is queued is sent.
    private(set) var closeAfterWrite = false
    /// Whether the body of a request refused at its head is being read and dropped.
    private(set) var discardingBody = false
    private var lingerOnClose = false
    private var lingerWithoutReading = false
    private var lingerEnds: UInt64 = 0
    private var lingeredBytes = 0
    private let timeouts: Timeouts

    /// A connection accepted at `now`: a silent one is cut at the header timeout.
    init(now: UInt64, timeouts: Timeouts) {
        self.timeouts = timeouts
        deadline = now + timeouts.header
    }

    /// Whether a request may be parsed from input now: not while one is answered elsewhere, nor
    /// once the connection is to close.
    var acceptsRequests: Bool { !closeAfterWrite && phase != .working }

    /// Bytes of a request arrived (or the parser holds part of one): an idle connection starts
    /// its header timer. The idle timer is for connections that have sent nothing since their
    /// last answer. (`now` is read only when the timer starts: this runs on every read.)
    mutating func requestBegan(now: @autoclosure () -> UInt64) {
        guard phase == .idle, !closeAfterWrite else { return }
        phase = .head
        deadline = now() + timeouts.header
    }

    /// A head was parsed: the body timer starts.
    mutating func headParsed(now: UInt64) {
        phase = .body
        deadline = now + timeouts.body
    }

    /// The head was refused and answered; `discardBody` when a small body of known length is
    /// to be read and dropped to keep the connection.
    mutating func refusedHead(discardBody: Bool) {
        discardingBody = discardBody
    }

    /// The body of a request already answered at its head has been read and dropped: a kept-alive
    /// connection turns idle, with the idle timeout (not the header timer its body bytes started).
    mutating func discardedBodyEnded(now: UInt64) {
        discardingBody = false
        guard !closeAfterWrite else { return }
        phase = .idle
        deadline = now + timeouts.idle
    }

    /// A response was queued. A kept-alive connection turns idle; a closing one will linger so
    /// that input still arriving (a pipelined request, the rest of a body) cannot make the kernel
    /// reset the answer in flight.
    mutating func responded(close: Bool, now: UInt64) {
        if close {
            closeAfterWrite = true
            lingerOnClose = true
        } else {
            phase = .idle
            deadline = now + timeouts.idle
        }
    }

    /// A protocol error was answered: the connection closes, lingering.
    mutating func failed() {
        closeAfterWrite = true
        lingerOnClose = true
    }

    /// Refused for lack of buffer space: linger without reading, since reading and discarding what
    /// the client keeps sending would spend the very capacity the refusal protects.
    mutating func refusedWithoutReading() {
        lingerWithoutReading = true
    }

    /// The request went to a worker.
    mutating func handedOff() {
        phase = .working
    }

    /// The worker's answer is back; ``responded(close:now:)`` follows.
    mutating func workReturned() {
        phase = .idle
    }

    /// The socket took part of the output, or none: the write timer starts or moves on.
    mutating func wroteSome(now: UInt64) {
        writeDeadline = now + timeouts.write
    }

    /// Everything queued is sent. For a closing connection, says how to close.
    mutating func outputSent(now: UInt64) -> CloseAction {
        guard closeAfterWrite, phase != .lingering else { return .none }
        guard lingerOnClose else { return .close }
        phase = .lingering
        deadline = now + Self.lingerQuietNanoseconds
        lingerEnds = now + Self.lingerTotalNanoseconds
        return .linger(reading: !lingerWithoutReading)
    }

    /// Input read while lingering, as nginx's `lingering_timeout` and `lingering_time`: each read
    /// buys another quiet second within the total bound; returns false once the byte bound is
    /// passed and the connection should close.
    mutating func lingered(bytes: Int, now: UInt64) -> Bool {
        lingeredBytes += bytes
        guard lingeredBytes <= Self.lingerMaxBytes else { return false }
        deadline = min(now + Self.lingerQuietNanoseconds, lingerEnds)
        return true
    }

    /// The deadline timer fired at `now`; `writePending` when output waits for the socket.
    mutating func timerFired(now: UInt64, writePending: Bool) -> TimerAction {
        if writePending { return now >= writeDeadline ? .close : .none }
        guard now >= deadline else { return .none }
        switch phase {
        case .working:
            return .none  // bounded by the body limit; the worker's answer resets the deadline
        case .idle, .lingering:
            return .close
        case .head, .body:
            closeAfterWrite = true
            lingerOnClose = false
            return .requestTimeout
        }
    }
}
