import CMicroHTTPShims
import Dispatch
public import Glibc
public import Logging
import Synchronization

/// An HTTP/1.1 server on non-blocking POSIX sockets, epoll and Dispatch.
///
/// ## I/O design, and why
/// `N` event loops (one per core by default). Each owns one epoll instance (through the small C shim
/// `CMicroHTTPShims`, since Glibc does not export epoll or `accept4` to Swift), one serial queue and one
/// `DispatchSourceRead` watching the epoll fd. When it fires, the loop drains `epoll_wait` with timeout 0
/// into a reused event array and serves each ready connection on that queue: no thread per connection,
/// no blocking call on a Dispatch worker, no Task or actor hop per request, and each connection is
/// owned by exactly one serial queue. Connections are registered level-triggered for `EPOLLIN`;
/// `EPOLLOUT` replaces it only while a response is pending.
///
/// Why not one `DispatchSourceRead` per connection: libdispatch re-arms each source with two
/// `epoll_ctl` calls and asks `FIONREAD`, more than twice the system calls a request of one source
/// per epoll instance, and with parsing, routing and JSON on top only the latter left headroom for
/// the throughput targets (Benchmarks/README.md has the measurements).
///
/// Each request costs one `read` and one `send`: reads land in a per-loop 64 KiB buffer and are parsed
/// in place (only unconsumed bytes are copied to the connection); pipelined responses are serialised
/// into one reused buffer and sent together; the `Server` line and status lines are encoded once and
/// the `Date` line at most once a second. One repeating timer per loop enforces the header (slowloris),
/// body, idle and write deadlines by scanning its connections, and sleeps between ticks.
///
/// The listener has its own source on an acceptor queue and accepts with `accept4` (non-blocking,
/// close-on-exec) until `EAGAIN`. The listener and epoll fds are watched by Dispatch, so they are closed
/// only in their sources' cancel handlers; a connection fd is ours and is closed right after
/// `EPOLL_CTL_DEL` on its loop. `SIGPIPE` is ignored and every send uses `MSG_NOSIGNAL`.
public final class HTTPServer: Sendable {
    struct Core: ~Copyable {
        var state = State.starting
        var listener: Socket.Listener?
        var loops: [EventLoop] = []
        var acceptor: Acceptor?
        var observers: [@Sendable (State) -> Void] = []
        var loopsDraining = 0
        var signalWatches: [SignalWatcher.Watch] = []
    }

    let configuration: Configuration
    let logger: Logger
    private let core = Mutex(Core())
    private let context: Mutex<ServerContext?> = Mutex(nil)
    private let stopped = DispatchGroup()
    private let responder: any HTTPResponder

    /// Creates a server for an application; nothing is bound until ``start()``.
    public init(configuration: Configuration = Configuration(), logger: Logger, responder: any HTTPResponder) {
        self.configuration = configuration
        self.logger = logger
        self.responder = responder
    }

    /// The lifecycle state (thread-safe).
    public var state: State { core.withLock { $0.state } }

    /// The bound port (the real one when configured with port 0), or `nil` before ``start()``.
    public var localPort: Int? { core.withLock { $0.listener?.port } }

    /// The bound address as text, or `nil` before ``start()``.
    public var localAddress: String? { core.withLock { $0.listener?.address } }

    /// The number of open connections (thread-safe; for a metrics gauge).
    public var openConnections: Int {
        context.withLock { $0?.openConnections.load(ordering: .relaxed) ?? 0 }
    }

    /// Request-body and unsent-response bytes held now, against ``Configuration/maxBufferedBytes``.
    public var bufferedBytes: Int {
        context.withLock { $0?.budget.current ?? 0 }
    }

    /// Registers an observer called on every state change (e.g. to make `/readyz` answer 503 when draining).
    public func onStateChange(_ observer: @escaping @Sendable (State) -> Void) {
        core.withLock { $0.observers.append(observer) }
    }

    /// Binds, listens and starts serving; returns at once. Ignores `SIGPIPE` and raises the open-files limit.
    public func start() throws(HTTPServerError) {
        try core.withLock { (core: inout Core) throws(HTTPServerError) in
            guard core.state == .starting, core.listener == nil else { throw .alreadyStarted }
            signal(SIGPIPE, SIG_IGN)
            let limit = cmh_raise_nofile_limit()
            logger.debug("open-files limit", metadata: ["limit": "\(limit)"])
            let listener = try Socket.listen(
                host: configuration.host, port: configuration.port, backlog: configuration.backlog)
            let context = ServerContext(
                configuration: configuration, logger: logger, responder: responder,
                loopDrained: { [weak self] in self?.loopDrained() })
            var loops: [EventLoop] = []
            do throws(HTTPServerError) {
                for index in 0..<configuration.loopCount {
                    loops.append(try EventLoop(index: index, context: context))
                }
            } catch {
                for loop in loops { close(loop.epollFD) }
                close(listener.fd)
                throw error
            }
            self.context.withLock { $0 = context }
            let acceptor = Acceptor(listenerFD: listener.fd, loops: loops, context: context)
            core.listener = listener
            core.loops = loops
            core.acceptor = acceptor
            for loop in loops { loop.start() }
            acceptor.start()
            // Entered only once running, so a server that never started holds no unbalanced group.
            stopped.enter()
        }
        logger.info(
            "HTTP server listening",
            metadata: ["address": "\(localAddress ?? "")", "port": "\(localPort ?? 0)"])
        transition(to: .running)
    }

