import Glibc
import Synchronization
import Testing

@testable import MicroHTTP

/// The one signal mechanism: every watch of a signal is called, on its queue, until cancelled.
@Suite struct SignalWatcherTests {
    @Test func everyWatchIsCalledUntilCancelled() throws {
        let first = Atomic<Int>(0)
        let second = Atomic<Int>(0)
        let firstWatch = try SignalWatcher.watch(SIGUSR1) { first.add(1, ordering: .relaxed) }
        let secondWatch = try SignalWatcher.watch(SIGUSR1) { second.add(1, ordering: .relaxed) }
        defer { secondWatch.cancel() }
        kill(getpid(), SIGUSR1)
        #expect(eventually { first.load(ordering: .relaxed) == 1 && second.load(ordering: .relaxed) == 1 })
        firstWatch.cancel()
        kill(getpid(), SIGUSR1)
        #expect(eventually { second.load(ordering: .relaxed) == 2 })
        #expect(first.load(ordering: .relaxed) == 1, "a cancelled watch is not called")
    }
}
