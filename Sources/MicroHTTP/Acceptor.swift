import CMicroHTTPShims
import Dispatch
import Glibc
import Logging

/// Accepts on the listening socket and hands each connection round-robin to a loop.
///
/// `@unchecked Sendable` invariant: every `var` is read and written only on `queue`; the `let`s never change.
final class Acceptor: @unchecked Sendable {
    let queue = DispatchQueue(label: "MicroHTTP.acceptor")
    let listenerFD: Int32
    let loops: [EventLoop]
    let context: ServerContext
    private var next = 0
    private var source: (any DispatchSourceRead)?
    private var paused = false
    private var refusedSinceWarning = 0
    private var nextRefusalWarning: UInt64 = 0
    private var encoder: ResponseEncoder
    private var output = ByteWriter()

    init(listenerFD: Int32, loops: [EventLoop], context: ServerContext) {
        self.listenerFD = listenerFD
        self.loops = loops
        self.context = context
        self.encoder = ResponseEncoder(serverName: context.configuration.serverName)
    }

    /// Starts watching the listener.
    func start() {
        queue.async { self.makeSource() }
    }

    private func makeSource() {
        let source = DispatchSource.makeReadSource(fileDescriptor: listenerFD, queue: queue)
        source.setEventHandler { self.acceptAll() }
        let fd = listenerFD
        // The listener is watched by Dispatch: close it only once the source is cancelled.
        source.setCancelHandler { close(fd) }
        self.source = source
        source.resume()
    }

    /// Accepts what is already in the accept queue, hands it to the loops, then stops accepting and
    /// calls `then` (on the acceptor's queue): the loops learn of the drain after the connections.
    func drain(then: @escaping @Sendable () -> Void) {
        queue.async {
            if self.source != nil { self.acceptAll() }
            self.stopNow()
            then()
        }
    }

    private func stopNow() {
        guard let source else { return }
        source.cancel()
        if paused {
            paused = false
            source.resume()
        }
        self.source = nil
    }

    /// The source reports one event however many connections wait: accept until `EAGAIN`.
    private func acceptAll() {
        let configuration = context.configuration
        while true {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { cmh_accept4(listenerFD, $0, &length) }
            }
            if fd < 0 {
                let code = errno
                switch code {
                case EINTR, ECONNABORTED, EPROTO:
                    continue
                case EAGAIN, EWOULDBLOCK:
                    return
                default:
                    context.logger.error("accept failed; pausing 100 ms", metadata: ["errno": "\(code)"])
                    pause()
                    return
                }
            }
            let open = context.openConnections.add(1, ordering: .relaxed).newValue
            if open > configuration.maxConnections {
                refuse(fd)
                context.openConnections.subtract(1, ordering: .relaxed)
                continue
            }
            let loop = loops[next]
            next = (next + 1) % loops.count
            let remote = Socket.describe(storage)
            loop.queue.async { loop.register(fd: fd, remoteAddress: remote) }
        }
    }

    /// Over capacity: a 503 with `Retry-After` and `Connection: close`, then close.
    private func refuse(_ fd: Int32) {
        let response = context.unavailable("The server is at its connection limit.")
        encoder.encode(response, headOnly: false, close: true, into: &output)
        _ = output.withUnsafeBytes { Socket.send(fd, $0) }
        output.removeAll()
        shutdown(fd, Int32(SHUT_WR))
        close(fd)
        // One warning a second at most, with the count: a flood of refusals must not flood the log.
        refusedSinceWarning += 1
        let now = DispatchTime.now().uptimeNanoseconds
        guard now >= nextRefusalWarning else { return }
        context.logger.warning(
            "connections refused: at the connection limit", metadata: ["refused": "\(refusedSinceWarning)"])
        refusedSinceWarning = 0
        nextRefusalWarning = now + 1_000_000_000
    }

    /// Out of descriptors or memory: stop the level-triggered source from spinning for a moment.
    private func pause() {
        guard let source, !paused else { return }
        paused = true
        source.suspend()
        queue.asyncAfter(deadline: .now() + .milliseconds(100)) {
            guard self.paused, let source = self.source else { return }
            self.paused = false
            source.resume()
        }
    }
}
