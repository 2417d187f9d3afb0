/// An amount read from a statement row, in hundredths of its currency's unit so that yen and
/// dollars compare exactly; the sign is kept apart (``isNegative``), as a refund.
public struct ChargeAmount: Sendable, Hashable, CustomStringConvertible {
    /// The absolute amount in hundredths of the unit (4,980 yen is 498,000).
    public let hundredths: Int
    /// ISO 4217 code: the one the text names; unnamed, `JPY` on a Japanese statement and `XXX`
    /// (ISO's "no currency") elsewhere, where nothing says which.
    public let currency: String
    /// A minus sign, parentheses or a refund word: money given back.
    public let isNegative: Bool

    /// The amount as a plain decimal: `4980`, `12.99`.
    public var description: String {
        let units = hundredths / 100
        let rest = hundredths % 100
        return rest == 0 ? "\(units)" : "\(units).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The amount in words for people: `4,980円` in Japanese yen, `JPY 4,980`, `USD 12.99`.
    public func text(in language: Language) -> String {
        var digits = String(hundredths / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let rest = hundredths % 100
        let number = digits + grouped + (rest == 0 ? "" : ".\(rest < 10 ? "0" : "")\(rest)")
        if currency == "JPY" { return language == .ja ? "\(number)円" : "¥\(number)" }
        return currency == "XXX" || currency.isEmpty ? number : "\(currency) \(number)"
    }

    /// The amount in `currency` where the text named none.
    func inCurrency(_ fallback: String) -> ChargeAmount {
        currency.isEmpty ? ChargeAmount(hundredths: hundredths, currency: fallback, isNegative: isNegative) : self
    }

    /// Whether two amounts are within `fraction` of each other (and in the same currency).
    func isClose(to other: ChargeAmount, within fraction: Double = 0.10) -> Bool {
        guard currency == other.currency else { return false }
        let larger = max(hundredths, other.hundredths)
        return Double(abs(hundredths - other.hundredths)) <= fraction * Double(larger)
    }
}
