public import RenewalRules

/// A group of a scan in one language: a seller's related lines, or a store's charges that may
/// include Kaspersky's, with the charges in date order, their cadence and the next charge.
public struct ScanGroupDocument: Sendable {
    /// `{"value", "currency"}`.
    public struct AmountDocument: Sendable {
        /// A plain decimal: `4980`, `12.99`.
        public let value: String
        /// ISO 4217.
        public let currency: String
        /// The amount in words, in the document's language: `4,980円`, `¥4,980`.
        public let words: String

        init(_ amount: ChargeAmount, language: Language) {
            value = amount.description
            currency = amount.currency
            words = amount.text(in: language)
        }
    }

    /// One charge.
    public struct ChargeDocument: Sendable {
        /// Its line.
        public let line: Int
        /// `YYYY-MM-DD`, or `nil` where the date could not be read.
        public let date: String?
        /// The amount, or `nil` where none was found.
        public let amount: AmountDocument?
        /// Money given back.
        public let refund: Bool
    }

    /// `seller` or `storeLead`.
    public let kind: String
    /// The seller or store; `nil` for Kaspersky charges whose seller is not known.
    public let provider: ProviderReference?
    /// The guide to follow: the seller's or store's, or the customer-service guide.
    public let guideID: String
    /// Every line of the group.
    public let lines: [Int]
    /// The most recent charges, in date order, each refund after the charge it cancels.
    public let charges: [ChargeDocument]
    /// Charges before those listed.
    public let earlierCharges: Int
    /// `monthly`, `yearly`, `irregular`, or `nil`.
    public let cadence: String?
    /// The next charge expected: date and amount.
    public let nextExpected: (date: String, amount: AmountDocument)?
    /// The group in words: what it is, its cadence and next charge, or why there is none.
    public let reason: String

    /// Whose charges these are, in words: the seller or store, or Kaspersky's with no seller known.
    public func seller(in language: Language) -> String {
        provider?.name ?? (language == .ja ? "購入先不明のカスペルスキーの請求" : "Kaspersky charges, seller not identified")
    }

    /// How a refund is marked beside its amount.
    public static func refundLabel(in language: Language) -> String {
        language == .ja ? "返金・取消" : "refund"
    }

    init(_ group: ChargeGroup, language: Language, rules: RuleBook) {
        kind = group.kind.rawValue
        provider = group.provider.map { ProviderReference($0, rules: rules) }
        guideID = group.provider?.rawValue ?? GuideCatalog.customerServiceID
        lines = group.lines
        charges = group.charges.map {
            ChargeDocument(
                line: $0.line, date: $0.date?.description,
                amount: $0.amount.map { AmountDocument($0, language: language) },
                refund: $0.isRefund)
        }
        earlierCharges = group.earlierCharges
        cadence = group.cadence?.rawValue
        nextExpected = group.nextExpected.map { ($0.date.description, AmountDocument($0.amount, language: language)) }
        reason = group.reason[language]
    }
}
