import Foundation

/// A header list weighted by q-values (RFC 9110 §12.4.2), as `Accept` and `Accept-Language` carry:
/// `en-US,en;q=0.9,*;q=0.1` → `[("en-us", 1), ("en", 0.9), ("*", 0.1)]`. Values are trimmed and
/// lower-cased; a missing q counts as 1, and an entry whose q breaks RFC 9110's grammar
/// (`0[.ddd]` or `1[.000]`; not `0x1p-1`, `infinity` or `.5`) is left out; at most 32 entries are read.
enum QualityValues {
    static func parse(_ header: String) -> [(value: String, quality: Double)] {
        header.split(separator: ",").prefix(32).compactMap { entry in
            let parts = entry.split(separator: ";")
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
