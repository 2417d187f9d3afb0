import Foundation
import JSONTestSupport
import RenewalDocuments
import RenewalRules
import Testing

@testable import RenewalService

/// Every problem is an RFC 9457 object that parses, with its texts exactly and its keys sorted.
@Suite struct ProblemDetailsTests {
    @Test func problemsParse() throws {
        let errors: [ServiceError] = [
            .badRequest(LocalizedText(ja: "不正 \"x\"\n", en: "bad \"x\"\n")),
            .notFound(LocalizedText(ja: "/a/b", en: "/a/b")),
            .internalError, .draining, .protocolError(.badRequest, "Invalid header."),
        ]
        for error in errors {
            for language in Language.allCases {
                let problem = error.problem(in: language)
                let bytes = problem.jsonBytes()
                let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
                #expect(object["detail"] as? String == problem.detail)
                #expect(object["status"] as? Int == problem.status)
                #expect(object["title"] as? String == problem.title)
                #expect(object["type"] as? String == problem.type)
                #expect(keysOutOfOrder(bytes).isEmpty)
            }
        }
    }
}
