public import ArgumentParser
import Foundation
import RenewalDocuments
public import RenewalRules

/// `renewal-guide scan [FILE]`: a whole statement, from a file or standard input.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find the Kaspersky charges in a whole card statement (pasted lines or a CSV export).",
        discussion: "Reads UTF-8 or Shift_JIS. A file ending in .csv is read as CSV unless --layout says otherwise."
    )

    @Argument(help: "The statement file; standard input when omitted or '-'.")
    var file: String?

    @Option(name: .long, help: "lines or csv (default: csv for a .csv file, else lines).")
    var layout: StatementScanner.Layout?

    @Option(name: .long, help: "The CSV description column, by header or 1-based index (default: found).")
    var column: String?

    @Option(name: .long, help: "The CSV date column, by header or 1-based index (default: found).")
    var dateColumn: String?

    @Option(name: .long, help: "The CSV amount column, by header or 1-based index (default: found).")
    var amountColumn: String?

    @Option(name: .long, help: "utf-8 or shift_jis (default: detected).")
    var charset: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let path = file ?? "-"
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Cannot read \(path).")
            }
            bytes = Array(data)
        }
        let text: String
        do {
            text = try StatementText.decode(bytes, charset: charset)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
        let chosen = layout ?? (path.lowercased().hasSuffix(".csv") ? .csv : .lines)
        let scan: StatementScan
        do {
            scan = try StatementScanner.scan(
                text, layout: chosen, column: column, dateColumn: dateColumn, amountColumn: amountColumn)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
        let document = ScanDocument(scan, language: output.lang)
        print(
            output.json
                ? output.jsonLine(document)
                : document.plainText(language: output.lang, guideCommand: "renewal-guide guide"), terminator: "")
    }
}

extension StatementScanner.Layout: ExpressibleByArgument {}
