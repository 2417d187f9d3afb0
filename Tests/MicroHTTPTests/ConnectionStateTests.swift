import Testing

@testable import MicroHTTP

/// The connection's life without a socket: each test plays the events the event loop reports and
/// checks the phase, the deadline and the action the machine returns.
@Suite struct ConnectionStateTests {
    private static let second: UInt64 = 1_000_000_000
    private let timeouts = ConnectionState.Timeouts(
        header: 10 * second, body: 30 * second, idle: 60 * second, write: 20 * second)

    private func fresh(at now: UInt64 = 0) -> ConnectionState {
        ConnectionState(now: now, timeouts: timeouts)
    }

    /// A bodiless GET admitted at `now`.
    private func admitHead(_ state: inout ConnectionState, now: UInt64) {
        let action = state.headParsed(
            RequestHeads.get, refused: false, closingAll: false, now: now, budget: LedgerBudget(limit: 1_000),
            costly: { _ in false })
        #expect(action == .readBody(capacity: 0, sendContinue: false))
    }

    @Test func aSilentFreshConnectionIsCutAtTheHeaderTimeout() {
        var state = fresh(at: 5)
        #expect(state.phase == .idle && state.deadline == 5 + 10 * Self.second)
        let due1 = state.timerFired(now: 10 * Self.second, writePending: false)
        #expect(due1 == .none)
        let due2 = state.timerFired(now: 5 + 10 * Self.second, writePending: false)
        #expect(due2 == .close)
    }

    /// A kept-alive connection turns idle with the idle timeout; the next request's first byte starts
    /// the header timer again, however long the connection was idle.
    @Test func keepAliveCyclesThroughIdleAndHead() {
        var state = fresh()
        state.requestBegan(now: 1)
        #expect(state.phase == .head && state.deadline == 1 + 10 * Self.second)
        admitHead(&state, now: 2)
        #expect(state.phase == .body && state.deadline == 2 + 30 * Self.second)
        state.responded(keepAlive: true, closingAll: false, now: 3)
        #expect(state.phase == .idle && state.deadline == 3 + 60 * Self.second)
        #expect(state.acceptsRequests)
        let close1 = state.outputSent(now: 4)
        #expect(close1 == .none)
        state.requestBegan(now: 50 * Self.second)
        #expect(state.phase == .head && state.deadline == 60 * Self.second)
    }

    /// Pipelined requests parsed from one read: each answer keeps the connection, and the bytes left
    /// over start the next request's header timer only while the connection is idle.
    @Test func pipelinedRequestsEachTurnIdleThenBegin() {
        var state = fresh()
        for request in 0..<3 {
            state.requestBegan(now: UInt64(request))
            admitHead(&state, now: UInt64(request))
            state.responded(keepAlive: true, closingAll: false, now: UInt64(request))
        }
        state.requestBegan(now: 7)
        #expect(state.phase == .head && state.deadline == 7 + 10 * Self.second)
        state.requestBegan(now: 8)
        #expect(state.deadline == 7 + 10 * Self.second, "a request already begun keeps its deadline")
    }

    /// `Connection: close` (or a drain): nothing more is parsed, and once the answer is out the
    /// connection lingers, reading, so a pipelined request arriving cannot reset the answer.
    @Test func aClosingAnswerLingersAfterItIsSent() {
        var state = fresh()
        state.requestBegan(now: 0)
        admitHead(&state, now: 0)
        state.responded(keepAlive: false, closingAll: false, now: 1)
        #expect(!state.acceptsRequests && state.closeAfterWrite)
        let close2 = state.outputSent(now: 3)
        #expect(close2 == .linger(reading: true))
        #expect(state.phase == .lingering && state.deadline == 3 + Self.second)
        let close3 = state.outputSent(now: 4)
        #expect(close3 == .none, "lingering already")
    }

    /// Each read while lingering buys another quiet second, never past ten seconds in all; a quiet
    /// second, or more than the byte bound, ends it.
    @Test func lingeringIsBoundedByQuietTimeTotalTimeAndBytes() {
        var state = fresh()
        state.failed()
        let close4 = state.outputSent(now: 0)
        #expect(close4 == .linger(reading: true))
        let kept1 = state.lingered(bytes: 100, now: Self.second / 2)
        #expect(kept1)
        #expect(state.deadline == Self.second / 2 + Self.second)
        let kept2 = state.lingered(bytes: 100, now: 9_500_000_000)
        #expect(kept2)
        #expect(state.deadline == 10 * Self.second, "capped by the total")
        let due3 = state.timerFired(now: 10 * Self.second, writePending: false)
        #expect(due3 == .close)

        var flooded = fresh()
        flooded.failed()
        _ = flooded.outputSent(now: 0)
        let kept3 = flooded.lingered(bytes: ConnectionState.lingerMaxBytes, now: 1)
        #expect(kept3)
        let kept4 = flooded.lingered(bytes: 1, now: 2)
        #expect(!kept4, "past the byte bound")
    }

