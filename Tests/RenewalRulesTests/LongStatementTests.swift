import Testing

@testable import RenewalRules

/// A long statement is read to its end or refused whole, never cut without a word: blank rows do
/// not count against the limit, Excel's `\r\r\n` is one line end, and a header row of any length
/// costs no more to read than a real one.
@Suite struct LongStatementTests {
    /// 15,000 rows with a blank line between each: 30,000 lines, but 15,000 rows. The last row,
    /// past line 20,000, holds the Kaspersky charge and must be found.
    @Test(arguments: [StatementScanner.Layout.csv, .lines])
    func blankLinesBetweenRowsDoNotCountAgainstTheLimit(layout: StatementScanner.Layout) throws {
        var text = "利用日,ご利用店名,利用金額\n\n"
        for day in 0..<14_999 { text += "2025/04/\(day % 28 + 1),ローソン,\(day % 900 + 100)\n\n" }
        text += "2025/05/03,KASPERSKYLAB,4980\n"
        let scan = try StatementScanner.scan(text, layout: layout)
        #expect(scan.read >= 15_000)
        #expect(scan.matches.map(\.identification.provider) == [.allsoft])
        #expect(scan.matches.first?.line == 30_001, "the line number counts the blank lines too")
    }

    @Test(arguments: [StatementScanner.Layout.csv, .lines])
    func excelsDoubleCarriageReturnIsOneLineEnd(layout: StatementScanner.Layout) throws {
        var text = "利用日,ご利用店名,利用金額\r\r\n"
        for day in 0..<12_000 { text += "2025/04/\(day % 28 + 1),ローソン,\(day % 900 + 100)\r\r\n" }
        text += "2025/05/03,KASPERSKYLAB,4980\r\r\n"
        let scan = try StatementScanner.scan(text, layout: layout)
        #expect(scan.matches.first?.line == 12_002)
    }

    @Test(arguments: [StatementScanner.Layout.csv, .lines])
    func overTheLimitIsRefusedWholeWithHowToSplit(layout: StatementScanner.Layout) {
        let text = String(repeating: "2025/04/01,ローソン,300\n", count: StatementScanner.maximumLines + 1)
        #expect(throws: StatementScanner.ScanError.tooManyLines(StatementScanner.maximumLines)) {
            try StatementScanner.scan(text, layout: layout)
        }
        let message = StatementScanner.ScanError.tooManyLines(StatementScanner.maximumLines).message
        #expect(message.en.contains("Split it into files of at most 20000 lines"))
        #expect(message.ja.contains("20000行以下のファイルに分けて"))
    }

    /// A header row of 300,000 fields of `㌀` (each folds to several letters): only a bounded
    /// prefix of the first fields is folded; the description column is still found by its letters.
    /// The header is not a line of the statement: a full export of 20,000 rows with its header
    /// is read whole.
    @Test func aHeaderDoesNotCountAgainstTheLimit() throws {
        let rows = String(repeating: "2025/04/01,ローソン,300\n", count: StatementScanner.maximumLines - 1)
        let scan = try StatementScanner.scan("利用日,ご利用店名,利用金額\n" + rows + "2025/05/03,KASPERSKYLAB,4980\n", layout: .csv)
        #expect(scan.read == StatementScanner.maximumLines)
        #expect(scan.matches.first?.line == StatementScanner.maximumLines + 1)
    }

    @Test func aHostileHeaderRowIsReadByABoundedPrefix() throws {
        let header = Array(repeating: String(repeating: "㌀", count: 3), count: 100_000).joined(separator: ",")
        let text = header + "\n2025/05/03,KASPERSKYLAB,4980\n"
        let scan = try StatementScanner.scan(text, layout: .csv)
        #expect(scan.matches.first?.identification.provider == .allsoft)
    }
}
