import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

/// `GET /` and `POST /`: the page for people, rendered on the server.
@Suite struct PageTests {
    let service = standardService

    @Test func theFormAloneInJapaneseWithItsSecurityHeaders() {
        let response = service.respond(to: .make(.get, "/"))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.text.contains(#"<html lang="ja">"#))
        #expect(response.text.contains(#"<label for="q">"#))
        #expect(!response.text.contains("<article"))
        let policy = response.headers["Content-Security-Policy"] ?? ""
        for directive in ["default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"] {
            #expect(policy.contains(directive))
        }
        #expect(!policy.contains("unsafe-inline"))
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        #expect(response.headers["Referrer-Policy"] == "no-referrer")
        #expect(response.headers["Cache-Control"] == "no-store")
        // No inline script or style for the policy to have to allow.
        #expect(
            !response.text.contains("<script>") && !response.text.contains("<style")
                && !response.text.contains("style="))
    }

    /// Control characters or invisibles alone ask nothing, as blanks do: the form, not an error (what
    /// schemathesis found: `GET /?q=%C2%8A%C2%84` was a 400 for a query its schema allows).
    @Test(arguments: ["\u{8A}\u{84}", "\u{11}", " \u{200B} ", "\u{0}\n\u{7F}"])
    func invisibleTextAsksNothing(text: String) {
        let response = service.respond(to: .make(.get, "/", query: [("q", text)]))
        #expect(response.status == .ok)
        #expect(!response.text.contains("<article") && !response.text.contains(#"role="alert""#))
        let posted = service.respond(
            to: .make(
                .post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "q=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"))
        #expect(posted.status == .ok)
    }

    @Test func anOrderNumberAnsweredInEnglishWithItsGuide() {
        let response = service.respond(to: .make(.get, "/", query: [("q", "注文番号: 2212-2857"), ("lang", "en")]))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Language"] == "en")
        let page = response.text
        #expect(page.contains(#"<html lang="en">"#))
        #expect(page.contains(#"<dd class="provider">2Checkout</dd>"#))
        #expect(page.contains("Almost certain (95%)"))
        #expect(page.contains("[<kbd>My Products</kbd>]"))
        #expect(page.contains("Details to give customer service:"))
        #expect(page.contains("The order number from the confirmation e-mail"))
        // The switch keeps the question.
        #expect(page.contains(#"href="/?lang=ja&amp;q=%E6%B3%A8"#))
    }

    @Test func englishStepsShowTheJapaneseScreenLabelBeside() {
        let page = service.respond(to: .make(.get, "/", query: [("q", "APPLE.COM/BILL KASPERSKY"), ("lang", "en")]))
            .text
        #expect(page.contains(#"<span class="original" lang="ja">"#))
    }

    @Test func aStatementShowsOnlyTheRelatedLinesWithTheirNumbers() {
        let statement = "2026/10/01 AMAZON.CO.JP 1,200\n2026/10/03 DR*Kaspersky Lab 4,980\nローソン 渋谷店 540\n"
        let page = service.respond(to: .make(.get, "/", query: [("q", statement)])).text
        #expect(page.contains("3行を読み、カスペルスキーに関係する行は1行でした"))
        #expect(page.contains(#"<span class="line">行 2</span>"#))
        #expect(page.contains("Digital River"))
        #expect(!page.contains("AMAZON.CO.JP</bdi>"))
    }

    @Test func aCSVExportIsReadByItsColumns() {
        let csv = "利用日,ご利用店名,利用金額\n2026/10/01,AMAZON.CO.JP,1200\n2026/10/03,\"2CO.com*kaspersky\",4980\n"
        #expect(PageAnswer.looksLikeCSV(csv.split(whereSeparator: \.isNewline)))
        let page = service.respond(to: .make(.get, "/", query: [("q", csv)])).text
        #expect(page.contains(#"<span class="line">行 3</span>"#))
        #expect(page.contains("2Checkout"))
    }

