import RenewalDocuments
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

    /// A repeated line is answered from memory, with its own line number; past what is remembered,
    /// lines are still answered one by one.
    @Test func repeatedLinesKeepTheirOwnNumbersAndAnswers() throws {
        let distinct = (0..<RepeatedLineAnswers.capacity).map { "SHOP \($0)" }
        let lines = ["KASPERSKYLAB", "SHOP"] + distinct + ["KASPERSKYLAB", "DR*EFMSPL", "SHOP", "DR*EFMSPL"]
        let scan = try StatementScanner.scan(lines.joined(separator: "\n"), layout: .lines)
        #expect(scan.matches.map(\.line) == [1, lines.count - 3, lines.count - 2, lines.count])
        #expect(scan.matches.map(\.identification.provider) == [.allsoft, .allsoft, .digitalRiver, .digitalRiver])
        #expect(scan.skipped == lines.count - 4)
    }

    @Test func aScanDocumentAnswersEachDistinctTextOnce() throws {
        let lines = ["KASPERSKYLAB", "SHOP", "KASPERSKYLAB", "2CO.COM*KASPERSKY"]
        let document = ScanDocument(
            try StatementScanner.scan(lines.joined(separator: "\n"), layout: .lines), language: .en)
        #expect(document.matches.map(\.lines) == [[1, 3], [4]])
        #expect(document.relatedLines == 3)
        #expect(document.plainText(language: .en).contains("Lines 1, 3\n"))
        #expect(document.plainText(language: .ja).contains("4行目\n"))
    }
}
