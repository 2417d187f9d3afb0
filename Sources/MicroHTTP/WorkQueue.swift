import Dispatch
import Synchronization

/// Where costly requests run, off the event loops: one serial queue per loop, and a server-wide
/// bound on how many wait.
///
/// An event loop serves thousands of connections on one thread; a request that takes a tenth of a
/// second there (a large batch to identify) holds every other connection on that loop, health probes
/// included, for as long. Handed to a worker, it competes for a core like any thread, and the loop
/// keeps answering.
final class WorkQueue: Sendable {
    private let queues: [DispatchQueue]
    private let waiting = Atomic<Int>(0)
    /// The most requests admitted at once.
    let limit: Int

    init(count: Int, limit: Int) {
        queues = (0..<max(1, count)).map { DispatchQueue(label: "MicroHTTP.worker.\($0)") }
        self.limit = limit
    }

    /// Admits one request, or refuses it when `limit` are already admitted.
    func admit() -> Bool {
        if waiting.add(1, ordering: .relaxed).newValue <= limit { return true }
        waiting.subtract(1, ordering: .relaxed)
        return false
    }

    /// Runs admitted work on the worker queue for `loop`; call ``finished()`` when its answer is back.
    func run(forLoop loop: Int, _ work: @escaping @Sendable () -> Void) {
        queues[loop % queues.count].async(execute: work)
    }

    /// One admitted request is done.
    func finished() {
        waiting.subtract(1, ordering: .relaxed)
    }

    /// Requests admitted and not finished.
    var inFlight: Int { waiting.load(ordering: .relaxed) }
}
