import HTTPProtocol

/// What ``ConnectionState``'s events tell the transport to do, and the two server-wide ledgers its
/// admission decisions read: the buffer budget and the workers.
extension ConnectionState {
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

    /// What the transport does with a parsed head.
    enum HeadAction: Sendable, Equatable {
        /// Send the application's refusal, then close when `close`; otherwise a small body of known
        /// length is read and dropped as it comes (the connection stays in step and alive).
        case refuse(close: Bool)
        /// Answer 503 with `Retry-After` and close without reading more: the server holds all the
        /// request and response bytes it may.
        case refuseOverBudget
        /// Read the body: room for `capacity` bytes is already charged to the budget (allocate it
        /// now); send `100 Continue` first when `sendContinue`.
        case readBody(capacity: Int, sendContinue: Bool)
    }

    /// What the transport does with a piece of body.
    enum BodyChunkAction: Sendable, Equatable {
        /// Keep it: it is charged.
        case keep
        /// Drop it: the request was answered at its head.
        case drop
        /// Answer 503 and close without reading more: the budget cannot hold it.
        case refuseOverBudget
    }

    /// What the transport does when a request's body is complete.
    enum RequestEndAction: Sendable, Equatable {
        /// Nothing: the request was answered at its head, and its body is dropped.
        case nothing
        /// Answer it on the loop, then give its body's bytes back (``releaseBody()``).
        case answerOnLoop
        /// Answer it on a worker; the connection reads nothing more until its answer is back.
        case handOff
        /// Answer 503 with `Retry-After`: the workers have all the work they may.
        case refuseBusy
    }
}

/// The server-wide budget of buffered bytes, as a connection's admission sees it.
protocol BufferLedger {
    /// Charges `bytes` if they fit; returns whether they did.
    func reserve(_ bytes: Int) -> Bool
    /// Whether nothing more fits.
    var isSpent: Bool { get }
}

/// The server-wide bound on work handed to workers.
protocol WorkLedger {
    /// Admits one request, or refuses it when the bound is reached.
    func admit() -> Bool
}

extension ByteBudget: BufferLedger {
    /// Whether the bytes charged reach the limit.
    var isSpent: Bool { current >= limit }
}

extension WorkQueue: WorkLedger {}
