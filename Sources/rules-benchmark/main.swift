import Foundation
import RenewalRules

// Identifications per second on one core, for order numbers and for statement lines.
// Run with `make bench` (release build). Prints figures; asserts nothing.

let orderNumbers = [
    "22122857", "21992673", "20564778810", "11252652307", "34297772062", "ALLSOFT-22123406", "A221234065",
    "2A123BEC45D", "3B123FAC76F", "2212 2857", "1234567890", "B12345678",
]
let statementLines = [
    "2026/10/03 DR*Kaspersky Lab  Cork IE +353-1-555-0100  JPY 4,980",
    "2CO.com*kaspersky 800-555-0199 NL",
    "KASPERSKYLAB MOSCOW RU 1,980",
    "Kaspersky Lab 2Checkou TOKYO",
    "PAYPAL *KASPERSKYLAB 4029357733",
    "avng8.com*kaspersky",
    "AMAZON MKTPLACE PMTS 800-555-0100",
    "APL*ITUNES.COM/BILL 866-712-7753 ON",
    "GOOGLE *Kaspersky 2,400円",
    "注文番号: 2212-2857",
    "ＤＲ＊ＫＡＳＰＥＲＳＫＹ　ＬＡＢ　東京",
]

/// Identifications per second over `slices` runs of `seconds / slices` each: the machine's load
/// moves a single long run by tens of percent, so each slice is timed apart and the median and the
/// best are reported.
func measure(_ inputs: [String], seconds: Double, slices: Int = 10) -> (median: Double, best: Double, checksum: Double)
{
    var rates: [Double] = []
    var checksum = 0.0
    let clock = ContinuousClock()
    let budget = Duration.milliseconds(Int(seconds * 1000 / Double(slices)))
    for _ in 0..<slices {
        var count = 0
        let start = clock.now
        while clock.now - start < budget {
            for _ in 0..<100 {
                for input in inputs {
                    checksum += Identifier.identify(input).confidence
                    count += 1
                }
            }
        }
        rates.append(Double(count) / inSeconds(clock.now - start))
    }
    rates.sort()
    return ((rates[(slices - 1) / 2] + rates[slices / 2]) / 2, rates[slices - 1], checksum)
}

func inSeconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// `rules-benchmark INPUT…`: each input alone, `N` times (default 200,000), with its time per
// identification; `Benchmarks/instructions-per-identification.sh` runs this under callgrind.
if CommandLine.arguments.count > 1 {
    let repeats = Int(ProcessInfo.processInfo.environment["N"] ?? "") ?? 200_000
    for input in CommandLine.arguments.dropFirst() {
        var checksum = 0.0
        let start = ContinuousClock.now
        for _ in 0..<repeats { checksum += Identifier.identify(input).confidence }
        let nanoseconds = inSeconds(ContinuousClock.now - start) * 1e9 / Double(repeats)
        print(String(format: "%8.0f ns  ", nanoseconds) + input + (checksum < 0 ? "!" : ""))
    }
    exit(0)
}

let seconds = Double(ProcessInfo.processInfo.environment["BENCH_SECONDS"] ?? "") ?? 3
_ = measure(orderNumbers + statementLines, seconds: 0.3)  // warm up the rule tables
let orders = measure(orderNumbers, seconds: seconds)
let lines = measure(statementLines, seconds: seconds)
let asciiLines = measure(Array(statementLines.dropLast()), seconds: seconds)
print("identification benchmark (one thread, \(seconds) s each, median and best of 10 slices)")
func report(_ name: String, _ figure: (median: Double, best: Double, checksum: Double), target: String) {
    print(
        name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "%10.0f /s  (best %10.0f)", figure.median, figure.best) + target)
}
report("order numbers:", orders, target: "   target 2,000,000")
report("statement lines:", lines, target: "   target   500,000")
report("statement lines (ASCII):", asciiLines, target: "")

