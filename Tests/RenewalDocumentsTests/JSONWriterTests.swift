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

    /// Each member gets its comma at every depth: after a nested object, inside an array of
    /// objects, after an empty object, and where a member is left out.
    @Test func membersGetTheirCommasAtEveryDepth() {
        let leftOut: String? = nil
        var writer = JSONWriter()
        writer.object {
            $0.member("a", 1)
            $0.key("b")
            $0.object { $0.member("c", [true, false]) }
            $0.member("d", [1, 2]) { writer, number in writer.object { $0.member("n", number) } }
            if let leftOut { $0.member("e", leftOut) }
            $0.key("f")
            $0.object { _ in }
            $0.member("g", leftOut)
            $0.member("h", GuidePath("allsoft"))
            $0.member("i", token: "t")
            $0.member("j", json: Array("[1]".utf8))
        }
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"a":1,"b":{"c":[true,false]},"d":[{"n":1},{"n":2}],"f":{},"g":null,"h":"/guide/allsoft","i":"t","j":[1]}"#
        )
    }

    @Test func theSortedKeyCheckFindsDisorder() {
        #expect(keysOutOfOrder(Array(#"{"a":1,"b":{"d":[{"x":1,"y":2}],"c":2}}"#.utf8)) == ["c"])
        #expect(keysOutOfOrder(Array(#"{"b":"a:","a":"\"}"}"#.utf8)) == ["a"])
        #expect(keysOutOfOrder(Array(#"{"a":["z","y"],"b":1}"#.utf8)).isEmpty)
    }
}
