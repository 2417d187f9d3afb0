import Testing

@testable import RenewalRules

/// The indexes that make matching fast must answer exactly what a plain search answers.
@Suite struct MatchingIndexTests {
    /// Every descriptor skeleton, and look-alikes that share their starts.
    private static let strings: [[UInt8]] =
        (RuleBook.standard.statementDescriptors.flatMap(\.searchTerms) + [
            "kaspersky", "kasper", "k", "kaspersky lab 2checkou",
        ])
        .map { TextNormalizer.foldedBytes($0).filter(\.isASCIIAlphanumeric) }

    private static let lines = [
        "2026/10/03 DR*Kaspersky Lab  Cork IE +353-1-555-0100  JPY 4,980", "KASPERSKYLAB MOSCOW RU",
        "kaspersky kasperskylab.vn kasperskyapplepay", "Kaspersky Lab 2Checkou TOKYO", "2CO.com*alliance.kaspersky",
        "kkkk", "", "verisium", "ＤＲ＊ＫＡＳＰＥＲＳＫＹ",
    ].map { TextNormalizer.foldedBytes($0).filter(\.isASCIIAlphanumeric) }

    @Test(arguments: lines)
    func prefixIndexAgreesWithComparingEveryString(line: [UInt8]) {
        let index = PrefixIndex(Self.strings)
        line.withUnsafeBufferPointer { text in
            for position in text.indices {
                var found: [Int: Int] = [:]
                index.forEachCommonPrefix(in: text, at: position) { string, length in found[string] = length }
                for (string, bytes) in Self.strings.enumerated() where bytes.first == line[position] {
                    let expected = zip(line[position...], bytes).prefix { $0 == $1 }.count
                    #expect(found[string] == expected, "string \(string) at \(position)")
                }
                #expect(found.count == Self.strings.filter { $0.first == line[position] }.count)
            }
        }
    }

    @Test func byteStringFilterNeverForgetsWhatItHolds() {
        let held = Self.strings + (0..<2_000).map { Array("fragment\($0)".utf8) }
        let filter = ByteStringFilter(held)
        for string in held {
            #expect(filter.mayContain(string))
            #expect(filter.mayContain(bit: ByteStringFilter.bit(of: string[...])))
        }
        // It is a filter, not a yes-machine: most strings it never saw are ruled out.
        let absent = (0..<1_000).map { Array("absent word \($0)".utf8) }
        #expect(absent.filter { filter.mayContain($0) }.count < 200)
    }

    @Test func theShapeGateAdmitsEverythingAShapeFits() {
        let samples =
            RuleBook.standard.orderNumberFormats.flatMap(\.examples) + [
                "ALLSOFT22123406", "A1234567", "2A", "3ZZZ999", "22122857A", "0123456789012", "AB", "12", "20240512",
                "ALLSOFT-1", "2", "A-12345678", "1A2B3C4D5E6", "ZZZZZZZZ",
            ]
        let shapes: [OrderNumberShape] =
            RuleBook.standard.orderNumberFormats.map(\.shape) + [
                .prefix("12"), .prefix("X-"), .digits(3...5), .mixed(startingWith: "Z1"),
            ]
        for sample in samples {
            let compact = TextNormalizer.compactOrderBytes(Array(sample.utf8))
            let digitsOnly = compact.allSatisfy(\.isASCIIDigit)
            for shape in shapes where shape.fit(compact) != nil {
                #expect(ShapeGate(shape).admits(compact, digitsOnly: digitsOnly), "\(shape) fits \(sample)")
            }
        }
        #expect(!ShapeGate(.digits(8...8)).admits(Array("2212285".utf8), digitsOnly: true))
        #expect(!ShapeGate(.prefix("A")).admits(Array("B12345678".utf8), digitsOnly: false))
    }

    @Test func noStatementRuleMatchesALineWithoutALatinLetter() {
        // The statement reading skips such lines; this holds only while every rule has a letter.
        #expect(RuleBook.standard.descriptorMatcher.needsALetter)
        #expect(RuleBook.standard.patternMatcher.needsALetter)
        let result = Identifier.identify("注文番号: 2212-2857", as: .descriptor)
        #expect(result.status == .unknown)
        #expect(Identifier.identify("注文番号: 2212-2857").provider == .twoCheckout)
        #expect(Identifier.identify("カスペルスキー 2,400円").status == .sellerUnknown)
    }
}
