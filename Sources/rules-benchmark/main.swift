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

/// Runs `identify` over the inputs for about `seconds`, and returns identifications per second.
func measure(_ inputs: [String], seconds: Double) -> (perSecond: Double, checksum: Double) {
    var count = 0
    var checksum = 0.0
    let clock = ContinuousClock()
    let start = clock.now
    let budget = Duration.milliseconds(Int(seconds * 1000))
    while clock.now - start < budget {
        for _ in 0..<100 {
            for input in inputs {
                checksum += Identifier.identify(input).confidence
                count += 1
            }
        }
    }
    let elapsed = clock.now - start
    let elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (Double(count) / elapsedSeconds, checksum)
}

let seconds = Double(ProcessInfo.processInfo.environment["BENCH_SECONDS"] ?? "") ?? 3
_ = measure(orderNumbers + statementLines, seconds: 0.3)  // warm up the rule tables
let orders = measure(orderNumbers, seconds: seconds)
let lines = measure(statementLines, seconds: seconds)
let asciiLines = measure(Array(statementLines.dropLast()), seconds: seconds)
print("identification benchmark (one thread, \(seconds) s each)")
print(String(format: "order numbers:            %12.0f /s   (target 2,000,000)", orders.perSecond))
print(String(format: "statement lines:          %12.0f /s   (target   500,000)", lines.perSecond))
print(String(format: "statement lines (ASCII):  %12.0f /s", asciiLines.perSecond))

// A 5,000-row CSV export, as a Japanese card issuer writes one, scanned whole.
let shops = ["セブン-イレブン 渋谷店", "AMAZON.CO.JP", "NETFLIX.COM", "DR*EFMSPL", "ローソン", "APPLE.COM/BILL", "JR東日本"]
let csv =
    "利用日,ご利用店名,利用金額\n"
    + (0..<5_000).map { "2026/10/\($0 % 28 + 1),\"\(shops[$0 % shops.count])\",\($0 * 37 % 9_000)" }.joined(
        separator: "\n")
var scanned = 0
var related = 0
let scanStart = ContinuousClock.now
while ContinuousClock.now - scanStart < .milliseconds(Int(seconds * 1000)) {
    let scan = try StatementScanner.scan(csv, layout: .csv)
    scanned += scan.read
    related += scan.matches.count
}
let scanElapsed = ContinuousClock.now - scanStart
let scanSeconds = Double(scanElapsed.components.seconds) + Double(scanElapsed.components.attoseconds) / 1e18
print(
    String(format: "statement scan (5,000-line CSV): %8.0f lines/s (target   200,000)", Double(scanned) / scanSeconds))
print("checksum \(orders.checksum + lines.checksum + asciiLines.checksum) \(related)")
