/// One charge on a statement line that relates to Kaspersky or may (a store's charge): when, how
/// much, and whether it gave money back.
public struct Charge: Sendable, Equatable {
    /// The line it is on, 1-based.
    public let line: Int
    /// Its date, when the statement's dates could be read.
    public let date: ChargeDate?
    /// Its amount, when one was found.
    public let amount: ChargeAmount?
    /// A refund or cancellation (a negative amount, 返品, 取消, a refund column): shown beside the
    /// charge it cancels, never counted as a charge.
    public let isRefund: Bool
}

/// How often a group's charges come.
public enum Cadence: String, Sendable {
    /// Every calendar month, give or take three days.
    case monthly
    /// Eleven to thirteen months apart.
    case yearly
    /// Charges a cadence cannot describe (a missed month, a price change over 10 %, mixed gaps).
    case irregular
}
