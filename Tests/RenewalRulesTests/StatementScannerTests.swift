import Testing

@testable import RenewalRules

/// The whole-statement scan: CSV layouts as card issuers export them.
@Suite struct StatementScannerTests {
    @Test(arguments: [
        "ご利用明細\n2024/05/12,KASPERSKYLAB,4980\n2024/05/13,ローソン,300\n",
        "a,b,c\n2024-05-12,100,200,KASPERSKYLAB TOKYO\n",
    ])
    func aTitleOrShortHeaderLineDoesNotCrash(csv: String) throws {
        let scan = try StatementScanner.scan(csv, layout: .csv)
        #expect(scan.matches.count == 1)
        #expect(try StatementScanner.scan(csv, layout: .csv, column: "5").matches.isEmpty)
    }

    @Test func theMostTellingHeaderIsTheDescription() throws {
        let csv = "Date,Name,Description,Amount\n2024-05-12,Taro,DR*KASPERSKY LAB,4980\n"
        let scan = try StatementScanner.scan(csv, layout: .csv)
        #expect(scan.column?.name == "Description")
        #expect(scan.matches.first?.identification.provider == .digitalRiver)
    }

    @Test func theCommaWinsATieOfDelimiters() throws {
        let scan = try StatementScanner.scan("2024/05/12,KASPERSKYLAB;JP\n", layout: .csv)
        #expect(scan.matches.first?.text == "KASPERSKYLAB;JP")
    }

    @Test(arguments: ["GOOGLE", "APPLE", "DR", "iPhone", "DIRECT", "APPLE.COM/BILL iCloud+ 130円", "DR*MICROSOFT"])
    func aNameOrAnotherMerchantsChargeIsNotAKasperskyLine(line: String) throws {
        #expect(try StatementScanner.scan(line, layout: .lines).matches.isEmpty, "\(line)")
    }
}