    /// Starts a graceful shutdown: stop accepting, tell observers, finish in-flight requests (closing idle
    /// keep-alive connections at once and busy ones after their response), and force-close whatever
    /// remains after the grace period. Safe to call more than once, from any thread.
    public func shutdown() {
        let work = core.withLock { (core: inout Core) -> (Acceptor?, [EventLoop])? in
            switch core.state {
            case .starting:
                core.state = .stopped
                return (nil, [])
            case .running:
                core.state = .draining
                core.loopsDraining = core.loops.count
                return (core.acceptor, core.loops)
            case .draining, .stopped:
                return nil
            }
        }
        guard let (acceptor, loops) = work else { return }
        guard let acceptor else {
            notify(.stopped)
            return
        }
        context.withLock { $0?.shutdownRequested.store(true, ordering: .relaxed) }
        logger.info("HTTP server draining", metadata: ["grace": "\(configuration.shutdownGrace)"])
        notify(.draining)
        // The acceptor's last round first, so that what waited in the accept queue reaches a loop
        // before that loop starts draining.
        acceptor.drain {
            for loop in loops { loop.queue.async { loop.beginDrain() } }
        }
        let grace = DispatchTime.now() + .nanoseconds(Int(EventLoop.nanoseconds(configuration.shutdownGrace)))
        DispatchQueue.global().asyncAfter(deadline: grace) { [weak self] in
            self?.finish(forced: true)
        }
    }

    /// Blocks the calling thread until the server has stopped (returns at once if it never started).
    /// Call from the main thread, never a Dispatch worker.
    ///
    /// It wakes four times a second rather than waiting in one call: a runtime that defers signal
    /// handlers until the thread leaves a blocking call (ThreadSanitizer does) would otherwise never
    /// run the stop-signal handler of a thread parked here for good.
    public func waitUntilStopped() {
        while stopped.wait(timeout: .now() + .milliseconds(250)) == .timedOut {}
    }

    /// Starts a graceful shutdown on any of these signals, heard through ``SignalWatcher`` (the
    /// process's one signal mechanism). Call it from the main thread, which then waits in
    /// ``waitUntilStopped()``.
    public func stopOnSignals(_ signals: [Int32] = [SIGTERM, SIGINT]) {
        for number in signals {
            do {
                let watch = try SignalWatcher.watch(number) { [weak self] in
                    guard let self else { return }
                    self.logger.info("signal received; shutting down", metadata: ["signal": "\(number)"])
                    self.shutdown()
                }
                core.withLock { $0.signalWatches.append(watch) }
            } catch {
                logger.error(
                    "signals will not stop the server", metadata: ["signal": "\(number)", "error": "\(error)"])
            }
        }
    }

    private func loopDrained() {
        let done = core.withLock { (core: inout Core) -> Bool in
            core.loopsDraining -= 1
            return core.loopsDraining == 0
        }
        if done { finish(forced: false) }
    }

    /// Closes everything still open, then reports `.stopped` once every loop has let go.
    private func finish(forced: Bool) {
        let loops = core.withLock { (core: inout Core) -> [EventLoop]? in
            guard core.state == .draining else { return nil }
            core.state = .stopped
            let loops = core.loops
            core.loops = []
            core.acceptor = nil
            for watch in core.signalWatches { watch.cancel() }
            core.signalWatches = []
            return loops
        }
        guard let loops else { return }
        if forced {
            logger.warning("shutdown grace elapsed; force-closing", metadata: ["open": "\(openConnections)"])
        }
        let group = DispatchGroup()
        for loop in loops {
            loop.queue.async(group: group) { loop.stop() }
        }
        group.notify(queue: .global()) {
            self.logger.info("HTTP server stopped")
            self.notify(.stopped)
            self.stopped.leave()
        }
    }

    private func transition(to state: State) {
        core.withLock { $0.state = state }
        notify(state)
    }

    private func notify(_ state: State) {
        let observers = core.withLock { $0.observers }
        for observer in observers { observer(state) }
    }
}
