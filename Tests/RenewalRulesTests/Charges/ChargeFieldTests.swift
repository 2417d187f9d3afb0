import Testing

@testable import RenewalRules

/// Dates and amounts as Japanese issuers and banks export them and as people paste them.
@Suite struct ChargeFieldTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> ChargeDate { ChargeDate(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2025/04/03", date(2025, 4, 3)), ("2025-04-03", date(2025, 4, 3)), ("2025年4月3日", date(2025, 4, 3)),
        ("2025.04.03", date(2025, 4, 3)), ("2025/4/3 10:15", date(2025, 4, 3)), ("25年4月3日", date(2025, 4, 3)),
        ("２０２５／０４／０３", date(2025, 4, 3)),
    ])
    func yearFirstDatesNeedNoContext(text: String, expected: ChargeDate) {
        #expect(DateField(Substring(text)) == .full(expected))
    }

    @Test(arguments: ["KASPERSKYLAB", "4,980", "2025/13/01", "2025/02/30", "12345678", "", "1/2/3/4"])
    func whatIsNoDateIsNotOne(text: String) {
        let field = DateField(Substring(text))
        if case .full = field { Issue.record("\(text) read as a full date") }
        #expect(DateColumn([field], japanese: true).dates == [nil])
    }

    @Test func twoDigitYearsAreYearFirstInAJapaneseStatement() {
        let fields = ["25/04/03", "25/05/03"].map { DateField(Substring($0)) }
        #expect(DateColumn(fields, japanese: true).dates == [Self.date(2025, 4, 3), Self.date(2025, 5, 3)])
        let unsettled = DateColumn(fields, japanese: false)
        #expect(unsettled.dates == [nil, nil])
        #expect(unsettled.problem != nil)
    }

    @Test func theDayOrderIsSettledByTheValuesOrTheHeader() {
        let us = ["04/03/2025", "04/13/2025"].map { DateField(Substring($0)) }
        #expect(DateColumn(us, japanese: false).dates == [Self.date(2025, 4, 3), Self.date(2025, 4, 13)])
        let eu = ["03/04/2025", "13/04/2025"].map { DateField(Substring($0)) }
        #expect(DateColumn(eu, japanese: false).dates == [Self.date(2025, 4, 3), Self.date(2025, 4, 13)])
        let open = ["03/04/2025", "05/06/2025"].map { DateField(Substring($0)) }
        #expect(DateColumn(open, japanese: false).dates == [nil, nil])
        #expect(DateColumn(open, japanese: false).problem?.en.contains("month/day or day/month") == true)
        #expect(
            DateColumn(open, japanese: false, header: "Date (MM/DD/YYYY)").dates == [
                Self.date(2025, 3, 4), Self.date(2025, 5, 6),
            ])
    }

    @Test func aDateWithoutAYearTakesItsNeighboursYear() {
        let fields = ["2024/12/28", "12/30", "01/03", "2025/01/05"].map { DateField(Substring($0)) }
        #expect(
            DateColumn(fields, japanese: true).dates == [
                Self.date(2024, 12, 28), Self.date(2024, 12, 30), Self.date(2025, 1, 3), Self.date(2025, 1, 5),
            ])
        let alone = DateColumn([DateField("04/03")], japanese: true)
        #expect(alone.dates == [nil])
        #expect(alone.problem?.ja.contains("年のない日付") == true)
    }

    @Test(arguments: [
        ("4,980", 498_000, "", false), ("¥4,980", 498_000, "JPY", false), ("￥4,980", 498_000, "JPY", false),
        ("4,980円", 498_000, "JPY", false), ("JPY 4980", 498_000, "JPY", false), ("USD 12.99", 1_299, "USD", false),
        ("$12.99", 1_299, "USD", false), ("12,99 EUR", 1_299, "EUR", false), ("-4,980", 498_000, "", true),
        ("(4,980)", 498_000, "", true), ("▲4,980", 498_000, "", true), ("-$5.00", 500, "USD", true),
        ("1,234,567", 123_456_700, "", false), ("４，９８０", 498_000, "", false), ("€12.99", 1_299, "EUR", false),
        ("1.234,56 €", 123_456, "EUR", false),
    ])
    func amountsAsPrinted(text: String, hundredths: Int, currency: String, negative: Bool) {
        let amount = AmountField.read(Substring(text))
        #expect(amount == ChargeAmount(hundredths: hundredths, currency: currency, isNegative: negative), "\(text)")
    }

    @Test(arguments: ["12,34,5", "abc", "4.980.000", "", "4,98"])
    func whatIsNoAmountIsNotOne(text: String) {
        #expect(AmountField.read(Substring(text)) == nil, "\(text)")
    }

    @Test func aBareNumberInPastedTextNeedsAMarker() {
        #expect(AmountField.read("4980", requireMarker: true) == nil)
        #expect(AmountField.read("4,980", requireMarker: true) != nil)
        #expect(AmountField.read("4980円", requireMarker: true) != nil)
    }

    @Test func monthsAreAddedOnTheCalendar() {
        #expect(Self.date(2025, 1, 31).adding(months: 1) == Self.date(2025, 2, 28))
        #expect(Self.date(2024, 1, 31).adding(months: 1) == Self.date(2024, 2, 29))
        #expect(Self.date(2024, 2, 29).adding(months: 12) == Self.date(2025, 2, 28))
        #expect(Self.date(2025, 12, 15).adding(months: 1) == Self.date(2026, 1, 15))
        #expect(Self.date(2024, 2, 28).days(to: Self.date(2024, 3, 1)) == 2)
        #expect(ChargeDate(year: 2025, month: 2, day: 29) == nil)
    }

    @Test func amountsInWords() {
        #expect(ChargeAmount(hundredths: 498_000, currency: "JPY", isNegative: false).text(in: .ja) == "4,980円")
        #expect(ChargeAmount(hundredths: 498_000, currency: "JPY", isNegative: false).text(in: .en) == "¥4,980")
        #expect(ChargeAmount(hundredths: 129_905, currency: "USD", isNegative: false).text(in: .en) == "USD 1,299.05")
    }
}
