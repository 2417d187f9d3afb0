import Testing

@testable import RenewalRules

/// Exports built from public descriptions of real layouts (three Japanese card issuers', a
/// Japanese bank's, a US issuer's) and pasted lines, each with monthly App Store charges, a yearly
/// reseller renewal, a refund and look-alike shops: the scan finds the renewal and the next charge.
@Suite struct StatementExportTests {
    /// Layout of a Japanese issuer that leads with the date and the shop (利用日, 利用店名・商品名, …).
    static let issuerA = """
        "利用日","利用店名・商品名","利用者","支払方法","利用金額","支払手数料","支払総額"
        "2025/03/03","APPLE.COM/BILL","本人","1回払い","480","0","480"
        "2025/03/15","アップルストア銀座","本人","1回払い","12800","0","12800"
        "2025/04/03","APPLE.COM/BILL","本人","1回払い","480","0","480"
        "2025/04/20","KASPERSKYLAB","本人","1回払い","4980","0","4980"
        "2025/05/03","APPLE.COM/BILL","本人","1回払い","480","0","480"
        "2025/05/06","ドクタースミス歯科","本人","1回払い","3000","0","3000"
        "2025/05/10","APPLE.COM/BILL","本人","返品","-480","0","-480"
        """

    /// Layout of a Japanese issuer with the holder first and the amount in yen (ご利用者, ご利用日, ご利用先など, ご利用金額(円)).
    static let issuerB = """
        ご利用者,カテゴリ,ご利用日,ご利用先など,ご利用金額(円),支払区分
        本人,ショッピング,2024/04/20,KASPERSKYLAB,"4,980",1回
        本人,ショッピング,2025/03/03,APPLE.COM/BILL,480,1回
        本人,ショッピング,2025/04/03,APPLE.COM/BILL,480,1回
        本人,ショッピング,2025/04/20,KASPERSKYLAB,"4,980",1回
        本人,ショッピング,2025/05/03,GOOGLE *YouTube,"1,280",1回
        """

    /// Layout of a Japanese issuer with two-digit years and a separate refund column.
    static let issuerC = """
        ご利用日,ご利用店名,ご利用金額,返品
        24/05/01,DR*Kaspersky Lab,"5,480",
        25/04/28,DR*Kaspersky Lab,"5,480",
        25/05/02,DR*Kaspersky Lab,,"5,480"
        25/05/03,ローソン 渋谷店,580,
        """

    /// A Japanese bank's passbook export: date, description, withdrawal, deposit, balance.
    static let bank = """
        日付,摘要,お引出し,お預入れ,差引残高
        2025年3月3日,デビット APPLE.COM/BILL,480,,100000
        2025年4月3日,デビット APPLE.COM/BILL,480,,99520
        2025年4月20日,デビット 2CO.COM*KASPERSKY,"4,980",,94540
        2025年5月3日,デビット APPLE.COM/BILL,480,,94060
        """

    /// A US issuer's export: MM/DD/YYYY dates, the description, and negative amounts for credits.
    static let us = """
        Trans. Date,Post Date,Description,Amount,Category
        03/03/2025,03/04/2025,APPLE.COM/BILL 866-712-7753 CA,4.99,Services
        04/03/2025,04/04/2025,APPLE.COM/BILL 866-712-7753 CA,4.99,Services
        04/20/2025,04/21/2025,DR*Kaspersky Lab,59.99,Merchandise
        05/03/2025,05/05/2025,APPLE.COM/BILL 866-712-7753 CA,4.99,Services
        05/12/2025,05/13/2025,DR*Kaspersky Lab,-59.99,Awards and Rebate Credits
        05/15/2025,05/15/2025,APPLE STORE #R102,1299.00,Merchandise
        """

    private static func scan(_ text: String, _ layout: StatementScanner.Layout = .csv) throws -> StatementScan {
        try StatementScanner.scan(text, layout: layout)
    }

    private static func group(_ scan: StatementScan, _ provider: ProviderID) -> ChargeGroup? {
        scan.groups.first { $0.provider == provider }
    }

