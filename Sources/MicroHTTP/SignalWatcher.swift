import CMicroHTTPShims
public import Dispatch
import Glibc
import Synchronization

/// The process's one way to hear signals: shutdown (`SIGTERM`, `SIGINT`) and reload (`SIGHUP`)
/// alike. A handler installed through the C shim writes each signal's number to one non-blocking
/// pipe, watched by one Dispatch source, which calls what is registered for that number on the
/// queue given. Delivery does not depend on which thread the kernel picks, nor on the signal mask
/// the process inherited: a signal is unblocked in the thread that registers it (a test runner or
/// a supervisor may start the process with signals blocked, and a blocked signal stays pending for
/// ever). Call ``watch(_:on:_:)`` from the main thread, which waits in
/// ``HTTPServer/waitUntilStopped()``.
public enum SignalWatcher {
    /// One registration; ``cancel()`` ends it.
    public final class Watch: Sendable {
        let id: Int
        let signal: Int32

        init(id: Int, signal: Int32) {
            self.id = id
            self.signal = signal
        }

        /// Stops calling the handler (a call already under way, or already queued, still runs). The
        /// signal stays caught (and ignored) afterwards: it no longer ends the process.
        public func cancel() {
            _ = SignalWatcher.registry.withLock { $0.handlers[signal]?.removeValue(forKey: id) }
        }
    }

    /// Calls `handler` on `queue` each time the process receives `signal`, until the watch is
    /// cancelled. Several handlers may watch one signal; each is called.
    @discardableResult
    public static func watch(
        _ signal: Int32, on queue: DispatchQueue = .global(), _ handler: @escaping @Sendable () -> Void
    ) throws(HTTPServerError) -> Watch {
        let (watch, writeEnd) = try registry.withLock { (registry: inout Registry) throws(HTTPServerError) in
            let writeEnd = try registry.pipe()
            registry.nextID += 1
            registry.handlers[signal, default: [:]][registry.nextID] = (queue, handler)
            return (Watch(id: registry.nextID, signal: signal), writeEnd)
        }
        guard cmh_forward_signal(signal, writeEnd) == 0 else {
            let code = errno  // before cancel, which may change it
            watch.cancel()
            throw .systemCall("sigaction", errno: code)
        }
        return watch
    }

    private typealias Handler = (queue: DispatchQueue, handler: @Sendable () -> Void)

    private struct Registry: ~Copyable {
        var handlers: [Int32: [Int: Handler]] = [:]
        var nextID = 0
        var writeEnd: Int32?
        /// Created with the pipe, and never cancelled: the process watches for as long as it runs.
        var source: (any DispatchSourceRead)?

        /// The pipe's write end, made with its reading source the first time.
        mutating func pipe() throws(HTTPServerError) -> Int32 {
            if let writeEnd { return writeEnd }
            var ends: [Int32] = [0, 0]
            guard cmh_pipe(&ends) == 0 else { throw .systemCall("pipe", errno: errno) }
            let readEnd = ends[0]
            let source = DispatchSource.makeReadSource(fileDescriptor: readEnd, queue: .global())
            source.setEventHandler { SignalWatcher.deliver(from: readEnd) }
            source.resume()
            (self.writeEnd, self.source) = (ends[1], source)
            return ends[1]
        }
    }

    private static let registry = Mutex(Registry())

    /// Reads every signal number waiting in the pipe and calls their handlers, once per signal
    /// however often it arrived meanwhile (as a Dispatch signal source merges them: three quick
    /// SIGHUPs are one reload).
    private static func deliver(from readEnd: Int32) {
        var byte: UInt8 = 0
        var received: [Int32] = []
        while read(readEnd, &byte, 1) == 1 {
            if !received.contains(Int32(byte)) { received.append(Int32(byte)) }
        }
        for signal in received {
            let handlers = registry.withLock { $0.handlers[signal].map { Array($0.values) } ?? [] }
            for (queue, handler) in handlers { queue.async(execute: handler) }
        }
    }
}
