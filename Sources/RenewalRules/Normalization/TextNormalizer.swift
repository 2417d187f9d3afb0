import Foundation

/// Turns what a customer typed or pasted into a canonical form the rules can match.
///
/// Japanese card statements and forms often carry full-width letters, digits and spaces
/// (`２２１２２８５７`, `ＫＡＳＰＥＲＳＫＹＬＡＢ`), so every input goes through Unicode NFKC first.
/// Then it is case-folded, control characters count as spaces, and runs of white space collapse to
/// one space with none at either end. What a copy or an IME adds is undone first: invisible
/// characters (zero-width spaces, the BOM, soft hyphens, direction marks) are dropped, the many
/// dashes (`‐`, `–`, `−`) become `-`, and so does the long-vowel mark `ー` between two letters or
/// digits of ASCII (`2212ー2857`). Pure ASCII input, by far the commonest, skips the Unicode
/// machinery entirely.
public enum TextNormalizer {
    /// NFKC, lower case, white space collapsed and trimmed.
    public static func fold(_ raw: String) -> String {
        String(decoding: foldedBytes(raw), as: UTF8.self)
    }

    /// The folded form as UTF-8 bytes, which is what the matchers work on.
    static func foldedBytes(_ raw: String) -> [UInt8] {
        // Outer nil: the UTF-8 is not contiguous (a bridged string), so scan it the slow way;
        // inner nil: it is, and it is not ASCII. Either way each byte is checked once.
        let contiguous: [UInt8]?? = raw.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? collapse(bytes) : nil
        }
        switch contiguous {
        case .some(.some(let folded)): return folded
        case .some(.none): break
        case .none: if raw.utf8.allSatisfy({ $0 < 0x80 }) { return collapse(raw.utf8) }
        }
        return foldedCommonJapanese(raw) ?? foldedViaFoundation(raw)
    }

    /// Full NFKC and case folding through Foundation: correct for any text, and slow.
    static func foldedViaFoundation(_ raw: String) -> [UInt8] {
        var cleaned = String.UnicodeScalarView()
        var nonStarters = 0
        for scalar in raw.unicodeScalars {
            switch classify(scalar.value) {
            case .invisible: continue
            case .dash: cleaned.append("-")
            case .keep:
                // UAX #15's stream-safe format: at most 30 non-starters in a row. Longer runs are
                // never text anyone typed, and they make normalisation quadratic.
                if scalar.properties.canonicalCombiningClass.rawValue != 0 {
                    nonStarters += 1
                    if nonStarters > maximumNonStarters { continue }
                } else {
                    nonStarters = 0
                }
                cleaned.append(scalar)
            }
        }
        var normalized = String(cleaned).precomposedStringWithCompatibilityMapping
        // Half-width kana (ｶｽﾍﾟﾙｽｷｰ, as Japanese statements print) come out of NFKC here with the
        // voiced marks apart (ヘ + ゜); composing them again gives the kana people read (ペ).
        if normalized.unicodeScalars.contains(where: { $0.value == 0x3099 || $0.value == 0x309A }) {
            normalized = normalized.precomposedStringWithCanonicalMapping
        }
        return bounded(joiningLongVowelDashes(collapse(normalized.lowercased().utf8)), input: raw.utf8.count)
    }

    /// How many times its UTF-8 length the folded form of a text may be. NFKC leaves ordinary text
    /// about as long as it came in (full width shrinks, `㈱` and `ﬁ` grow to two or three), but
    /// some characters expand many times (U+FDFA becomes 18 letters): an input of them would make
    /// every answer that echoes the folded form (`normalized`, a reason's quoted text) many times
    /// the size of the request. Past the bound the folded form is cut, at a character boundary.
    static let maximumExpansion = 2

    /// The folded bytes, cut to ``maximumExpansion`` times the input's UTF-8 length.
    static func bounded(_ folded: [UInt8], input: Int) -> [UInt8] {
        let limit = input * maximumExpansion
        guard folded.count > limit else { return folded }
        var end = limit
        // Back off continuation bytes (10xxxxxx) so as not to cut a character in two.
        while end > 0, folded[end] & 0xC0 == 0x80 { end -= 1 }
        var cut = Array(folded[..<end])
        while cut.last == 0x20 { cut.removeLast() }
        return cut
    }

    /// The most non-starters (combining marks) kept in a row, as UAX #15's stream-safe format allows.
    static let maximumNonStarters = 30

    private enum ScalarClass {
        case invisible, dash, keep
    }

    /// Whether normalisation drops the character as one a copy carries along unseen (a zero-width
    /// space, a BOM, a direction mark): text made only of these, blanks and control characters says
    /// nothing.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        classify(scalar.value) == .invisible
    }

    /// Characters a copy from a web page or an e-mail carries along, and the dashes people type for `-`.
    private static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: .invisible
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: .dash
        default: .keep
        }
    }

    /// `ー` (U+30FC) between two ASCII letters or digits is a dash typed with a Japanese IME; between
    /// kana it is the long-vowel mark (`カスペルスキー`) and stays.
    private static func joiningLongVowelDashes(_ folded: [UInt8]) -> [UInt8] {
        let mark: [UInt8] = [0xE3, 0x83, 0xBC]
        guard folded.count >= 5, folded.contains(0xBC) else { return folded }
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var index = 0
        while index < folded.count {
            if index + 3 < folded.count, folded[index] == mark[0], folded[index + 1] == mark[1],
                folded[index + 2] == mark[2], out.last?.isASCIIAlphanumeric == true,
                folded[index + 3].isASCIIAlphanumeric
            {
                out.append(0x2D)
                index += 3
                continue
            }
            out.append(folded[index])
            index += 1
        }
        return out
    }

    /// The text Japanese statements are made of, without Foundation: ASCII, full-width ASCII
    /// (U+FF01–FF5E, which NFKC maps to ASCII), the ideographic space, and characters NFKC leaves
    /// alone and that have no case (CJK ideographs, kana, the common CJK punctuation). `nil` for
    /// anything else, which then goes the slow way. A test holds this to Foundation scalar by scalar.
    static func foldedCommonJapanese(_ raw: String) -> [UInt8]? {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                ascii.append(UInt8(value))
            case 0xFF01...0xFF5E:
                ascii.append(UInt8(value - 0xFEE0))
            case 0x3000:
                ascii.append(0x20)
            case 0x3001...0x3003, 0x300C...0x300F, 0x3010, 0x3011, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF:
                ascii.append(contentsOf: String(scalar).utf8)
            default:
                switch classify(value) {
                case .invisible: continue
                case .dash: ascii.append(0x2D)
                case .keep: return nil
                }
            }
        }
        return joiningLongVowelDashes(collapse(ascii))
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

    /// The compact form of an order number: upper case, with the spaces and hyphens that group its
    /// digits removed (`2212 2857` and `2212-2857` both become `22122857`; see
    /// ``joinsDigitGroups(_:separatorAt:)``). Other hyphens stay, as in
    /// the article's own `ALLSOFT-22123406`.
    ///
    /// - Parameter folded: text already passed through ``fold(_:)``.
    public static func compactOrderNumber(_ folded: String) -> String {
        String(decoding: compactOrderBytes(Array(folded.utf8)), as: UTF8.self)
    }

    static func compactOrderBytes(_ folded: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        for (index, byte) in folded.enumerated() {
            if byte == 0x20 || byte == 0x2D, joinsDigitGroups(folded, separatorAt: index) { continue }
            out.append(byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte)
        }
        return out
    }

    /// Whether the space or hyphen at `index` stands inside one grouped number: `2212 2857` is one
    /// number, `22122857 21992673` two. Both groups are digits only, of at most four, with no
    /// letter touching either end.
    static func joinsDigitGroups(_ folded: [UInt8], separatorAt index: Int) -> Bool {
        guard index > 0, index + 1 < folded.count, folded[index + 1].isASCIIDigit else { return false }
        let before = folded[..<index].reversed().prefix(while: \.isASCIIDigit).count
        let after = folded[(index + 1)...].prefix(while: \.isASCIIDigit).count
        let afterEnd = index + 1 + after
        guard (1...4).contains(before) && (1...4).contains(after),
            afterEnd == folded.count || !folded[afterEnd].isASCIILetter,
            index - before == 0 || !folded[index - before - 1].isASCIILetter,
            !isAmount(folded, from: afterEnd)
        else { return false }
        // The whole run of groups: at most three and twelve digits, as order numbers are written;
        // `81-3-1234-5678` and `2212 2857 4980` are a phone number and a number beside another.
        let run = digitGroupRun(folded, around: index)
        return run.groups <= 3 && run.digits <= 12
    }

    /// Whether an amount's marks follow: a thousands comma, a decimal point, or a currency.
    private static func isAmount(_ folded: [UInt8], from index: Int) -> Bool {
        guard index < folded.count else { return false }
        if folded[index] == UInt8(ascii: ",") || folded[index] == UInt8(ascii: ".") { return true }
        let rest = folded[index...].drop { $0 == 0x20 }
        return amountMarks.contains { rest.starts(with: $0) }
    }

    /// Currency marks that follow an amount, folded.
    static let amountMarks: [[UInt8]] = ["円", "jpy", "yen", "¥", "$", "usd", "eur", "€"].map { Array($0.utf8) }

    /// The digit groups joined by single spaces or hyphens around the separator at `index`.
    private static func digitGroupRun(_ folded: [UInt8], around index: Int) -> (groups: Int, digits: Int) {
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2D }
        var groups = 0
        var digits = 0
        // Leftwards from the separator, then rightwards.
        var position = index - 1
        while position >= 0, folded[position].isASCIIDigit {
            var length = 0
            while position >= 0, folded[position].isASCIIDigit {
                length += 1
                position -= 1
            }
            groups += 1
            digits += length
            guard position >= 1, isSeparator(folded[position]), folded[position - 1].isASCIIDigit else { break }
            position -= 1
        }
        position = index + 1
        while position < folded.count, folded[position].isASCIIDigit {
            var length = 0
            while position < folded.count, folded[position].isASCIIDigit {
                length += 1
                position += 1
            }
            groups += 1
            digits += length
            guard position + 1 < folded.count, isSeparator(folded[position]), folded[position + 1].isASCIIDigit
            else { break }
            position += 1
        }
        return (groups, digits)
    }
}

extension UInt8 {
    /// `0`–`9`.
    @inline(__always) var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// `a`–`z` or `A`–`Z`.
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    /// A letter or a digit in ASCII.
    @inline(__always) var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
}
