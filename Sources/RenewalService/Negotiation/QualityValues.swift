import Foundation

/// A header list weighted by q-values (RFC 9110 §12.4.2), as `Accept` and `Accept-Language` carry:
/// `en-US,en;q=0.9,*;q=0.1` → `[("en-us", 1), ("en", 0.9), ("*", 0.1)]`. Values are trimmed and
/// lower-cased; a missing q counts as 1, and an entry whose q breaks RFC 9110's grammar
/// (`0[.ddd]` or `1[.000]`; not `0x1p-1`, `infinity` or `.5`) is left out. The work is bounded
/// whatever the header holds: at most 32 entries and 8 parameters each are read, and an entry longer
/// than any language tag or media type (256 bytes) is left out unread.
enum QualityValues {
    static let maximumEntries = 32
    static let maximumParameters = 8
    static let maximumEntryBytes = 256

    static func parse(_ header: String) -> [(value: String, quality: Double)] {
        // `maxSplits` leaves the rest of a long header in one piece, which is then dropped unread.
        header.split(separator: ",", maxSplits: maximumEntries).prefix(maximumEntries).compactMap { entry in
            guard entry.utf8.count <= maximumEntryBytes else { return nil }
            let parts = entry.split(separator: ";", maxSplits: maximumParameters).prefix(maximumParameters + 1)
            let value = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces).lowercased()
                guard trimmed.hasPrefix("q=") else { continue }
                guard let number = qvalue(trimmed.utf8.dropFirst(2)) else { return nil }
                quality = number
            }
            return (value, quality)
        }
    }

    /// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, or `nil`.
    static func qvalue(_ text: Substring.UTF8View) -> Double? {
        guard let first = text.first, first == UInt8(ascii: "0") || first == UInt8(ascii: "1") else { return nil }
        let rest = text.dropFirst()
        guard let dot = rest.first else { return first == UInt8(ascii: "1") ? 1 : 0 }
        let digits = rest.dropFirst()
        guard dot == UInt8(ascii: "."), digits.count <= 3,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        if first == UInt8(ascii: "1") { return digits.allSatisfy { $0 == UInt8(ascii: "0") } ? 1 : nil }
        var thousandths = 0
        for (index, digit) in digits.enumerated() {
            thousandths += Int(digit - UInt8(ascii: "0")) * [100, 10, 1][index]
        }
        return Double(thousandths) / 1000
    }
}
