/// A calendar date read from a statement row: enough to order charges, measure the gaps between
/// them, and predict the next one. No time zone: statements print local dates.
public struct ChargeDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, four digits.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day, 1 to the month's last.
    public let day: Int

    /// A date, or `nil` when the three do not make one (`2025-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Earlier dates first.
    public static func < (lhs: ChargeDate, rhs: ChargeDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a month.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day `months` later, on the month's last day where it has fewer (31 January plus a
    /// month is 28 or 29 February).
    public func adding(months: Int) -> ChargeDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let newDay = min(day, Self.days(inMonth: newMonth, of: newYear))
        return ChargeDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Days since 1 March of year 0 (a proleptic Gregorian day count): differences are exact.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// Whole days from this date to `other`.
    public func days(to other: ChargeDate) -> Int { other.dayNumber - dayNumber }

    /// Whether `other` is `months` calendar months after this date, give or take `slack` days
    /// (a charge taken on the 31st lands on the 30th or 28th; a bank posts a day or two late).
    func isAbout(months: Int, before other: ChargeDate, slack: Int = 3) -> Bool {
        abs(adding(months: months).days(to: other)) <= slack
    }
}
