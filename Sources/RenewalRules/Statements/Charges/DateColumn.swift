/// Settles the dates of one column (or of pasted lines) together: the day order of `04/03/2025`
/// and `25/04/03` from the values or the header, and the year of `04/03` from the neighbouring
/// rows. A column whose order nothing settles gives no dates, and says why.
struct DateColumn {
    /// Which comes first in `a/b/yyyy`.
    enum DayOrder: Equatable {
        case monthFirst
        case dayFirst
    }

    /// The dates, one per field given (`nil` where a field held none).
    let dates: [ChargeDate?]
    /// Why dates that were there could not be read, in both languages; `nil` when they could.
    let problem: LocalizedText?

    /// `japanese`: the statement is a Japanese one (its header or its text), where `25/04/03` is
    /// year first. `header`: the column's header, which may spell the order (`MM/DD/YYYY`).
    init(_ fields: [DateField?], japanese: Bool, header: String? = nil) {
        let hint = Self.order(inHeader: header)
        var yearLast: DayOrder? = hint
        var twoDigitYearFirst: Bool? = japanese ? true : nil
        for field in fields {
            switch field {
            case .yearLast(let a, let b, _):
                if a > 12 { yearLast = .dayFirst }
                if b > 12 { yearLast = .monthFirst }
            case .twoDigits(let a, let b, let c):
                if a > 31 { twoDigitYearFirst = true }
                if c > 31 { twoDigitYearFirst = false }
                if twoDigitYearFirst == false {
                    if a > 12 { yearLast = .dayFirst }
                    if b > 12 { yearLast = .monthFirst }
                }
            default: break
            }
        }
        // `yy/mm/dd` is Japan's habit, not a rule: where the first number varies from row to row
        // more than the last (`01/03/25`, `02/03/25`, `03/03/25`), the last is the year.
        let twoDigits = fields.compactMap { field -> (Int, Int)? in
            if case .twoDigits(let a, _, let c)? = field { return (a, c) }
            return nil
        }
        let firsts = Set(twoDigits.map(\.0)).count
        if japanese, twoDigits.allSatisfy({ $0.0 <= 31 }), firsts > 2, Set(twoDigits.map(\.1)).count < firsts {
            twoDigitYearFirst = false
            for (a, _) in twoDigits where a > 12 { yearLast = .dayFirst }
            for field in fields {
                if case .twoDigits(_, let b, _)? = field, b > 12 { yearLast = .monthFirst }
            }
        }
        var unsettled = false
        var dates: [ChargeDate?] = fields.map { field in
            switch field {
            case .full(let date): return date
            case .yearLast(let a, let b, let year):
                guard let order = yearLast else {
                    unsettled = true
                    return nil
                }
                return order == .monthFirst
                    ? ChargeDate(year: year, month: a, day: b) : ChargeDate(year: year, month: b, day: a)
            case .twoDigits(let a, let b, let c):
                switch (twoDigitYearFirst, yearLast) {
                case (true?, _): return ChargeDate(year: 2000 + a, month: b, day: c)
                case (false?, .monthFirst?): return ChargeDate(year: 2000 + c, month: a, day: b)
                case (false?, .dayFirst?): return ChargeDate(year: 2000 + c, month: b, day: a)
                default:
                    unsettled = true
                    return nil
                }
            case .monthDay, nil: return nil
            }
        }
        // `04/03`: the year of the nearest row with a full date, moved by a year where that puts
        // the date nearer to it (December rows above January ones).
        var missingYear = false
        for (index, field) in fields.enumerated() {
            guard case .monthDay(let month, let day) = field else { continue }
            let neighbour = Self.nearest(to: index, in: dates)
            guard let neighbour else {
                missingYear = true
                continue
            }
            let candidates = [neighbour.year - 1, neighbour.year, neighbour.year + 1].compactMap {
                ChargeDate(year: $0, month: month, day: day)
            }
            dates[index] = candidates.min { abs($0.days(to: neighbour)) < abs($1.days(to: neighbour)) }
        }
        self.dates = dates
        problem =
            unsettled
            ? LocalizedText(
                "日付の並び(月/日か日/月か)が値からも見出しからも分からないため、日付を読んでいません。",
                "Whether the dates are month/day or day/month is settled neither by the values nor by the header, so "
                    + "no date was read.")
            : missingYear
                ? LocalizedText(
                    "年のない日付(04/03など)があり、近くの行にも年がないため、その日付は読んでいません。",
                    "Some dates have no year (like 04/03) and no row near them has one, so those dates were not read.")
                : nil
    }

    /// The order a header spells: `MM/DD`, `DD/MM`, `月/日`.
    static func order(inHeader header: String?) -> DayOrder? {
        guard let header = header?.lowercased() else { return nil }
        if header.contains("mm/dd") || header.contains("m/d/") { return .monthFirst }
        if header.contains("dd/mm") || header.contains("d/m/") || header.contains("dd.mm") { return .dayFirst }
        return nil
    }

    /// The nearest full date to a row, looking both ways.
    private static func nearest(to index: Int, in dates: [ChargeDate?]) -> ChargeDate? {
        var distance = 1
        while index - distance >= 0 || index + distance < dates.count {
            if index - distance >= 0, let date = dates[index - distance] { return date }
            if index + distance < dates.count, let date = dates[index + distance] { return date }
            distance += 1
            if distance > 64 { return nil }
        }
        return nil
    }
}
