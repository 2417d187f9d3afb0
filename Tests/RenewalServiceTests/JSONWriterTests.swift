import Foundation
import RenewalRules
import Testing

@testable import RenewalService

/// The hand-written JSON must be byte for byte what `JSONEncoder` (sorted keys, unescaped slashes)
/// writes for the same documents, so the fast path cannot drift from the Codable contract.
@Suite struct JSONWriterTests {
    private func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static let inputs = [
        "22122857", "2CO.com*kaspersky", "KASPERSKY", "", "ＡＬＬＳＯＦＴ－２２１２３４０６", "KASPERSKYLAB DR*EFMSPL",
        "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{7} nul \u{0} esc \u{1B}", "1234567890",
        "emoji 🎉 and 日本語 and \u{2028}", "Kaspersky Lab 2Checkou TOKYO",
        // The newer fields: an intermediary and a next step, a source without a URL, two numbers.
        "PAYPAL *KASPERSKY", "DRI*KASPERSKY", "GOOGLE *Kaspersky", "22122857 21992673", "22122857 (Digital River)",
    ]

    @Test(arguments: inputs, Language.allCases)
    func identificationMatchesJSONEncoder(input: String, language: Language) throws {
        let document = IdentificationDocument(Identifier.identify(input), language: language)
        var writer = JSONWriter()
        writer.identification(document)
        #expect(writer.bytes == (try encoded(document)), "\(input)")
    }

    @Test func problemMatchesJSONEncoder() throws {
        let errors: [ServiceError] = [
            .badRequest(LocalizedText(ja: "不正 \"x\"\n", en: "bad \"x\"\n")),
            .notFound(LocalizedText(ja: "/a/b", en: "/a/b")),
            .internalError, .draining, .protocolError(.badRequest, "Invalid header."),
        ]
        for error in errors {
            for language in Language.allCases {
                var writer = JSONWriter()
                writer.problem(error.problem(in: language))
                #expect(writer.bytes == (try encoded(error.problem(in: language))))
            }
        }
    }

    @Test(arguments: [0.0, 1.0, 0.95, 0.99, 0.2, 0.45, 0.84, 0.6])
    func numbersMatchJSONEncoder(value: Double) throws {
        var writer = JSONWriter()
        writer.number(value)
        #expect(writer.bytes == (try encoded(value)))
    }
}
