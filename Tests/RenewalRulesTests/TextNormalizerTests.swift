import Testing

@testable import RenewalRules

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("２２１２２８５７", "22122857"),
        ("ＫＡＳＰＥＲＳＫＹＬＡＢ", "kasperskylab"),
        ("  Kaspersky \t Lab\n2Checkout  ", "kaspersky lab 2checkout"),
        ("DR＊Kaspersky　Lab", "dr*kaspersky lab"),
        ("ｶｽﾍﾟﾙｽｷｰ", "カスペルスキー"),
        ("A\u{0}B", "a b"),
        ("", ""),
        ("   ", ""),
    ])
    func fold(raw: String, folded: String) {
        #expect(TextNormalizer.fold(raw) == folded)
    }

    @Test(arguments: [
        ("2212 2857", "22122857"),
        ("2212-2857", "22122857"),
        ("205 6477 8810", "20564778810"),
        ("allsoft-22123406", "ALLSOFT-22123406"),
        ("2a123bec45d", "2A123BEC45D"),
        ("a 123", "A 123"),
        ("22122857 21992673", "22122857 21992673"),
    ])
    func compactOrderNumber(folded: String, compact: String) {
        #expect(TextNormalizer.compactOrderNumber(folded) == compact)
    }

    @Test func rawInputIsKeptBesideTheNormalisedForm() {
        let result = Identifier.identify("　２２１２ ２８５７　")
        #expect(result.query == "　２２１２ ２８５７　")
        #expect(result.normalized == "22122857")
        #expect(result.provider == .twoCheckout)
    }
}

/// The fast path for Japanese statement text must agree with Foundation's NFKC, scalar by scalar.
@Suite struct JapaneseFastPathTests {
    static let ranges: [ClosedRange<UInt32>] = [
        0xFF01...0xFF5E, 0x3000...0x3003, 0x300C...0x300F, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF,
    ]

    @Test func everyScalarOnTheFastPathMatchesFoundation() {
        var checked = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "A" + String(scalar) + "b"
                let fast = TextNormalizer.foldedCommonJapanese(text)
                #expect(fast == TextNormalizer.foldedViaFoundation(text), "U+\(String(value, radix: 16))")
                checked += 1
            }
        }
        #expect(checked > 20_000)
    }

    @Test func otherTextTakesTheSlowPath() {
        #expect(TextNormalizer.foldedCommonJapanese("ｶｽﾍﾟﾙｽｷｰ") == nil)  // half-width kana compose under NFKC
        #expect(TextNormalizer.foldedCommonJapanese("Ä") == nil)
        #expect(TextNormalizer.fold("ｶｽﾍﾟﾙｽｷｰ") == "カスペルスキー")
    }

    @Test func statementLineFoldsTheSameEitherWay() {
        let line = "ＤＲ＊ＫＡＳＰＥＲＳＫＹ　ＬＡＢ　東京　カード利用"
        #expect(TextNormalizer.foldedCommonJapanese(line) == TextNormalizer.foldedViaFoundation(line))
    }

    @Test func aRunOfCombiningMarksIsCutToTheStreamSafeThirty() {
        let folded = TextNormalizer.fold("a" + String(repeating: "\u{0301}", count: 2_000) + "b")
        // NFKC composes the first mark with the letter (á); 29 of the rest stay, then `b`.
        #expect(folded.unicodeScalars.count <= TextNormalizer.maximumNonStarters + 2)
        #expect(folded.unicodeScalars.first == "\u{E1}")
        #expect(folded.unicodeScalars.last == "b")
        #expect(TextNormalizer.fold("e\u{0301}\u{0323}") == "ẹ́")  // an ordinary pair of marks is kept
    }

    @Test func aFoldedFormIsNeverMoreThanTwiceItsInput() {
        let expanding = String(repeating: "\u{FDFA}", count: 300)  // each becomes 18 letters under NFKC
        let folded = TextNormalizer.foldedBytes(expanding)
        #expect(folded.count <= expanding.utf8.count * TextNormalizer.maximumExpansion)
        #expect(folded.count > expanding.utf8.count)
        #expect(String(validating: folded, as: UTF8.self) != nil)
        // Ordinary text that NFKC lengthens a little is left whole.
        #expect(TextNormalizer.fold("㈱ｶｽﾍﾟﾙｽｷｰ ﬁ") == "(株)カスペルスキー fi")
        // The cut falls between characters, wherever the limit lands.
        for count in 1...8 {
            let text = String(repeating: "\u{FDFA}", count: count) + "é"
            #expect(String(validating: TextNormalizer.foldedBytes(text), as: UTF8.self) != nil)
        }
    }
}
