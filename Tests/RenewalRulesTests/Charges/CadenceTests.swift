import Testing

@testable import RenewalRules

/// The cadence rules at their edges: months of 28 to 31 days, a missed month, a leap day, a price
/// change within 10 % and beyond it, a yearly renewal from two charges, and refunds.
@Suite struct CadenceTests {
    static func charges(_ dated: [(String, Int)], refunds: Set<Int> = []) -> [Charge] {
        dated.enumerated().map { index, entry in
            guard case .full(let date)? = DateField(Substring(entry.0)) else { fatalError(entry.0) }
            return Charge(
                line: index + 1, date: date,
                amount: ChargeAmount(hundredths: entry.1 * 100, currency: "JPY", isNegative: refunds.contains(index)),
                isRefund: refunds.contains(index))
        }
    }

    static func cadence(_ dated: [(String, Int)]) -> (Cadence?, String?, LocalizedText) {
        let (cadence, next, words) = ChargeGrouping.cadence(of: charges(dated), datesProblem: nil)
        return (cadence, next.map { "\($0.date) \($0.amount.text(in: .en))" }, words)
    }

    @Test func monthlyAcrossMonthsOf28To31Days() {
        let (cadence, next, words) = Self.cadence([("2025/01/31", 980), ("2025/02/28", 980), ("2025/03/31", 980)])
        #expect(cadence == .monthly)
        #expect(next == "2025-04-30 ¥980")
        #expect(words.ja == "毎月、次回は2025年4月30日ごろ980円の見込みです。")
    }

    @Test func aPostingADayOrTwoLateIsStillMonthly() {
        #expect(Self.cadence([("2025/04/03", 980), ("2025/05/05", 980), ("2025/06/02", 980)]).0 == .monthly)
    }

    @Test func aMissedMonthIsIrregular() {
        let (cadence, next, words) = Self.cadence([("2025/01/10", 980), ("2025/02/10", 980), ("2025/04/10", 980)])
        #expect(cadence == .irregular)
        #expect(next == nil)
        #expect(words.en.contains("missed month"))
    }

    @Test func aLeapDayRenewsOnTheLastDayOfFebruary() {
        let (cadence, next, _) = Self.cadence([("2023/02/28", 4_980), ("2024/02/29", 4_980)])
        #expect(cadence == .yearly)
        #expect(next == "2025-02-28 ¥4,980")
        let (monthly, nextMonth, _) = Self.cadence([("2024/01/29", 980), ("2024/02/29", 980)])
        #expect(monthly == .monthly)
        #expect(nextMonth == "2024-03-29 ¥980")
    }

    @Test func aPriceChangeWithinTenPercentKeepsTheCadence() {
        #expect(Self.cadence([("2025/01/10", 1_000), ("2025/02/10", 1_100), ("2025/03/10", 1_100)]).0 == .monthly)
        let (cadence, next, words) = Self.cadence([("2025/01/10", 1_000), ("2025/02/10", 1_200)])
        #expect(cadence == .irregular)
        #expect(next == nil)
        #expect(words.en.contains("10 %"))
    }

    @Test func twoChargesElevenToThirteenMonthsApartAreProbablyYearly() {
        let (cadence, next, words) = Self.cadence([("2024/05/03", 4_980), ("2025/05/03", 4_980)])
        #expect(cadence == .yearly)
        #expect(next == "2026-05-03 ¥4,980")
        #expect(words.en.hasPrefix("Probably yearly"))
        #expect(Self.cadence([("2024/05/03", 4_980), ("2025/04/05", 4_980)]).0 == .yearly)
        #expect(Self.cadence([("2024/05/03", 4_980), ("2025/07/03", 4_980)]).0 == .irregular)
        #expect(
            Self.cadence([("2024/05/03", 4_980), ("2025/05/03", 4_980), ("2026/05/01", 4_980)]).2.en.hasPrefix("Yearly")
        )
    }

    @Test func oneChargeHasNoCadence() {
        let (cadence, next, words) = Self.cadence([("2025/05/03", 4_980)])
        #expect(cadence == nil && next == nil)
        #expect(words.en.contains("One charge"))
    }

    @Test func aRefundSitsBesideTheChargeItCancelsAndIsNotCounted() {
        let charges = Self.charges(
            [("2025/01/10", 980), ("2025/02/10", 980), ("2025/02/12", 980), ("2025/03/10", 980)], refunds: [2])
        let (ordered, cancelled) = ChargeGrouping.inOrder(charges.reversed())
        #expect(ordered.map(\.line) == [1, 2, 3, 4])
        #expect(ordered[2].isRefund)
        #expect(cancelled == [2], "the refund cancels February's charge")
        let group = ChargeGrouping.groups(
            charges.map { .init(kind: .seller, provider: .allsoft, key: "kasperskylab", charge: $0) },
            datesProblem: nil,
            rules: .standard)
        #expect(group.count == 1)
        // The refund is not a charge; February's charge was still taken on time, and March's followed.
        #expect(group.first?.cadence == .monthly)
        #expect(group.first?.nextExpected.map { "\($0.date)" } == "2025-04-10")
    }

    /// A yearly renewal that was refunded is not predicted to come again.
    @Test func aRefundedRenewalIsNotPredicted() {
        let charges = Self.charges([("2024/04/03", 4_980), ("2025/04/03", 4_980), ("2025/04/05", 4_980)], refunds: [2])
        let group = ChargeGrouping.groups(
            charges.map { .init(kind: .seller, provider: .allsoft, key: "k", charge: $0) }, datesProblem: nil,
            rules: .standard)
        #expect(group.first?.cadence == .yearly)
        #expect(group.first?.nextExpected == nil)
        #expect(group.first?.reason.en.contains("the last one was refunded") == true)
    }

    /// 20,000 refunds of one seller cost one sort and one pass, not a search per refund.
    @Test func manyRefundsArePairedInOnePass() {
        let refunds = (0..<20_000).map {
            Charge(
                line: $0 + 1, date: ChargeDate(year: 2025, month: 4, day: $0 % 28 + 1),
                amount: ChargeAmount(hundredths: 100_000, currency: "JPY", isNegative: true), isRefund: true)
        }
        let started = ContinuousClock.now
        let (ordered, cancelled) = ChargeGrouping.inOrder(refunds)
        #expect(ordered.count == 20_000 && cancelled.isEmpty)
        #expect(
            ContinuousClock.now - started < .seconds(5), "far under a second in a debug build; quadratic took minutes")
    }

    @Test func undatedChargesCarryTheReasonDatesWereNotRead() {
        let problem = LocalizedText("日付なし", "no dates")
        let undated = [Charge(line: 3, date: nil, amount: nil, isRefund: false)]
        let (cadence, _, words) = ChargeGrouping.cadence(of: undated, datesProblem: problem)
        #expect(cadence == nil)
        #expect(words == problem)
    }
}
