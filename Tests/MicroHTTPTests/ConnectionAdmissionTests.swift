import HTTPProtocol
import Testing

@testable import MicroHTTP

/// The server-wide buffer budget, as a test plays it: what is reserved, against a limit.
final class LedgerBudget: BufferLedger {
    let limit: Int
    private(set) var used: Int

    init(limit: Int, used: Int = 0) {
        self.limit = limit
        self.used = used
    }

    func reserve(_ bytes: Int) -> Bool {
        guard used + bytes <= limit else { return false }
        used += bytes
        return true
    }

    var isSpent: Bool { used >= limit }

    func release(_ bytes: Int) { used -= bytes }
}

/// The workers' bound, as a test plays it.
final class LedgerWork: WorkLedger {
    let limit: Int
    private(set) var admitted = 0

    init(limit: Int) { self.limit = limit }

    func admit() -> Bool {
        guard admitted < limit else { return false }
        admitted += 1
        return true
    }
}

/// Heads as the parser hands them over.
enum RequestHeads {
    static let get = head(.get, framing: .none)

    static func post(length: Int, expectsContinue: Bool = false, keepAlive: Bool = true) -> HTTPRequestHead {
        head(.post, framing: .contentLength(length), expectsContinue: expectsContinue, keepAlive: keepAlive)
    }

    static let chunked = head(.post, framing: .chunked)

    static func head(
        _ method: HTTPMethod, framing: HTTPRequestHead.BodyFraming, expectsContinue: Bool = false,
        keepAlive: Bool = true
    ) -> HTTPRequestHead {
        HTTPRequestHead(
            method: method, target: "/", path: "/", query: [], version: .http11, headers: HTTPHeaders(),
            framing: framing, keepAlive: keepAlive, expectsContinue: expectsContinue)
    }
}

/// Admission, body discard, the buffer budget and the hand-off to a worker, decided by the
/// connection's state without a socket: the cases the socket tests once reached by sleeping.
@Suite struct ConnectionAdmissionTests {
    private static let second: UInt64 = 1_000_000_000
    private let timeouts = ConnectionState.Timeouts(
        header: 10 * second, body: 30 * second, idle: 60 * second, write: 20 * second)

    private func parse(
        _ head: HTTPRequestHead, refused: Bool = false, closingAll: Bool = false, budget: LedgerBudget,
        costly: Bool = false
    ) -> (ConnectionState, ConnectionState.HeadAction) {
        var state = ConnectionState(now: 0, timeouts: timeouts)
        let action = state.headParsed(
            head, refused: refused, closingAll: closingAll, now: 0, budget: budget, costly: { _ in costly })
        return (state, action)
    }

    /// A body of known length is charged whole before it is read, and given back once answered.
    @Test func aSizedBodyIsChargedWithItsHeadAndReleasedWhenAnswered() {
        let budget = LedgerBudget(limit: 10_000)
        var (state, action) = parse(RequestHeads.post(length: 4_000, expectsContinue: true), budget: budget)
        #expect(action == .readBody(capacity: 4_000, sendContinue: true))
        #expect(budget.used == 4_000 && state.phase == .body)
        #expect(state.bodyArrived(4_000, held: 0, budget: budget) == .keep)
        #expect(budget.used == 4_000, "charged once, with the head")
        let end = state.requestEnded(
            bodyBytes: 4_000, costly: false, workerBodyBytes: 8_000, now: 1, work: LedgerWork(limit: 1))
        #expect(end == .answerOnLoop)
        #expect(state.releaseBody() == 4_000)
        #expect(state.releaseBody() == 0, "released once")
    }

    /// A body that does not fit the budget is refused before a byte of it is read, and the close
    /// does not read what the client goes on sending.
    @Test func aBodyOverTheBudgetIsRefusedUnread() {
        let budget = LedgerBudget(limit: 10_000, used: 9_000)
        var (state, action) = parse(RequestHeads.post(length: 4_000), budget: budget)
        #expect(action == .refuseOverBudget)
        #expect(budget.used == 9_000)
        state.responded(keepAlive: false, closingAll: false, now: 0)
        #expect(state.outputSent(now: 1) == .linger(reading: false))
    }

    /// A chunked body is charged as it comes; the piece that does not fit refuses the request.
    @Test func aChunkedBodyIsChargedAsItComes() {
        let budget = LedgerBudget(limit: 1_000)
        var (state, action) = parse(RequestHeads.chunked, budget: budget)
        #expect(action == .readBody(capacity: 0, sendContinue: false))
        #expect(state.bodyArrived(600, held: 0, budget: budget) == .keep)
        #expect(budget.used == 600)
        #expect(state.bodyArrived(600, held: 600, budget: budget) == .refuseOverBudget)
        state.responded(keepAlive: false, closingAll: false, now: 0)
        #expect(state.outputSent(now: 1) == .linger(reading: false))
        #expect(state.closed() == 600, "what it held is given back with the connection")
    }

