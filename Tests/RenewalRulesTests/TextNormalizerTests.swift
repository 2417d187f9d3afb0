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
