import Synchronization

/// A server-wide budget of buffered bytes (request bodies and unsent responses), shared by every loop.
///
/// One client's request is bounded by the body limit, but many clients that send large bodies, or
/// ask for large answers and never read them, add up: each loop charges what it holds here, and a
/// new request with a body is refused (503) while the budget is spent. What is charged is given back
/// when the bytes are consumed, sent, or dropped with their connection.
final class ByteBudget: Sendable {
    /// The most bytes that may be charged at once.
    let limit: Int
    private let used = Atomic<Int>(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// The bytes charged now.
    var current: Int { used.load(ordering: .relaxed) }

    /// Charges `bytes` if they fit; returns whether they did.
    func reserve(_ bytes: Int) -> Bool {
        guard bytes > 0 else { return true }
        let total = used.add(bytes, ordering: .relaxed).newValue
        guard total > limit else { return true }
        used.subtract(bytes, ordering: .relaxed)
        return false
    }

    /// Charges bytes that already exist (a response in flight), over the limit if need be: they are
    /// counted so that new work is refused until they are sent.
    func charge(_ bytes: Int) {
        if bytes > 0 { used.add(bytes, ordering: .relaxed) }
    }

    /// Gives charged bytes back.
    func release(_ bytes: Int) {
        if bytes > 0 { used.subtract(bytes, ordering: .relaxed) }
    }
}