    @Test func issuerAStoreChargesAreALeadWithTheirRefund() throws {
        let scan = try Self.scan(Self.issuerA)
        let apple = try #require(Self.group(scan, .appStore))
        #expect(apple.kind == .storeLead)
        #expect(apple.lines == [2, 4, 6, 8])
        #expect(apple.cadence == .monthly)
        #expect(apple.nextExpected == nil, "May's charge was refunded: no June charge foretold")
        #expect(apple.reason.en.contains("the last one was refunded"))
        #expect(apple.charges.map(\.isRefund) == [false, false, false, true], "the refund after the charge it cancels")
        let allsoft = try #require(Self.group(scan, .allsoft))
        #expect(allsoft.kind == .seller && allsoft.cadence == nil)
        #expect(scan.matches.map(\.text) == ["KASPERSKYLAB"], "a store charge is never a Kaspersky match")
        #expect(!scan.groups.contains { $0.lines.contains(3) || $0.lines.contains(7) }, "look-alike shops")
    }

    @Test func issuerBFindsTheYearlyRenewalAndItsNextCharge() throws {
        let scan = try Self.scan(Self.issuerB)
        let allsoft = try #require(Self.group(scan, .allsoft))
        #expect(allsoft.cadence == .yearly)
        #expect(allsoft.nextExpected.map { "\($0.date) \($0.amount.text(in: .ja))" } == "2026-04-20 4,980円")
        #expect(allsoft.reason.ja.hasPrefix("おそらく毎年"))
        #expect(!scan.groups.contains { $0.provider == .googlePlay }, "another app's Google Play charge is no lead")
    }