    @Test func aFormPostAnswersAsTheLinkDoes() {
        let response = service.respond(
            to: .make(
                .post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "lang=en&q=DR%2AEFMSPL"))
        #expect(response.status == .ok)
        #expect(response.text.contains(#"<dd class="provider">Digital River</dd>"#))
        let json = service.respond(
            to: .make(.post, "/", headers: [("Content-Type", "application/json")], body: #"{"q":"x"}"#))
        #expect(json.status == .badRequest)
        #expect(json.text.contains(#"class="error""#))
    }

    @Test func whatCannotBeLookedUpIsSaidOnThePage() {
        let long = service.respond(
            to: .make(
                .post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "q=" + String(repeating: "a", count: 65_537)))
        #expect(long.status == .badRequest)
        #expect(long.text.contains("64 KB"))
        #expect(long.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(long.text.contains(#"role="alert""#))
        // A language that does not exist is the default, not an error, on a page.
        #expect(service.respond(to: .make(.get, "/", query: [("lang", "xx")])).status == .ok)
    }

    /// Markup in what was pasted comes back as text. A quote followed by a combining mark is one
    /// character to swift-mustache's own escaper, which would let it end the `value` attribute.
    @Test(arguments: [
        #"<script>alert(1)</script>"#, "\"\u{301} autofocus onfocus=alert(1) x=\"",
        "'\u{301}><img src=x onerror=alert(1)>",
        "\u{202E}kaspersky <b>bold</b>", "</textarea><script>alert(1)</script>",
    ])
    func pastedMarkupIsShownAsText(hostile: String) {
        let page = service.respond(to: .make(.get, "/", query: [("q", hostile)])).text
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>bold"))
        let quoteBreakout = "\"\u{301} autofocus"
        let apostropheBreakout = "'\u{301}>"
        #expect(!page.contains(quoteBreakout))
        #expect(!page.contains(apostropheBreakout))
        #expect(page.contains("&lt;") || page.contains("&quot;") || page.contains("&#39;"))
    }

    @Test func theByteEscaperEscapesWhatACombiningMarkFollows() {
        let shielded = "\"\u{301}<\u{301}&'"
        let escaped = "&quot;\u{301}&lt;\u{301}&amp;&#39;"
        #expect(ByteEscapedHTML().escapeText(shielded) == escaped)
        #expect(ByteEscapedHTML().escapeText("カスペルスキー") == "カスペルスキー")
    }

    @Test func framingIsAllowedOnlyWhereConfigured() throws {
        let configuration = try ServiceConfiguration(values: [.frameAncestors: "https://support.example.com 'self'"])
        let framed = makeService { $0 = configuration }
        #expect(
            framed.respond(to: .make(.get, "/")).headers["Content-Security-Policy"]?.hasSuffix(
                "frame-ancestors https://support.example.com 'self'") == true)
        #expect(throws: ConfigurationError.self) {
            try ServiceConfiguration(values: [.frameAncestors: "*; script-src *"])
        }
        #expect(throws: ConfigurationError.self) {
            try ServiceConfiguration(values: [.frameAncestors: "https://a.example;"])
        }
        #expect(throws: ConfigurationError.self) { try ServiceConfiguration(values: [.frameAncestors: ""]) }
    }

    @Test func theTwoAssetsAreServedWithTheirTypes() {
        let css = service.respond(to: .make(.get, "/page.css"))
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(css.text.contains(":focus-visible"))
        let script = service.respond(to: .make(.get, "/page.js"))
        #expect(script.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(script.headers["X-Content-Type-Options"] == "nosniff")
        #expect(service.respond(to: .make(.post, "/page.js")).status == .methodNotAllowed)
    }

    /// The views are read by name, not by reflection: a name a template uses and no view declares
    /// would render as nothing, silently.
    @Test func everyNameTheTemplatesUseIsDeclared() throws {
        let keys: [[String]] = [
            Array(PageView.fields.keys), Array(PageView.Result.fields.keys), Array(PageView.Alternative.fields.keys),
            Array(PageView.SourceLink.fields.keys), Array(PageView.ScanSummary.fields.keys),
            Array(PageView.SetAsideItem.fields.keys), Array(PageView.ChargeTable.fields.keys),
            Array(PageView.ChargeRow.fields.keys),
            Array(PageView.Part.fields.keys), Array(PageView.Step.fields.keys), Array(PageView.Section.fields.keys),
            Array(PageView.GuideView.fields.keys), Array(PageText.fields.keys),
        ]
        let declared = Set(keys.joined())
        for template in [PackageResources.page_mustache, PackageResources.guide_mustache] {
            let text = String(decoding: template, as: UTF8.self)
            let names = try Regex(#"\{\{\{?[#^/]?([A-Za-z.]+)\}?\}\}"#)
            #expect(text.matches(of: names).count > 20)
            for match in text.matches(of: names) {
                let name = String(text[match.range]).trimmingCharacters(in: CharacterSet(charactersIn: "{}#^/"))
                guard name != "." else { continue }
                for part in name.split(separator: ".") {
                    #expect(declared.contains(String(part)), "\(name) is used by a template and declared by no view")
                }
            }
        }
    }
}

