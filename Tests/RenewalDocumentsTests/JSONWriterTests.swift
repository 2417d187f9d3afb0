import Foundation
import JSONTestSupport
import RenewalRules
import Testing

@testable import RenewalDocuments

/// The writer is the one JSON serialiser: what it writes must parse, give back every string exactly,
/// and keep keys sorted at every depth.
@Suite struct JSONWriterTests {
    static let inputs = [
        "22122857", "2CO.com*kaspersky", "KASPERSKY", "", "ＡＬＬＳＯＦＴ－２２１２３４０６", "KASPERSKYLAB DR*EFMSPL",
        "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{7} nul \u{0} esc \u{1B} del \u{7F}",
        "1234567890",
        "emoji 🎉 and 日本語 and \u{2028}", "Kaspersky Lab 2Checkou TOKYO",
        // The newer fields: an intermediary and a next step, a source without a URL, two numbers.
        "PAYPAL *KASPERSKY", "DRI*KASPERSKY", "GOOGLE *Kaspersky", "22122857 21992673", "22122857 (Digital River)",
    ]

    private func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test(arguments: inputs, Language.allCases)
    func identificationParsesAndKeepsTheQueryExactly(input: String, language: Language) throws {
        let document = IdentificationDocument(Identifier.identify(input), language: language)
        let bytes = document.jsonBytes()
        let object = try object(bytes)
        #expect(object["query"] as? String == input)
        #expect(object["normalized"] as? String == document.normalized)
        #expect(object["reason"] as? String == document.reason)
        #expect(object["confidence"] as? Double == document.confidence)
        #expect((object["candidates"] as? [Any])?.count == document.candidates.count)
        #expect(keysOutOfOrder(bytes).isEmpty, "\(input)")
    }

    /// Integral values without a fraction, as a client would write them; the rest as Swift prints
    /// them, which reads back to the same `Double`.
    @Test(arguments: [(0.0, "0"), (1.0, "1"), (0.95, "0.95"), (0.99, "0.99"), (0.2, "0.2"), (0.45, "0.45")])
    func numbers(value: Double, text: String) throws {
        var writer = JSONWriter()
        writer.number(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == text)
    }

    @Test func theSortedKeyCheckFindsDisorder() {
        #expect(keysOutOfOrder(Array(#"{"a":1,"b":{"d":[{"x":1,"y":2}],"c":2}}"#.utf8)) == ["c"])
        #expect(keysOutOfOrder(Array(#"{"b":"a:","a":"\"}"}"#.utf8)) == ["a"])
        #expect(keysOutOfOrder(Array(#"{"a":["z","y"],"b":1}"#.utf8)).isEmpty)
    }
}
