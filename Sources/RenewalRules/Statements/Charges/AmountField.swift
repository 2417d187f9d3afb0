/// Reads an amount as statements and pasted lines print it: `4,980`, `¥4,980`, `￥4,980`, `4,980円`,
/// `JPY 4980`, `USD 12.99`, `12,99 EUR`, with a minus sign, `▲` (Japanese banks), or parentheses for
/// money given back.
enum AmountField {
    /// The field read as an amount, or `nil`. `requireMarker` asks for a currency sign, a
    /// thousands separator or decimals, so that a bare number inside pasted text (a reference, a
    /// store number) is not taken for the amount.
    static func read(_ field: Substring, requireMarker: Bool = false) -> ChargeAmount? {
        var text = field.halfWidth.trimmedOfSpaces
        guard !text.isEmpty, text.count <= 32 else { return nil }
        var negative = false
        var currency: String?
        if text.hasPrefix("(") && text.hasSuffix(")") {
            negative = true
            text = text.dropFirst().dropLast().trimmedOfSpaces
        }
        for sign in ["-", "−", "▲", "△", "－"] where text.hasPrefix(sign) {
            negative = true
            text = text.dropFirst(sign.count).trimmedOfSpaces
        }
        for (marker, code) in Self.markers {
            if text.hasPrefix(marker) {
                currency = code
                text = text.dropFirst(marker.count).trimmedOfSpaces
            } else if text.hasSuffix(marker) {
                currency = code
                text = text.dropLast(marker.count).trimmedOfSpaces
            }
        }
        if text.hasPrefix("-") {
            negative = true
            text = text.dropFirst().trimmedOfSpaces
        }
        // `12,99 EUR`, `1.234,56 €`: a decimal comma, tried for a foreign currency when the usual
        // reading fails (`€12.99` reads the usual way).
        guard
            let (hundredths, grouped) = Self.number(text, decimalComma: false)
                ?? (currency != nil && currency != "JPY" ? Self.number(text, decimalComma: true) : nil)
        else { return nil }
        if requireMarker && currency == nil && !grouped { return nil }
        // Without a mark the currency is the statement's, which the scan knows: left empty here.
        return ChargeAmount(hundredths: hundredths, currency: currency ?? "", isNegative: negative)
    }

    /// Currency marks and codes, longest first where one is a prefix of another.
    static let markers: [(String, String)] = [
        ("JPY", "JPY"), ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"), ("CAD", "CAD"), ("AUD", "AUD"),
        ("RUB", "RUB"), ("KZT", "KZT"), ("BYN", "BYN"), ("CHF", "CHF"), ("円", "JPY"), ("¥", "JPY"), ("￥", "JPY"),
        ("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ]

    /// `4,980`, `4980`, `12.99`, `1,234.50`, or with `decimalComma` `12,99` and `1.234,50`: the
    /// value in hundredths and whether the text was grouped or had decimals.
    private static func number(_ text: Substring, decimalComma: Bool) -> (Int, Bool)? {
        guard !text.isEmpty, text.count <= 16,
            text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
            text.first?.isNumber == true, text.last?.isNumber == true
        else { return nil }
        let (group, point): (Character, Character) = decimalComma ? (".", ",") : (",", ".")
        let parts = text.split(separator: point, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        let groups = whole.split(separator: group, omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
        }
        guard let units = Int(groups.joined()), units < 100_000_000 else { return nil }
        var hundredths = units * 100
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let fraction = Int(parts[1]) else { return nil }
            hundredths += parts[1].count == 1 ? fraction * 10 : fraction
        }
        return (hundredths, groups.count > 1 || parts.count == 2)
    }
}

extension Substring {
    /// Full-width ASCII (`４，９８０`, `２０２５／０４／０３`) as ASCII, as Japanese exports may print it.
    var halfWidth: Substring {
        guard contains(where: { ("\u{FF01}"..."\u{FF5E}").contains($0) }) else { return self }
        return Substring(
            String(
                String.UnicodeScalarView(
                    unicodeScalars.map { scalar in
                        (0xFF01...0xFF5E).contains(scalar.value)
                            ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
                    })))
    }

    /// Without leading and trailing spaces (ASCII, ideographic, no-break, tabs).
    var trimmedOfSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\u{3000}" || first == "\u{00A0}" || first == "\t" {
            result.removeFirst()
        }
        while let last = result.last, last == " " || last == "\u{3000}" || last == "\u{00A0}" || last == "\t" {
            result.removeLast()
        }
        return result
    }
}
