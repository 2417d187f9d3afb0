/// How running text lists order numbers: after a label, several joined by `と`, `and` or a comma,
/// or nothing but order numbers and punctuation.
extension Identifier {
    /// The labelled numbers, and the unlabelled ones listed right after one (`注文番号: 22122857 と
    /// 20564778810`): a number further off (a receipt's total, a slip number) is no order number.
    static func listedAfterALabel(
        _ tokens: [OrderNumberExtractor.Token], in folded: [UInt8]
    ) -> [OrderNumberExtractor.Token] {
        var listed: [OrderNumberExtractor.Token] = []
        for token in tokens {
            if token.labelled {
                listed.append(token)
            } else if let last = listed.last, last.range.upperBound <= token.range.lowerBound,
                token.range.lowerBound - last.range.upperBound <= listGap,
                !folded[last.range.upperBound..<token.range.lowerBound].contains(where: \.isASCIIAlphanumeric)
                    || isListWord(folded[last.range.upperBound..<token.range.lowerBound])
            {
                listed.append(token)
            }
        }
        return listed
    }

    /// How far apart two listed order numbers may stand, in bytes (`、`, ` and `, ` と `).
    static let listGap = 8

    static func isListWord(_ gap: ArraySlice<UInt8>) -> Bool {
        let word = gap.filter(\.isASCIILetter)
        return word.elementsEqual("and".utf8) || word.elementsEqual("or".utf8)
    }

    /// ASCII with at least as many digits as letters, and no word of letters alone: what a list of
    /// order numbers looks like, and a statement line rarely does. A cheap test before looking for
    /// the list; a word without a digit (`dr`, `jpy`) can be in no order number, so with one the list
    /// reading could never account for every letter.
    static func mayBeAList(_ folded: [UInt8]) -> Bool {
        var balance = 0
        var wordHasDigit = false
        var inWord = false
        for byte in folded {
            if byte >= 0x80 { return false }
            if byte.isASCIIAlphanumeric {
                if !inWord { (inWord, wordHasDigit) = (true, false) }
                if byte.isASCIIDigit {
                    balance += 1
                    wordHasDigit = true
                } else {
                    balance -= 1
                }
            } else {
                if inWord, !wordHasDigit { return false }
                inWord = false
            }
        }
        return balance >= 0 && (!inWord || wordHasDigit)
    }
}
