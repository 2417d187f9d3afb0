import CMicroHTTPShims
import Dispatch
import Glibc
import Logging

/// One epoll instance watched by one `DispatchSourceRead`, on one serial queue, owning its connections.
///
/// `@unchecked Sendable` invariant: every `var` (and the memory behind `readBuffer` and `events`) is read
/// and written only on `queue`; the `let`s never change. Other threads only enqueue work on `queue`.
final class EventLoop: @unchecked Sendable {
    static let eventCapacity = 256
    static let readBufferSize = 64 * 1024

    let index: Int
    let queue: DispatchQueue
    let epollFD: Int32
    let context: ServerContext
    let limits: HTTPRequestParser.Limits
    /// The configured timeouts in nanoseconds, read on every request (the configuration is a large struct).
    let timeouts: ConnectionState.Timeouts
    /// Connections indexed by file descriptor.
    var connections: [Connection?] = []
    var connectionCount = 0
    var encoder: ResponseEncoder
    /// Responses are serialised here, then sent in one call; leftovers move to the connection.
    var output = ByteWriter(capacity: EventLoop.readBufferSize)
    let readBuffer: UnsafeMutableRawBufferPointer
    let events: UnsafeMutablePointer<cmh_event>
    var draining = false
    /// Whether answers close their connection: from the moment a shutdown is asked for, before this
    /// loop's own drain begins (it may be busy when the signal comes).
    var closingAll: Bool { draining || context.shutdownRequested.load(ordering: .relaxed) }
    private var drainReported = false
    private var nextSerial: UInt64 = 0
    /// Whether memory worth returning to the system was freed since the last tick.
    var trimPending = false
    /// Input read in the current turn of ``pollEvents()``.
    var bytesThisTurn = 0
    private var readSource: (any DispatchSourceRead)?
    private var timer: (any DispatchSourceTimer)?

    init(index: Int, context: ServerContext) throws(HTTPServerError) {
        let fd = cmh_epoll_create()
        guard fd >= 0 else { throw .systemCall("epoll_create1", errno: errno) }
        self.index = index
        self.epollFD = fd
        self.context = context
        self.limits = context.configuration.parserLimits
        let configuration = context.configuration
        self.timeouts = ConnectionState.Timeouts(
            header: Self.nanoseconds(configuration.headerTimeout), body: Self.nanoseconds(configuration.bodyTimeout),
            idle: Self.nanoseconds(configuration.idleTimeout), write: Self.nanoseconds(configuration.writeTimeout))
        self.queue = DispatchQueue(label: "MicroHTTP.loop.\(index)")
        self.encoder = ResponseEncoder(serverName: context.configuration.serverName)
        self.readBuffer = .allocate(byteCount: Self.readBufferSize, alignment: 16)
        self.events = .allocate(capacity: Self.eventCapacity)
    }

    deinit {
        readBuffer.deallocate()
        events.deallocate()
    }

    /// Creates and resumes, on the loop's queue, the epoll source and the deadline timer. Call once.
    func start() {
        queue.async { self.makeSources() }
    }

