import Foundation
import MicroHTTP
import RenewalService
import Testing

/// The worst-case answer of each heavy operation, held: an answer is bounded by what it says, not
/// by what was sent. Each input below is the largest the default limits accept (1 MiB bodies, 64 KiB
/// forms and queries, 1,000 batch items, 20,000 statement lines), shaped to make the answer as long
/// as it can be: repeated lines, distinct matching lines, long texts in a script that takes three
/// bytes a character, many set-aside addresses, and every guide.
///
/// | Operation | Worst-case answer |
/// |---|---|
/// | `POST /identify`, one query | 1 MB |
/// | `POST /identify`, a batch with `include=guide` | 4 MB |
/// | `POST /scan` | 2 MB |
/// | the page (`GET /?q=`, `POST /`) | 2 MB |
@Suite struct AnswerSizeBoundTests {
    let service = standardService
    static let body = 1 << 20

    /// A text of `count` bytes or just under, repeating `unit`.
    static func filled(_ unit: String, bytes count: Int, separator: String = "\n") -> String {
        let times = count / (unit.utf8.count + separator.utf8.count)
        return Array(repeating: unit, count: times).joined(separator: separator)
    }

    private func post(
        _ path: String, _ body: String, contentType: String, query: [(String, String)] = []
    )
        -> HTTPResponse
    {
        #expect(body.utf8.count <= Self.body, "the input fits the default body limit")
        return service.respond(
            to: .make(.post, path, query: query, headers: [("Content-Type", contentType)], body: body))
    }

    static let statements: [(String, String)] = [
        (
            "identical",
            Array(repeating: "KASPERSKY 2CO.COM*KASPERSKY DR*KASPERSKY", count: 20_000).joined(separator: "\n")
        ),
        ("distinct", (1...20_000).map { "2025/04/\($0 % 28 + 1) KASPERSKYLAB \($0)" }.joined(separator: "\n")),
        (
            "long distinct",
            (1...300).map { "\($0) " + String(repeating: "カスペルスキー", count: 140) + " KASPERSKYLAB" }
                .joined(separator: "\n")
        ),
        ("addresses", (1...8_000).map { "kaspersky x\($0)@kaspersky.com" }.joined(separator: "\n")),
        ("store charges", (0..<20_000).map { "2025/04/\($0 % 28 + 1) APPLE.COM/BILL ¥\($0)" }.joined(separator: "\n")),
    ]

    @Test(arguments: statements.map(\.0))
    func aScanAnswersWithinTwoMegabytes(name: String) {
        let text = Self.statements.first { $0.0 == name }?.1 ?? ""
        let response = post("/scan", text, contentType: "text/plain", query: [("lang", "en")])
        #expect(response.status == .ok, "\(name)")
        #expect(response.body.count < 2_000_000, "\(name): \(response.body.count) bytes")
    }

    /// Queries of up to 64 KiB that make one answer as long as it can be.
    static let queries: [(String, String)] = [
        (
            "descriptors",
            filled("2CO.COM*KASPERSKY DR*KASPERSKY NW*KASPERSKY KASPERSKYLAB", bytes: 65_000, separator: " ")
        ),
        ("addresses", filled("x@kaspersky.com", bytes: 65_000, separator: " ")),
        ("order numbers", filled("注文番号: 22122857 / 1234567-12345 / 12345678901234", bytes: 65_000)),
        ("katakana", filled("カスペルスキー", bytes: 65_000, separator: "")),
        (
            "every seller",
            filled(
                "KASPERSKYLAB 2CO.COM*KASPERSKY DR*KASPERSKY NW*KASPERSKY APPLE.COM/BILL KASPERSKY "
                    + "GOOGLE*KASPERSKY HUAWEI KASPERSKY ALLSOFT-22123406 22122857 my.kaspersky.com", bytes: 65_000)
        ),
        ("quoted mail", filled("> To: a@b.jp\n> From: c@kaspersky.com\n> Subject: Kaspersky", bytes: 65_000)),
    ]

    @Test(arguments: queries.map(\.0))
    func oneAnswerStaysWithinAMegabyte(name: String) {
        let text = Self.queries.first { $0.0 == name }?.1 ?? ""
        let body =
            "{\"query\": \(String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast())}"
        let response = post("/identify", body, contentType: "application/json", query: [("include", "guide")])
        #expect(response.status == .ok, "\(name)")
        #expect(response.body.count < 1_000_000, "\(name): \(response.body.count) bytes")
    }

    @Test(arguments: queries.map(\.0))
    func aBatchWithGuidesStaysWithinFourMegabytes(name: String) throws {
        let text = Self.queries.first { $0.0 == name }?.1 ?? ""
        // A thousand items sharing the 1 MiB body: each as long as it may be to fit.
        var item = Substring(text)
        var encoded = ""
        repeat {
            encoded = String(decoding: try JSONSerialization.data(withJSONObject: [String(item)]), as: UTF8.self)
            item = item.dropLast(max(1, (encoded.utf8.count - 1_000) / 3))
        } while encoded.utf8.count > 1_020
        let items = Array(repeating: "{\"query\":\(encoded.dropFirst().dropLast())}", count: 1_000)
        let response = post(
            "/identify", "[\(items.joined(separator: ","))]", contentType: "application/json",
            query: [("include", "guide")])
        #expect(response.status == .ok, "\(name)")
        #expect(response.body.count < 4_000_000, "\(name): \(response.body.count) bytes")
    }

    @Test(arguments: statements.map(\.0))
    func thePageAnswersWithinTwoMegabytes(name: String) {
        // The form takes 64 KiB: the statement's first lines that fit.
        var form = "lang=en&q="
        for line in (Self.statements.first { $0.0 == name }?.1 ?? "").split(separator: "\n") {
            let encoded = (line + "\n").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            guard form.utf8.count + encoded.utf8.count <= 65_536 else { break }
            form += encoded
        }
        let response = post("/", form, contentType: "application/x-www-form-urlencoded")
        #expect(response.status == .ok, "\(name)")
        #expect(response.body.count < 2_000_000, "\(name): \(response.body.count) bytes")
    }

    /// Past the answer's limit, the items left are not identified but each gets a problem saying
    /// to send it again: the client loses no item and knows which to resend.
    @Test func itemsPastTheLimitAreAnsweredWithAProblemToResend() throws {
        let item =
            #"{"query": "KASPERSKYLAB 2CO.COM*KASPERSKY DR*KASPERSKY NW*KASPERSKY APPLE.COM/BILL KASPERSKY "#
            + #"GOOGLE*KASPERSKY HUAWEI KASPERSKY ALLSOFT-22123406 22122857 my.kaspersky.com"}"#
        let response = post(
            "/identify", "[" + Array(repeating: item, count: 1_000).joined(separator: ",") + "]",
            contentType: "application/json", query: [("lang", "en")])
        #expect(response.body.count < 4_000_000)
        let items = response.array
        #expect(items.count == 1_000)
        let answered = items.prefix { $0["problem"] == nil }.count
        #expect(answered > 500 && answered < 1_000, "\(answered) answered")
        let problem = try #require(items.last?["problem"] as? [String: Any])
        #expect(problem["status"] as? Int == 413)
        #expect((problem["detail"] as? String)?.contains("Send the items left unanswered again") == true)
        #expect(items.dropFirst(answered).allSatisfy { $0["problem"] != nil }, "no answer after the first refusal")
    }
}
