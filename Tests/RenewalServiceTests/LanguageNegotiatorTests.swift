import RenewalRules
import Testing

@testable import RenewalService

@Suite struct LanguageNegotiatorTests {
    let negotiator = LanguageNegotiator(defaultLanguage: .ja)

    @Test(arguments: [
        ("en", Language.en), ("ja-JP", .ja), ("en-US,en;q=0.9", .en), ("fr, en;q=0.5, ja;q=0.7", .ja),
        ("de", .ja), ("*", .ja), ("en;q=0, ja;q=0.1", .ja), ("EN-gb", .en), ("ja;q=0.2, en;q=0.9", .en), ("", .ja),
    ])
    func acceptLanguage(header: String, expected: Language) throws {
        #expect(try negotiator.language(queryParameter: nil, acceptLanguage: header) == expected)
    }

    @Test func queryParameterWins() throws {
        #expect(try negotiator.language(queryParameter: "en", acceptLanguage: "ja") == .en)
        #expect(throws: ServiceError.self) { try negotiator.language(queryParameter: "xx", acceptLanguage: nil) }
    }

    @Test(arguments: [("ja-JP", Language.ja), ("en-US", .en), ("EN", .en), ("en_GB", .en), ("JA", .ja)])
    func langTakesTagsAsBrowsersSendThem(tag: String, expected: Language) throws {
        #expect(try negotiator.language(queryParameter: tag, acceptLanguage: "ja") == expected)
    }

    @Test func anEmptyLangMeansNoChoice() throws {
        #expect(try negotiator.language(queryParameter: "", acceptLanguage: "en") == .en)
        #expect(try negotiator.language(queryParameter: "", acceptLanguage: nil) == .ja)
    }

    @Test(arguments: ["fr", "ja-", "en--US", "english", "en-toolongsubtag"])
    func anyOtherLangIsRefused(tag: String) {
        #expect(throws: ServiceError.self) { try negotiator.language(queryParameter: tag, acceptLanguage: nil) }
    }
}
