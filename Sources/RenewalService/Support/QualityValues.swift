import Foundation

/// A header list weighted by q-values (RFC 9110 §12.4.2), as `Accept` and `Accept-Language` carry:
/// `en-US,en;q=0.9,*;q=0.1` → `[("en-us", 1), ("en", 0.9), ("*", 0.1)]`. Values are trimmed and
/// lower-cased; a missing or malformed q counts as 1; at most 32 entries are read.
enum QualityValues {
    static func parse(_ header: String) -> [(value: String, quality: Double)] {
        header.split(separator: ",").prefix(32).map { entry in
            let parts = entry.split(separator: ";")
            let value = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces).lowercased()
                if trimmed.hasPrefix("q="), let number = Double(trimmed.dropFirst(2)), (0...1).contains(number) {
                    quality = number
                }
            }
            return (value, quality)
        }
    }
}