    /// While the budget is spent, a body of unknown length and costly work are refused at the head;
    /// a bodiless cheap request is not.
    @Test func aSpentBudgetRefusesUnknownLengthsAndCostlyWork() {
        let spent = LedgerBudget(limit: 100, used: 100)
        #expect(parse(RequestHeads.chunked, budget: spent).1 == .refuseOverBudget)
        #expect(parse(RequestHeads.get, budget: spent, costly: true).1 == .refuseOverBudget)
        #expect(parse(RequestHeads.get, budget: spent).1 == .readBody(capacity: 0, sendContinue: false))
    }

    /// A refusal at the head keeps the connection only when its body is small, of known length and
    /// not awaited behind `100-continue`, and the client and server both keep connections.
    /// (The body of a small sized request is dropped as it comes even when the connection closes
    /// after the answer: it is the input the linger would read anyway.)
    @Test(arguments: [
        (RequestHeads.post(length: 100), false, false, true),
        (RequestHeads.get, false, false, false),
        (RequestHeads.post(length: ConnectionState.maxDiscardedBodyBytes + 1), false, true, false),
        (RequestHeads.post(length: 100, expectsContinue: true), false, true, false),
        (RequestHeads.chunked, false, true, false),
        (RequestHeads.post(length: 100, keepAlive: false), false, true, true),
        (RequestHeads.post(length: 100), true, true, true),
    ])
    func aRefusalKeepsTheConnectionOnlyWhenItCan(head: HTTPRequestHead, closingAll: Bool, closes: Bool, drops: Bool) {
        let budget = LedgerBudget(limit: 1_000_000)
        let (state, action) = parse(head, refused: true, closingAll: closingAll, budget: budget)
        #expect(action == .refuse(close: closes))
        #expect(budget.used == 0, "a refused request costs no buffer")
        #expect(state.discardingBody == drops)
    }

    /// Costly work, or a large body, goes to a worker while the workers have room; past their
    /// bound it is refused, and a cheap small request stays on the loop.
    @Test func workGoesToAWorkerWhileThereIsRoom() {
        let work = LedgerWork(limit: 1)
        let budget = LedgerBudget(limit: 1_000_000)
        var first = parse(RequestHeads.post(length: 5_000), budget: budget).0
        #expect(
            first.requestEnded(bodyBytes: 5_000, costly: false, workerBodyBytes: 4_096, now: 1, work: work) == .handOff)
        #expect(first.phase == .working && !first.acceptsRequests)
        #expect(first.timerFired(now: 1_000 * Self.second, writePending: false) == .none, "work is not timed out")
        var second = parse(RequestHeads.get, budget: budget, costly: true).0
        #expect(
            second.requestEnded(bodyBytes: 0, costly: true, workerBodyBytes: 4_096, now: 1, work: work) == .refuseBusy)
        var cheap = parse(RequestHeads.get, budget: budget).0
        #expect(
            cheap.requestEnded(bodyBytes: 0, costly: false, workerBodyBytes: 4_096, now: 1, work: work) == .answerOnLoop
        )
        #expect(work.admitted == 1)
        first.workReturned()
        #expect(first.phase == .idle)
    }

    /// Output the socket would not take is held against the budget until it drains or the
    /// connection closes, and its write timer runs meanwhile.
    @Test func waitingOutputIsHeldUntilSentOrClosed() {
        var state = ConnectionState(now: 0, timeouts: timeouts)
        state.outputWaits(3_000, now: 5)
        #expect(state.writeDeadline == 5 + 20 * Self.second)
        #expect(state.outputDrained() == 3_000)
        #expect(state.outputDrained() == 0)
        state.outputWaits(2_000, now: 6)
        #expect(state.closed() == 2_000)
        #expect(state.closed() == 0)
    }

    /// An answer closes its connection when the client asks, or when the server is shutting down.
    @Test func anAnswerClosesWhenAskedOrDraining() {
        for (keepAlive, closingAll, closes) in [(true, false, false), (false, false, true), (true, true, true)] {
            var state = ConnectionState(now: 0, timeouts: timeouts)
            #expect(state.responded(keepAlive: keepAlive, closingAll: closingAll, now: 0) == closes)
            #expect(state.closeAfterWrite == closes && state.acceptsRequests == !closes)
        }
    }
}
