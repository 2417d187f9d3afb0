/// A date as a statement prints it, before the column's day order is known: `2025/04/03`,
/// `2025-04-03`, `2025年4月3日`, `25/04/03`, `04/03`, `04/03/2025`, `03.04.2025`.
enum DateField: Sendable, Equatable {
    /// Year first, four digits, or written with 年: no doubt.
    case full(ChargeDate)
    /// `a/b/YYYY` or `a.b.YYYY`: month/day (US) or day/month (Europe), for the column to settle.
    case yearLast(Int, Int, year: Int)
    /// `a/b/c` in two digits each: `yy/mm/dd` in Japan, `mm/dd/yy` or `dd/mm/yy` elsewhere.
    case twoDigits(Int, Int, Int)
    /// `mm/dd` or `M月D日`: the year comes from the neighbouring rows.
    case monthDay(month: Int, day: Int)

    /// The field read as a date, or `nil`. Only a date at the start of the field is read (a
    /// date-and-time column: `2025/04/03 10:15`).
    init?(_ text: Substring) {
        var numbers: [(value: Int, digits: Int)] = []
        var separators: [Character] = []
        var (value, digits) = (0, 0)
        for character in text.prefix(16).halfWidth {
            if character.isASCII, let digit = character.wholeNumberValue {
                guard digits < 4 else { return nil }
                (value, digits) = (value * 10 + digit, digits + 1)
                continue
            }
            guard digits > 0 else { break }
            numbers.append((value, digits))
            (value, digits) = (0, 0)
            // A fourth number (`1/2/3/4`) makes it no date.
            if numbers.count == 3, "/-.".contains(character) { return nil }
            guard numbers.count < 3, "/-.年月".contains(character) else { break }
            separators.append(character)
        }
        if digits > 0 { numbers.append((value, digits)) }
        let kanji = separators.contains("年") || separators.contains("月")
        switch numbers.count {
        case 3:
            let (a, b, c) = (numbers[0], numbers[1], numbers[2])
            if a.digits == 4 || (kanji && separators.first == "年") {
                guard
                    let date = ChargeDate(year: a.digits == 4 ? a.value : 2000 + a.value, month: b.value, day: c.value)
                else { return nil }
                self = .full(date)
            } else if c.digits == 4 {
                guard (1...31).contains(a.value), (1...31).contains(b.value) else { return nil }
                self = .yearLast(a.value, b.value, year: c.value)
            } else if a.digits <= 2, b.digits <= 2, c.digits <= 2, separators.allSatisfy({ $0 == separators[0] }) {
                self = .twoDigits(a.value, b.value, c.value)
            } else {
                return nil
            }
        case 2:
            let (month, day) = (numbers[0].value, numbers[1].value)
            guard numbers[0].digits <= 2, numbers[1].digits <= 2, (1...12).contains(month), (1...31).contains(day),
                separators.first == "/" || separators.first == "月"
            else { return nil }
            self = .monthDay(month: month, day: day)
        default:
            return nil
        }
    }
}