    private func makeSources() {
        let source = DispatchSource.makeReadSource(fileDescriptor: epollFD, queue: queue)
        source.setEventHandler { self.pollEvents() }
        let fd = epollFD
        // The epoll fd is watched by Dispatch: close it only once the source is cancelled.
        source.setCancelHandler { Glibc.close(fd) }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let tick = context.configuration.tickNanoseconds
        timer.schedule(
            deadline: .now() + .nanoseconds(Int(tick)), repeating: .nanoseconds(Int(tick)),
            leeway: .nanoseconds(Int(tick / 4)))
        timer.setEventHandler { self.checkDeadlines() }
        readSource = source
        self.timer = timer
        source.resume()
        timer.resume()
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func nanoseconds(_ seconds: Double) -> UInt64 { UInt64(max(0, seconds) * 1e9) }

    /// Adopts a freshly accepted socket. While draining too: the acceptor's last round hands over
    /// what was in the accept queue, and a request that had arrived there is answered.
    func register(fd: Int32, remoteAddress: String?) {
        nextSerial += 1
        let connection = Connection(
            fd: fd, serial: nextSerial, remoteAddress: remoteAddress, limits: limits,
            state: ConnectionState(now: Self.now(), timeouts: timeouts), interest: UInt32(CMH_EPOLLIN))
        guard cmh_epoll_ctl(epollFD, Int32(CMH_EPOLL_CTL_ADD), fd, UInt32(CMH_EPOLLIN)) == 0 else {
            context.logger.error("epoll_ctl add failed", metadata: ["errno": "\(errno)"])
            Glibc.close(fd)
            context.openConnections.subtract(1, ordering: .relaxed)
            return
        }
        let slot = Int(fd)
        if slot >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: max(slot + 1 - connections.count, 1024)))
        }
        connections[slot] = connection
        connectionCount += 1
        if draining { settle(connection) }
    }

    /// Drains ready events without blocking (`epoll_wait` with timeout 0); level-triggered, so leftovers
    /// refire. After a batch it polls again, up to `pollRounds` times while events keep coming: under
    /// load the next requests are often ready by then, and each batch served here saves a Dispatch
    /// wake-up (a thread hand-off) for the next one. An idle loop does one empty poll and sleeps.
    private func pollEvents() {
        bytesThisTurn = 0
        for _ in 0..<Self.pollRounds {
            guard pollOnce() > 0, bytesThisTurn < Self.bytesPerTurn else { return }
        }
    }

    /// The most input one turn of the loop reads before it yields its queue. A thousand clients
    /// uploading at once would otherwise keep one turn reading 64 KiB from each for tens of
    /// milliseconds, while a new connection (a health probe) waits behind it on the queue. Events
    /// left unhandled stay ready (epoll is level-triggered) and come back on the next turn.
    static let bytesPerTurn = 1 << 20

    /// A few rounds save wake-ups under load; many hold the other threads' turns up and raise tail
    /// latency. The sweep that chose 4 is in Benchmarks/README.md ("Polling 4 rounds per wake-up").
    static let pollRounds = 4

    private func pollOnce() -> Int32 {
        let count = cmh_epoll_wait(epollFD, events, Int32(Self.eventCapacity), 0)
        guard count > 0 else { return count }
        for index in 0..<Int(count) where bytesThisTurn < Self.bytesPerTurn {
            let event = events[index]
            let slot = Int(event.fd)
            guard slot < connections.count, let connection = connections[slot] else { continue }
            let flags = event.events
            if flags & UInt32(CMH_EPOLLOUT) != 0 {
                writable(connection)
            }
            guard !connection.isClosed, flags & UInt32(CMH_EPOLLIN | CMH_EPOLLERR | CMH_EPOLLHUP) != 0 else {
                continue
            }
            if connection.pending.isEmpty && connection.state.phase != .working {
                readable(connection)
            } else if flags & UInt32(CMH_EPOLLERR | CMH_EPOLLHUP) != 0 {
                close(connection)
            }
        }
        return count
    }

    /// Changes the registered events if they differ.
    func setInterest(_ connection: Connection, _ events: UInt32) {
        guard connection.interest != events, !connection.isClosed else { return }
        connection.interest = events
        _ = cmh_epoll_ctl(epollFD, Int32(CMH_EPOLL_CTL_MOD), connection.fd, events)
    }

    /// Unregisters and closes (a connection fd is ours, not Dispatch's, so closing here is safe).
    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        let released = connection.state.closed()
        context.budget.release(released)
        // A large body or answer dropped with its connection: give the freed pages back at the
        // next tick (once a tick, however many such connections closed).
        if released >= Self.trimAfterBodyBytes { trimPending = true }
        _ = cmh_epoll_ctl(epollFD, Int32(CMH_EPOLL_CTL_DEL), connection.fd, 0)
        connections[Int(connection.fd)] = nil
        connectionCount -= 1
        // Count down before closing, so a client that sees EOF also sees the gauge drop.
        context.openConnections.subtract(1, ordering: .relaxed)
        Glibc.close(connection.fd)
        reportIfDrained()
    }

    /// Starts a graceful drain: busy connections close after their response; idle ones are read once
    /// more (a request may have arrived while the loop was busy) and closed if nothing had.
    func beginDrain() {
        draining = true
        for case let connection? in connections where connection.isIdle {
            settle(connection)
        }
        reportIfDrained()
    }

    /// While draining: answers what an idle connection has sent (with `Connection: close`), or
    /// closes it when it has sent nothing.
    private func settle(_ connection: Connection) {
        readable(connection)
        if !connection.isClosed && connection.isIdle { close(connection) }
    }

    private func reportIfDrained() {
        guard draining, connectionCount == 0, !drainReported else { return }
        drainReported = true
        context.loopDrained()
    }

    /// Force-closes everything and cancels the sources (the epoll fd closes in the cancel handler);
    /// work still on a worker is answered 503 first, so that its client knows it was not done.
    func stop() {
        draining = true
        drainReported = true
        for case let connection? in connections {
            if connection.state.phase == .working { answerUnfinished(connection) }
            close(connection)
        }
        connections = []
        timer?.cancel()
        readSource?.cancel()
        timer = nil
        readSource = nil
    }
}
