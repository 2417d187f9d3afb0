import Foundation

/// Turns what a customer typed or pasted into a canonical form the rules can match.
///
/// Japanese card statements and forms often carry full-width letters, digits and spaces
/// (`２２１２２８５７`, `ＫＡＳＰＥＲＳＫＹＬＡＢ`), so every input goes through Unicode NFKC first.
/// Then it is case-folded, control characters count as spaces, and runs of white space collapse to
/// one space with none at either end. Pure ASCII input, by far the commonest, skips the Unicode
/// machinery entirely.
public enum TextNormalizer {
    /// NFKC, lower case, white space collapsed and trimmed.
    public static func fold(_ raw: String) -> String {
        String(decoding: foldedBytes(raw), as: UTF8.self)
    }

    /// The folded form as UTF-8 bytes, which is what the matchers work on.
    static func foldedBytes(_ raw: String) -> [UInt8] {
        let ascii = raw.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? collapse(bytes) : nil
        }
        if let ascii, let folded = ascii { return folded }
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return collapse(raw.utf8) }
        let compatible = raw.precomposedStringWithCompatibilityMapping.lowercased()
        return collapse(compatible.utf8)
    }

    /// Lower-cases ASCII letters, turns ASCII white space and control bytes into single spaces,
    /// and trims. Bytes of multi-byte UTF-8 sequences pass through untouched.
    private static func collapse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte <= 0x20 || byte == 0x7F {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return out
    }

    /// The compact form of an order number: upper case, with spaces and hyphens that sit between two
    /// digits removed (`2212 2857` and `2212-2857` both become `22122857`). Other hyphens stay, as in
    /// the article's own `ALLSOFT-22123406`.
    ///
    /// - Parameter folded: text already passed through ``fold(_:)``.
    public static func compactOrderNumber(_ folded: String) -> String {
        String(decoding: compactOrderBytes(Array(folded.utf8)), as: UTF8.self)
    }

    static func compactOrderBytes(_ folded: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            if byte == 0x20 || byte == 0x2D,
                let previous = out.last, previous.isASCIIDigit,
                index + 1 < folded.count, folded[index + 1].isASCIIDigit
            {
                index += 1
                continue
            }
            out.append(byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte)
            index += 1
        }
        return out
    }
}

extension UInt8 {
    /// `0`–`9`.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// `a`–`z` or `A`–`Z`.
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    /// A letter or a digit in ASCII.
    var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
}
