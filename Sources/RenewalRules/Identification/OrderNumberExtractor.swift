/// Finds order numbers where customers paste them: alone, inside brackets, after a label such as
/// `注文番号:` or `Order #`, in a sentence, or beside the seller's name.
enum OrderNumberExtractor {
    /// One order number found in the input.
    struct Token: Equatable {
        /// The compact form (see ``TextNormalizer/compactOrderNumber(_:)``).
        let compact: [UInt8]
        /// Whether a label such as `注文番号` or `order number` stands right before it.
        let labelled: Bool
        /// Where it stands in the folded text.
        let range: Range<Int>
    }

    /// Labels that introduce an order number in the languages Kaspersky sells in, folded.
    static let labels: [[UInt8]] = [
        "注文番号", "オーダー番号", "受注番号", "注文id", "注文 id", "注文no", "注文 no", "オーダーid", "order number", "order no", "order id",
        "order ref", "order", "bestellnummer", "auftragsnummer", "bestelnummer", "ordernummer", "numéro de commande",
        "n° de commande", "commande", "número de pedido", "número do pedido", "pedido", "numero d'ordine",
        "numero ordine", "ordine", "numer zamówienia", "zamówienie", "номер заказа", "заказ", "sipariş numarası",
        "sipariş no", "订单号", "订单编号", "訂單編號", "주문번호",
    ].map { TextNormalizer.foldedBytes($0) }

    /// Words that may stand between a label and its number (`Order no. 123`, `order number is 123`).
    private static let glueWords: Set<[UInt8]> = Set(
        ["no", "nr", "number", "num", "id", "ref", "is", "was"].map { Array($0.utf8) })
    /// Non-ASCII characters that may stand between a label and its number: は, ：, brackets.
    private static let glueCharacters: [[UInt8]] = ["は", "【", "】", "「", "」", "『", "』", "〔", "〕", "№"].map {
        Array($0.utf8)
    }
    private static let longestGlue = 24