    @Test func issuerCReadsTwoDigitYearsAndTheRefundColumn() throws {
        let scan = try Self.scan(Self.issuerC)
        let river = try #require(Self.group(scan, .digitalRiver))
        #expect(
            river.charges.map { $0.date.map(String.init(describing:)) } == ["2024-05-01", "2025-04-28", "2025-05-02"])
        #expect(river.charges.last?.isRefund == true)
        #expect(river.cadence == .yearly)
    }

    @Test func aBankExportReadsKanjiDatesAndItsWithdrawalColumn() throws {
        let scan = try Self.scan(Self.bank)
        let apple = try #require(Self.group(scan, .appStore))
        #expect(apple.cadence == .monthly)
        #expect(apple.nextExpected.map { "\($0.date) \($0.amount)" } == "2025-06-03 480")
        #expect(Self.group(scan, .twoCheckout)?.charges.first?.amount?.hundredths == 498_000)
    }

    @Test func aUSExportSettlesMonthFirstFromItsValues() throws {
        let scan = try Self.scan(Self.us)
        let apple = try #require(Self.group(scan, .appStore))
        #expect(
            apple.charges.map { $0.date.map(String.init(describing:)) } == ["2025-03-03", "2025-04-03", "2025-05-03"])
        // Nothing in the file names the currency: the amount is given as printed, not called dollars.
        #expect(apple.nextExpected.map { "\($0.amount.text(in: .en)) \($0.amount.currency)" } == "4.99 XXX")
        let river = try #require(Self.group(scan, .digitalRiver))
        #expect(river.charges.map(\.isRefund) == [false, true])
    }

    @Test func pastedLinesCarryTheirOwnDatesAndAmounts() throws {
        let pasted = """
            2025/03/03 APPLE.COM/BILL ¥480
            2025/04/03 APPLE.COM/BILL ¥480
            2025/04/20 KASPERSKYLAB 4,980円
            2025/05/03 APPLE.COM/BILL ¥480
            """
        let scan = try Self.scan(pasted, .lines)
        #expect(Self.group(scan, .appStore)?.cadence == .monthly)
        #expect(Self.group(scan, .allsoft)?.charges.first?.amount?.hundredths == 498_000)
        #expect(scan.matches.count == 1)
    }

    @Test func aStatementWhoseDatesCannotBeReadIsScannedAndSaysWhy() throws {
        let text = "Date,Description,Amount\n03/04/2025,KASPERSKYLAB,49.99\n05/06/2025,KASPERSKYLAB,49.99\n"
        let scan = try Self.scan(text)
        let allsoft = try #require(Self.group(scan, .allsoft))
        #expect(allsoft.cadence == nil)
        #expect(allsoft.reason.en.contains("month/day or day/month"))
        #expect(scan.matches.count == 2)
    }

    @Test func namedColumnsWin() throws {
        let text = "a,b,c,d\n2025/04/03,KASPERSKYLAB,1,4980\n2026/04/03,KASPERSKYLAB,1,4980\n"
        let scan = try StatementScanner.scan(text, layout: .csv, column: "2", dateColumn: "1", amountColumn: "4")
        #expect(Self.group(scan, .allsoft)?.nextExpected?.amount.hundredths == 498_000)
        #expect(throws: StatementScanner.ScanError.noSuchColumn("金額")) {
            try StatementScanner.scan(text, layout: .csv, amountColumn: "金額")
        }
    }

    /// Every line a store charge: one group, its charges bounded, not 20,000 entries.
    @Test func twentyThousandStoreChargesAreOneGroup() throws {
        let lines = (0..<20_000).map { "2025/04/\($0 % 28 + 1) APPLE.COM/BILL 480" }
        let scan = try Self.scan(lines.joined(separator: "\n"), .lines)
        #expect(scan.groups.count == 1)
        #expect(scan.groups.first?.charges.count == ChargeGroup.listedCharges)
        #expect(scan.groups.first?.earlierCharges == 20_000 - ChargeGroup.listedCharges)
        #expect(scan.matches.isEmpty)
    }

    // Cases from a review: each gave a confidently wrong answer before.

    /// An issuer that prints charges as negative amounts: the positive one is the refund.
    @Test func chargesPrintedNegativeMakeThePositiveTheRefund() throws {
        let csv = """
            Transaction Date,Post Date,Description,Category,Type,Amount
            01/03/2025,01/04/2025,APPLE.COM/BILL,Shopping,Sale,-4.99
            02/03/2025,02/04/2025,APPLE.COM/BILL,Shopping,Sale,-4.99
            03/03/2025,03/04/2025,APPLE.COM/BILL,Shopping,Sale,-4.99
            03/15/2025,03/16/2025,STARBUCKS,Food,Sale,-5.25
            03/20/2025,03/21/2025,APPLE.COM/BILL,Shopping,Return,4.99
            04/03/2025,04/04/2025,APPLE.COM/BILL,Shopping,Sale,-4.99
            """
        let apple = try #require(Self.group(try Self.scan(csv), .appStore))
        #expect(apple.charges.filter(\.isRefund).map(\.line) == [6])
    }

    @Test func aRefundWordDoesNotSplitTheGroup() throws {
        let scan = try Self.scan(
            "2025/04/03 DR*KASPERSKY LAB 4,980円\n2025/04/05 DR*KASPERSKY LAB 返品 -4,980円\n", .lines)
        #expect(scan.groups.count == 1)
        #expect(scan.groups.first?.charges.map(\.isRefund) == [false, true])
    }

    @Test func aCurrencyWordBesideTheNumberIsItsCurrency() throws {
        let scan = try Self.scan("2025/04/03 カスペルスキー KASPERSKYLAB USD 12.99 1\n", .lines)
        let amount = try #require(scan.groups.first?.charges.first?.amount)
        #expect(amount.currency == "USD" && amount.hundredths == 1_299, "not ¥1 from the trailing number")
    }

    @Test func aVaryingFirstNumberIsNotTheYear() throws {
        // On a Japanese statement `25/04/03` is year first; here the first number varies and the last
        // does not, so the last is the year, and the 13th settles month/day.
        let pasted = "01/13/25 KASPERSKYLAB ¥4,980\n02/13/25 KASPERSKYLAB ¥4,980\n03/13/25 KASPERSKYLAB ¥4,980\n"
        let group = try #require(try Self.scan("ローソン 渋谷店 ¥500\n" + pasted, .lines).groups.first)
        #expect(
            group.charges.compactMap(\.date).map(String.init(describing:)) == [
                "2025-01-13", "2025-02-13", "2025-03-13",
            ])
        #expect(group.cadence == .monthly)
        // Nothing settles month/day: no dates rather than guessed ones.
        let open = "01/03/25 KASPERSKYLAB ¥4,980\n02/03/25 KASPERSKYLAB ¥4,980\n03/03/25 KASPERSKYLAB ¥4,980\n"
        let unsettled = try #require(try Self.scan("ローソン 渋谷店 ¥500\n" + open, .lines).groups.first)
        #expect(unsettled.charges.allSatisfy { $0.date == nil })
    }

    @Test func aHeaderlessExportTakesTheMoneyColumnNotAReference() throws {
        let csv = "2025/04/03,12345678,DR*KASPERSKY LAB,\"4,980\"\n2026/04/03,12345679,DR*KASPERSKY LAB,\"4,980\"\n"
        let group = try #require(try Self.scan(csv).groups.first)
        #expect(group.charges.first?.amount?.hundredths == 498_000)
    }
}