/// A pasted e-mail or a few sentences on the page are one message, identified as a whole, with
/// what was set aside listed; several statement lines are still scanned line by line.
@Suite struct PagePastedMessageTests {
    let service = standardService

    private func post(_ text: String, language: String) -> HTTPResponse {
        let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return service.respond(
            to: .make(
                .post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "q=\(encoded)&lang=\(language)"))
    }

    @Test func aForwardedEmailIsOneAnswerWithWhatWasSetAside() {
        let email =
            "---------- Forwarded message ---------\nFrom: Kaspersky <noreply@kaspersky.com>\nSubject: ご注文の確認\n"
            + "To: taro@example.jp\n\n注文番号: 20564778810\nhttps://www.kaspersky.co.jp/"
        let english = post(email, language: "en")
        #expect(english.status == .ok)
        #expect(english.text.contains(#"<dd class="provider">Digital River</dd>"#))
        #expect(english.text.contains("Set aside"))
        #expect(
            english.text.contains("an e-mail address of Kaspersky&#39;s, not a statement line")
                || english.text.contains("an e-mail address of Kaspersky's, not a statement line"))
        #expect(!english.text.contains(#"class="scan""#), "an e-mail is not scanned as a statement")
        let japanese = post(email, language: "ja")
        #expect(japanese.text.contains("読まなかった部分"))
    }

    @Test func anotherVendorIsNamedOnThePage() {
        let page = post("Norton 注文番号 22122857", language: "en")
        #expect(page.text.contains("Other vendor"))
        #expect(page.text.contains("Norton"))
        #expect(!page.text.contains(#"<dd class="provider">2Checkout</dd>"#))
    }

    @Test func statementLinesAreStillScanned() {
        let page = post("2026/10/01 セブン-イレブン 580\n2026/10/02 DR*EFMSPL 4,980", language: "en")
        #expect(page.text.contains(#"class="scan""#))
    }
}

/// The page is bounded by what it says, not by what was sent: identical lines once with their
/// numbers, at most 50 answers in full, the rest summed up by seller.
@Suite struct PageBoundTests {
    let service = standardService

    private func post(_ text: String) -> HTTPResponse {
        let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return service.respond(
            to: .make(
                .post, "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: "q=\(encoded)&lang=en"))
    }

    /// 20,000 lines of `kaspersky` answered 44 MB of HTML before: one answer now, with its lines.
    @Test func identicalLinesAreAnsweredOnce() {
        let page = post(Array(repeating: "kaspersky", count: 20_000).joined(separator: "\n"))
        #expect(page.status == .ok)
        #expect(page.body.count < 2_000_000, "\(page.body.count) bytes")
        #expect(page.text.components(separatedBy: #"<article class="result"#).count == 2)
        #expect(page.text.contains("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, … (+19980)"))
    }

    @Test func pastFiftyAnswersTheRestAreSummedUpBySeller() {
        let lines = (1...80).map { "2025/04/\($0 % 28 + 1) KASPERSKYLAB \($0 * 10)" }
        let page = post(lines.joined(separator: "\n"))
        #expect(page.text.components(separatedBy: #"<article class="result"#).count == 51)
        #expect(page.text.contains("30 more related lines, by seller: Allsoft: 30 lines (51, 52, 53"))
    }
}