    /// The input as one order number, when nothing but brackets and punctuation surrounds it:
    /// `22122857`, `【22122857】`, `#2212-2857`, `allsoft 22123406`.
    static func whole(_ folded: [UInt8]) -> [UInt8]? {
        // The commonest input by far, a bare `22122857`: nothing to strip.
        if folded.allSatisfy(\.isASCIIAlphanumeric) {
            // Nothing to join: the compact form is the text in upper case, and digits are already.
            let compact = folded.contains(where: \.isASCIILetter) ? TextNormalizer.compactOrderBytes(folded) : folded
            return OrderNumberClassifier.isOrderShaped(compact) ? compact : nil
        }
        var start = 0
        var end = folded.count
        while start < end, let skip = glueLength(folded[...], at: start, words: false) { start += skip }
        while end > start, let skip = trailingGlueLength(folded, before: end) { end -= skip }
        // `+81-3-1234-5678` is a phone number and `$22122857` an amount, however their digits join.
        guard start < end, !folded[..<start].contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "$") })
        else { return nil }
        // A statement line fails here, on its `*`, `/` or `.`, before anything is copied.
        guard folded[start..<end].allSatisfy({ $0.isASCIIAlphanumeric || $0 == 0x20 || $0 == 0x2D || $0 == 0x5F })
        else { return nil }
        let core = canonicalAllsoftPrefix(Array(folded[start..<end]))
        guard core.allSatisfy({ $0.isASCIIAlphanumeric || $0 == 0x20 || $0 == 0x2D }) else { return nil }
        // `2024-05-12` is a date, not an order number with its digits grouped.
        if isGroupedDate(core) { return nil }
        let compact = TextNormalizer.compactOrderBytes(core)
        return OrderNumberClassifier.isOrderShaped(compact) ? compact : nil
    }

    /// `2024-05-12`, `2024 5 12`: year, month and day as separate groups.
    private static func isGroupedDate(_ core: [UInt8]) -> Bool {
        guard (6...10).contains(core.count) else { return false }
        let groups = core.split { $0 == 0x20 || $0 == 0x2D }
        guard groups.count == 3, groups[0].count == 4, groups.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return false }
        let padded = Array(groups[0]) + groups.dropFirst().flatMap { $0.count == 1 ? [0x30] + $0 : Array($0) }
        return OrderNumberShape.isDate(padded)
    }

    /// Every order-shaped run of letters and digits in running text, and whether a label introduces it.
    /// Digit groups (`2212 2857`) are joined only after a label; elsewhere spaces and hyphens part
    /// numbers, as they do between a date, an amount and a phone number.
    /// - Parameter labelEnds: where labels end in the text, when the caller has found them already.
    static func tokens(in folded: [UInt8], labelEnds: [Int]? = nil) -> [Token] {
        let labelEnds = labelEnds ?? self.labelEnds(in: folded)
        var tokens: [Token] = []
        // One buffer for every word of the line; a token is copied out only when it is order-shaped.
        var token: [UInt8] = []
        var index = 0
        while index < folded.count {
            guard folded[index].isASCIIAlphanumeric, index == 0 || !folded[index - 1].isASCIIAlphanumeric else {
                index += 1
                continue
            }
            let labelled = labelEnds.contains { end in end <= index && isGlue(folded[end..<index]) }
            var end = index
            token.removeAll(keepingCapacity: true)
            while end < folded.count {
                let byte = folded[end]
                if byte.isASCIIAlphanumeric {
                    token.append(byte >= 0x61 ? byte & ~0x20 : byte)
                    end += 1
                } else if (byte == 0x20 || byte == 0x2D || byte == 0x5F), end + 1 < folded.count,
                    folded[end + 1].isASCIIDigit,
                    token == allsoftUpper || (labelled && TextNormalizer.joinsDigitGroups(folded, separatorAt: end))
                {
                    if token == allsoftUpper { token.append(0x2D) }
                    end += 1
                } else {
                    break
                }
            }
            if OrderNumberClassifier.isOrderShaped(token), !excluded(folded, start: index, end: end, labelled: labelled)
            {
                tokens.append(Token(compact: token, labelled: labelled, range: index..<end))
            }
            index = end
        }
        return tokens
    }

    /// Numbers that running text holds for other reasons: a phone number after `+`, a date
    /// written `20240512`, an amount beside its currency.
    private static func excluded(_ folded: [UInt8], start: Int, end: Int, labelled: Bool) -> Bool {
        guard !labelled else { return false }
        if start > 0, folded[start - 1] == UInt8(ascii: "+") { return true }
        let digits = folded[start..<end]
        if digits.count == 8, digits.allSatisfy(\.isASCIIDigit), OrderNumberShape.isDate(Array(digits)) { return true }
        let before = folded[..<start].reversed().drop { $0 == 0x20 }
        let after = folded[end...].drop { $0 == 0x20 }
        return TextNormalizer.amountMarks.contains { currency in
            after.starts(with: currency) || before.starts(with: currency.reversed())
        }
    }

    private static let allsoftUpper = Array("ALLSOFT".utf8)
    private static let allsoftLower = Array("allsoft".utf8)

    /// `allsoft 22123406` and `allsoft_22123406` are `ALLSOFT-22123406` typed another way.
    private static func canonicalAllsoftPrefix(_ core: [UInt8]) -> [UInt8] {
        let prefix = allsoftLower
        guard core.count > prefix.count + 1, core.starts(with: prefix),
            [0x20, 0x5F].contains(core[prefix.count]), core[prefix.count + 1].isASCIIDigit
        else { return core }
        var out = core
        out[prefix.count] = 0x2D
        return out
    }

    private static let labelIndex = PhraseIndex(labels)

    /// Where the labels in the text end.
    static func labelEnds(in folded: [UInt8]) -> [Int] {
        // A Latin label starts a word: `border 123` is no `order`.
        labelIndex.occurrences(in: folded) { start, _ in
            start == 0 || !(folded[start].isASCIILetter && folded[start - 1].isASCIILetter)
        }.map(\.end)
    }

    /// Whether only punctuation, brackets and joining words stand between a label and a number.
    private static func isGlue(_ gap: ArraySlice<UInt8>) -> Bool {
        guard gap.count <= longestGlue else { return false }
        var index = gap.startIndex
        while index < gap.endIndex {
            guard let skip = glueLength(gap, at: index, words: true) else { return false }
            index += skip
        }
        return true
    }

    /// The length of the glue at `index` (punctuation, a glue character, or a glue word), or `nil`.
    private static func glueLength(_ bytes: ArraySlice<UInt8>, at index: Int, words: Bool) -> Int? {
        let byte = bytes[index]
        if byte < 0x80, !byte.isASCIIAlphanumeric { return 1 }
        // Every glue character is outside ASCII; glue words are ASCII letters.
        if byte >= 0x80 {
            for glue in glueCharacters where bytes[index...].starts(with: glue) { return glue.count }
        }
        guard words, byte.isASCIILetter else { return nil }
        let word = bytes[index...].prefix(while: \.isASCIILetter)
        return glueWords.contains(Array(word)) ? word.count : nil
    }

    /// What may close an order number typed in a sentence: the glue characters, `。` and `です`.
    private static let trailingGlue: [[UInt8]] = (glueCharacters + [Array("。".utf8), Array("です".utf8)]).map {
        $0.reversed()
    }

    private static func trailingGlueLength(_ bytes: [UInt8], before end: Int) -> Int? {
        let byte = bytes[end - 1]
        if byte < 0x80 { return byte.isASCIIAlphanumeric ? nil : 1 }
        for glue in trailingGlue where bytes[..<end].reversed().starts(with: glue) { return glue.count }
        return nil
    }
}