// A 20,000-row CSV export with dates and amounts, as a Japanese card issuer writes one, scanned
// whole: two years of a household's charges at about 500 shops, with monthly App Store charges and
// a yearly Kaspersky renewal among them, grouped with their cadence and next charge.
let shops = ["セブン-イレブン 渋谷店", "AMAZON.CO.JP", "NETFLIX.COM", "ローソン", "JR東日本", "スターバックス", "ユニクロ"]
let csv =
    "利用日,ご利用店名,利用金額\n"
    + (0..<20_000).map { row in
        let date = "\(2025 + row / 10_000)/\(row / 834 % 12 + 1)/\(row % 28 + 1)"
        let shop =
            row % 834 == 3
            ? "APPLE.COM/BILL" : row % 10_000 == 7 ? "KASPERSKYLAB" : "\(shops[row % shops.count]) \(row % 71)"
        let yen = row * 37 % 9_000 + 100
        return
            "\(date),\"\(shop)\",\"\(yen >= 1_000 ? "\(yen / 1_000),\(String(format: "%03d", yen % 1_000))" : "\(yen)")\""
    }.joined(separator: "\n")
var scanRates: [Double] = []
var related = 0
for _ in 0..<10 {
    var scanned = 0
    let scanStart = ContinuousClock.now
    while ContinuousClock.now - scanStart < .milliseconds(Int(seconds * 100)) {
        let scan = try StatementScanner.scan(csv, layout: .csv)
        scanned += scan.read
        related += scan.matches.count
    }
    scanRates.append(Double(scanned) / inSeconds(ContinuousClock.now - scanStart))
}
scanRates.sort()
print(
    String(
        format: "statement scan (20,000-line CSV, dated, grouped): %8.0f lines/s (best %8.0f)   target   200,000",
        (scanRates[4] + scanRates[5]) / 2, scanRates[9]))
// Pasted texts of 64 KB (the most POST /identify takes) built to be slow: each repeats what one
// part of the reading or the matching looks at, so the worst case per identification is measured.
func repeated(_ unit: String) -> String {
    String(repeating: unit, count: 65_536 / unit.utf8.count)
}
let slowInputs: [(String, String)] = [
    ("descriptors", repeated("DR*Kaspersky Lab ")), ("glued descriptors", repeated("2CO.COM*KASPERSKYLAB ")),
    ("kaspersky.com", repeated("kaspersky.com ")), ("Kaspersky hosts", repeated("my.kaspersky.com ")),
    ("e-mail addresses", repeated("a@b.cc ")), ("header lines", repeated("From: Kaspersky <news@kaspersky.com>\n")),
    ("other-number labels", repeated("TEL 0120-22-1228 ")), ("order labels", repeated("注文番号 22122857 ")),
    ("Nexway-shaped numbers", (0..<5_000).map { "\(2 + $0 % 2)A\($0 % 900 + 100)BEC\($0 % 90 + 10)D " }.joined()),
    ("sentences", repeated("Google Playで買った ")), ("vendors", repeated("Norton ")),
    ("half-width kana", repeated("ｶｽﾍﾟﾙｽｷｰ")),
    ("lines", repeated("KASPERSKYLAB\n")),
]
var worst = (name: "", milliseconds: 0.0)
for (name, text) in slowInputs {
    let start = ContinuousClock.now
    for _ in 0..<5 { _ = Identifier.identify(text) }
    let milliseconds = inSeconds(ContinuousClock.now - start) * 1000 / 5
    if milliseconds > worst.milliseconds { worst = (name, milliseconds) }
}
print(
    String(format: "64 KB pasted text built to be slow: worst %.1f ms", worst.milliseconds)
        + " (\(worst.name)) of \(slowInputs.count) kinds")
// Loading the rule book from its text: parse, check every rule, reach each by identification. What
// start-up and every reload pay before the new book answers.
var loadTimes: [Double] = []
var version = ""
for _ in 0..<21 {
    let loadStart = ContinuousClock.now
    version = try RuleBook(yaml: RuleBook.standardFile, file: "rules.yaml").version
    loadTimes.append(inSeconds(ContinuousClock.now - loadStart) * 1000)
}
loadTimes.sort()
print(
    String(
        format: "rule book load (rules.yaml, parse + checks): %6.2f ms median (best %6.2f, worst %6.2f) of 21",
        loadTimes[10], loadTimes[0], loadTimes[20]))
print("checksum \(orders.checksum + lines.checksum + asciiLines.checksum) \(related) \(version)")