    /// A refusal for lack of buffer space lingers without reading what the client keeps sending.
    @Test func aRefusalUnderLoadLingersWithoutReading() {
        var state = fresh()
        let action = state.headParsed(
            RequestHeads.post(length: 2_000), refused: false, closingAll: false, now: 0,
            budget: LedgerBudget(limit: 1_000), costly: { _ in false })
        #expect(action == .refuseOverBudget)
        state.responded(keepAlive: false, closingAll: false, now: 0)
        let close5 = state.outputSent(now: 1)
        #expect(close5 == .linger(reading: false))
    }

    /// Too slow a request gets 408 and a close without lingering: the client is not reading.
    @Test(arguments: [false, true])
    func aSlowHeadOrBodyGets408AndClosesWithoutLingering(inBody: Bool) {
        var state = fresh()
        state.requestBegan(now: 0)
        if inBody { admitHead(&state, now: 0) }
        let due = inBody ? 30 * Self.second : 10 * Self.second
        let due4 = state.timerFired(now: due - 1, writePending: false)
        #expect(due4 == .none)
        let due5 = state.timerFired(now: due, writePending: false)
        #expect(due5 == .requestTimeout)
        #expect(state.closeAfterWrite && !state.acceptsRequests)
        let close6 = state.outputSent(now: due)
        #expect(close6 == .close)
    }

    /// An idle kept-alive connection closes silently at the idle timeout.
    @Test func anIdleConnectionClosesAtTheIdleTimeout() {
        var state = fresh()
        state.responded(keepAlive: true, closingAll: false, now: 0)
        let due6 = state.timerFired(now: 60 * Self.second - 1, writePending: false)
        #expect(due6 == .none)
        let due7 = state.timerFired(now: 60 * Self.second, writePending: false)
        #expect(due7 == .close)
    }

    /// The write timeout is an idle limit: each byte the client takes moves it on; the phase
    /// deadline does not apply while output waits.
    @Test func aPendingWriteIsTimedByItsProgress() {
        var state = fresh()
        state.responded(keepAlive: true, closingAll: false, now: 0)
        state.wroteSome(now: 0)
        let due8 = state.timerFired(now: 61 * Self.second, writePending: true)
        #expect(due8 == .close)
        state.wroteSome(now: 50 * Self.second)
        let due9 = state.timerFired(now: 61 * Self.second, writePending: true)
        #expect(due9 == .none)
        let due10 = state.timerFired(now: 70 * Self.second, writePending: true)
        #expect(due10 == .close)
    }

    /// A request answered on a worker is never timed out meanwhile, nor is more input parsed.
    /// A request answered on a worker is never timed out meanwhile, nor is more input parsed; the
    /// answer back turns the connection idle, and a closing one begins no new request.
    @Test func workInHandIsNotTimedOut() {
        var state = fresh()
        admitHead(&state, now: 0)
        let action = state.requestEnded(
            bodyBytes: 0, costly: true, workerBodyBytes: 1_000, now: 0, work: LedgerWork(limit: 1))
        #expect(action == .handOff)
        #expect(!state.acceptsRequests)
        let due1 = state.timerFired(now: 1_000 * Self.second, writePending: false)
        #expect(due1 == .none)
        state.workReturned()
        #expect(state.phase == .idle)
        state.responded(keepAlive: false, closingAll: false, now: 1_000 * Self.second)
        state.requestBegan(now: 1_001 * Self.second)
        #expect(state.phase == .idle && !state.acceptsRequests, "no new request begins on a closing connection")
    }

    /// A request refused at its head with a small body: the body is read and dropped, and the
    /// connection goes on, idle with the idle timeout, to the next request.
    @Test func aRefusedHeadsSmallBodyIsDroppedAndTheConnectionKept() {
        let budget = LedgerBudget(limit: 1_000_000)
        var state = fresh()
        let refused = state.headParsed(
            RequestHeads.post(length: 100), refused: true, closingAll: false, now: 0, budget: budget,
            costly: { _ in false })
        #expect(refused == .refuse(close: false))
        state.responded(keepAlive: true, closingAll: false, now: 0)
        #expect(state.discardingBody && state.acceptsRequests)
        state.requestBegan(now: 1)  // the body's bytes arrive in a later read
        #expect(state.phase == .head)
        let dropped = state.bodyArrived(100, held: 0, budget: budget)
        #expect(dropped == .drop)
        #expect(budget.used == 0, "a dropped body costs nothing")
        let ended = state.requestEnded(
            bodyBytes: 0, costly: false, workerBodyBytes: 10, now: 2, work: LedgerWork(limit: 0))
        #expect(ended == .nothing)
        #expect(!state.discardingBody && state.phase == .idle && state.deadline == 2 + 60 * Self.second)

        var closing = fresh()
        let refusedClosing = closing.headParsed(
            RequestHeads.get, refused: true, closingAll: true, now: 0, budget: budget, costly: { _ in false })
        #expect(refusedClosing == .refuse(close: true))
        closing.responded(keepAlive: false, closingAll: false, now: 0)
        let endedClosing = closing.requestEnded(
            bodyBytes: 0, costly: false, workerBodyBytes: 10, now: 1, work: LedgerWork(limit: 0))
        #expect(endedClosing == .nothing)
        #expect(closing.phase == .body && closing.closeAfterWrite, "a closing connection does not turn idle")
    }
}
