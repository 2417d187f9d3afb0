import HTTPProtocol

/// The life of one HTTP/1.1 connection, as a pure state machine: which phase it is in, which
/// deadline applies, whether a request is admitted, where it is answered, what it holds of the
/// server's buffer budget, and what to do when a response is out, a timer fires or input arrives
/// after the last answer. The transport owns the socket, the parser and the buffers; it reports
/// events here and performs the actions returned. Keep-alive, pipelining, admission, body discard,
/// budgets, the hand-off to a worker, draining, lingering and the timeouts are decided here and
/// nowhere else, so they can be tested without a socket (the request events are in
/// `ConnectionState+Actions.swift`, with the ledgers).
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
    /// Whether the request in hand was answered at its head (its end is not answered again).
    private var answeredAtHead = false
    /// Bytes of the server's budget held for the body arriving.
    private(set) var bodyCharge = 0
    /// Bytes of the server's budget held for output waiting for the socket.
    private(set) var outputCharge = 0
    private var lingerOnClose = false
    /// Refused for lack of buffer space: the close lingers without reading, since reading and
    /// discarding what the client keeps sending would spend the very capacity the refusal protects.
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

    /// A head was parsed: the body timer starts, and the request is admitted or refused. `refused`
    /// is the application's refusal at the head; `costly` says whether the application answers it
    /// on a worker (asked only where it matters). A refused request's small body of known length is
    /// read and dropped to keep the connection; a body of known length is charged to `budget`
    /// whole, before it is read; a body of unknown length, or costly work, is refused while the
    /// budget is spent.
    mutating func headParsed(
        _ head: HTTPRequestHead, refused: Bool, closingAll: Bool, now: UInt64, budget: some BufferLedger,
        costly: (HTTPRequestHead) -> Bool
    ) -> HeadAction {
        phase = .body
        deadline = now + timeouts.body
        if refused {
            answeredAtHead = true
            // A large or chunked body is not worth reading, and after `Expect: 100-continue` the
            // client may never send the body it announced.
            var discardable = head.framing == .none
            if case .contentLength(let length) = head.framing, length <= Self.maxDiscardedBodyBytes,
                !head.expectsContinue
            {
                discardable = true
                discardingBody = length > 0
            }
            return .refuse(close: !discardable || !head.keepAlive || closingAll)
        }
        if case .contentLength(let length) = head.framing, length > 0 {
            guard budget.reserve(length) else {
                lingerWithoutReading = true
                return .refuseOverBudget
            }
            bodyCharge = length
            return .readBody(capacity: length, sendContinue: head.expectsContinue)
        }
        // A body of unknown length, or work whose answer may be large (a page, a scan), would add
        // to what the server already holds for readers that do not read.
        if head.framing == .chunked || costly(head), budget.isSpent {
            lingerWithoutReading = true
            return .refuseOverBudget
        }
        return .readBody(capacity: 0, sendContinue: head.expectsContinue && head.framing != .none)
    }

    /// The largest body of a request refused at its head that is read and dropped to keep the
    /// connection alive; a larger one closes it.
    static let maxDiscardedBodyBytes = 64 << 10

    /// A piece of body arrived, `held` bytes having come before it. A chunked body is charged as it
    /// comes; a sized one was charged with its head.
    mutating func bodyArrived(_ count: Int, held: Int, budget: some BufferLedger) -> BodyChunkAction {
        if discardingBody { return .drop }
        if bodyCharge < held + count {
            let more = held + count - bodyCharge
            guard budget.reserve(more) else {
                lingerWithoutReading = true
                return .refuseOverBudget
            }
            bodyCharge += more
        }
        return .keep
    }

    /// The request's body is complete (`bodyBytes` of it). A request answered at its head ends
    /// here: a kept-alive connection turns idle, with the idle timeout (not the header timer its
    /// body bytes started). Otherwise costly work, or a body of `workerBodyBytes` or more, goes to
    /// a worker if `work` admits it.
    mutating func requestEnded(
        bodyBytes: Int, costly: Bool, workerBodyBytes: Int, now: UInt64, work: some WorkLedger
    ) -> RequestEndAction {
        if answeredAtHead {
            answeredAtHead = false
            discardingBody = false
            if !closeAfterWrite {
                phase = .idle
                deadline = now + timeouts.idle
            }
            return .nothing
        }
        guard costly || bodyBytes >= workerBodyBytes else { return .answerOnLoop }
        guard work.admit() else { return .refuseBusy }
        phase = .working
        return .handOff
    }

    /// The worker's answer is back; ``responded(close:now:)`` follows.
    mutating func workReturned() {
        phase = .idle
    }

    /// The request's body is answered or dropped: the bytes it held, to give back to the budget.
    mutating func releaseBody() -> Int {
        defer { bodyCharge = 0 }
        return bodyCharge
    }

    /// `bytes` of output wait for the socket: they are charged to the budget (over its limit if
    /// need be, so that new work is refused until they are sent), and the write timer starts.
    mutating func outputWaits(_ bytes: Int, now: UInt64) {
        outputCharge = bytes
        writeDeadline = now + timeouts.write
    }

    /// The output that waited is sent: the bytes it held, to give back to the budget.
    mutating func outputDrained() -> Int {
        defer { outputCharge = 0 }
        return outputCharge
    }

    /// The connection closed: everything it held, to give back to the budget.
    mutating func closed() -> Int {
        defer { (bodyCharge, outputCharge) = (0, 0) }
        return bodyCharge + outputCharge
    }

    /// A response is queued; returns whether the connection closes after it: when the client or
    /// the request asks (`keepAlive` false), or the server is shutting down (`closingAll`). A
    /// kept-alive connection turns idle; a closing one will linger so that input still arriving (a
    /// pipelined request, the rest of a body) cannot make the kernel reset the answer in flight.
    @discardableResult
    mutating func responded(keepAlive: Bool, closingAll: Bool, now: UInt64) -> Bool {
        let close = !keepAlive || closingAll
        defer { responded(close: close, now: now) }
        return close
    }

    private mutating func responded(close: Bool, now: UInt64) {
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
