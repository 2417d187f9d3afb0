/// How closely an order number follows the shape of the article's examples for its format.
///
/// The article describes its formats loosely ("starts with A", "starts with 2 or 3 and mixes digits
/// and letters"), so ordinary words and shop names would fit the words alone. Each format is bound
/// by the shape of its examples: their length and where letters and digits fall. A number that fits
/// the words but not the examples is weaker, and says why.
public enum ShapeFit: Sendable, Hashable {
    /// As the examples are.
    case typical
    /// Fits the article's words, not its examples: the confidence drops, with this reason.
    case atypical(ShapeDeviation)
    /// Only barely fits the words: a hint, never an identification.
    case weak(ShapeDeviation)

    /// What the format's confidence is multiplied by.
    var factor: Double {
        switch self {
        case .typical: 1
        case .atypical: 0.5
        case .weak: 0.3
        }
    }
}

/// What sets an order number apart from the article's examples of its format.
public enum ShapeDeviation: String, Sendable, Hashable {
    /// It starts with 0, as phone numbers do; no example does.
    case leadingZero
    /// Its length is not the examples' length.
    case length
    /// Letters and digits fall where no example has them.
    case letters
    /// Eight digits that read as a date (`20240512`).
    case dateLike
}

extension OrderNumberShape {
    /// `yyyymmdd` from 1990 to 2099: what a statement's dates look like without separators.
    static func isDate(_ digits: [UInt8]) -> Bool {
        guard digits.count == 8, digits.allSatisfy(\.isASCIIDigit) else { return false }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return (1990...2099).contains(number(0..<4)) && (1...12).contains(number(4..<6))
            && (1...31).contains(number(6..<8))
    }

    /// How a compact order number (upper case) fits this shape; `nil` when it does not at all.
    func fit(_ compact: [UInt8]) -> ShapeFit? {
        switch self {
        case .prefix(let prefix):
            return prefixFit(compact, prefix: prefix.utf8)
        case .digits(let lengths):
            guard lengths.contains(compact.count), compact.allSatisfy(\.isASCIIDigit) else { return nil }
            if compact.first == UInt8(ascii: "0") { return .weak(.leadingZero) }
            // 20240512 is as likely a date as an order number: only a hint.
            return compact.count == 8 && Self.isDate(compact) ? .weak(.dateLike) : .typical
        case .mixed(let first):
            guard let head = compact.first, first.utf8.contains(head),
                compact.allSatisfy(\.isASCIIAlphanumeric)
            else { return nil }
            let letters = compact.lazy.filter(\.isASCIILetter).count
            guard letters > 0 else { return nil }
            let digits = compact.count - letters
            // The examples 2A123BEC45D and 3B123FAC76F: 11 characters, a letter second, and at
            // least three of each.
            if compact.count == 11, compact[1].isASCIILetter, letters >= 3, digits >= 3 { return .typical }
            if (10...12).contains(compact.count), letters >= 3, digits >= 3 {
                return .atypical(compact.count == 11 ? .letters : .length)
            }
            return .weak(letters < 2 ? .letters : .length)
        }
    }

    /// `ALLSOFT-22123406` and `A221234065`: the prefix, then digits only.
    private func prefixFit(_ compact: [UInt8], prefix: String.UTF8View) -> ShapeFit? {
        guard compact.count > prefix.count else { return nil }
        var index = 0
        for byte in prefix {
            guard compact[index] == byte else { return nil }
            index += 1
        }
        if compact[index] == 0x2D { index += 1 }
        let digits = compact.count - index
        guard digits > 0, compact[index...].allSatisfy(\.isASCIIDigit) else { return nil }
        // The examples carry 8 and 9 digits after their prefix.
        if (8...10).contains(digits) { return .typical }
        return (6...12).contains(digits) ? .atypical(.length) : nil
    }
}

extension ShapeDeviation {
    /// Why the confidence dropped, as a clause.
    public var explanation: LocalizedText {
        switch self {
        case .leadingZero:
            LocalizedText(
                "電話番号のように0で始まり、この形式の例にはない形の", "it starts with 0, as phone numbers do and no example of the format does")
        case .length:
            LocalizedText("長さがこの形式の例と異なる", "its length differs from the format's examples")
        case .letters:
            LocalizedText("文字と数字の並びがこの形式の例と異なる", "its letters and digits fall unlike the format's examples")
        case .dateLike:
            LocalizedText("日付(年月日)としても読める", "it reads as a date too")
        }
    }
}
