/// The related lines of one seller (the same descriptor after folding) or one store, with their
/// charges in date order, how often they come, and when the next is expected.
public struct ChargeGroup: Sendable {
    /// A Kaspersky seller's charges, or a store's charges that may include Kaspersky's.
    public enum Kind: String, Sendable {
        /// Lines identified with a seller (or a Kaspersky charge whose seller is not known).
        case seller
        /// A store's charges that name no app: they may include Kaspersky's, never known to.
        case storeLead
    }

    /// The most charges listed in a group: the most recent ones; the rest are counted.
    public static let listedCharges = 60

    /// Seller or store lead.
    public let kind: Kind
    /// The seller or store; `nil` for Kaspersky charges whose seller is not known.
    public let provider: ProviderID?
    /// Every line of the group, in statement order.
    public let lines: [Int]
    /// The most recent ``listedCharges`` charges, in date order (undated ones last), each refund
    /// right after the charge it cancels.
    public let charges: [Charge]
    /// Charges before those listed.
    public let earlierCharges: Int
    /// How often the charges come; `nil` where there are too few, or no dates or amounts.
    public let cadence: Cadence?
    /// The next charge expected, for a monthly or yearly cadence.
    public let nextExpected: (date: ChargeDate, amount: ChargeAmount)?
    /// Why the cadence is what it is, or why there is none.
    public let reason: LocalizedText
}
