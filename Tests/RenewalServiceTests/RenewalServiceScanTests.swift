import Foundation
import MicroHTTP
import RenewalService
import Testing

/// `POST /scan`: whole statements, pasted or exported, in UTF-8 or Shift_JIS.
@Suite struct RenewalServiceScanTests {
    static let csv = """
        利用日,ご利用店名,利用金額
        2026/10/01,セブン-イレブン 渋谷店,580
        2026/10/02,DR*EFMSPL,4980
        2026/10/03,"AMAZON.CO.JP, マーケットプレイス",1200
        2026/10/07,PAYPAL *KASPERSKY,3980

        """

    private func scan(_ body: [UInt8], contentType: String?, query: [(String, String)] = []) -> HTTPResponse {
        var headers: [(String, String)] = []
        if let contentType { headers.append(("Content-Type", contentType)) }
        var fields = HTTPHeaders()
        for (name, value) in headers { fields.add(name: name, value: value) }
        let head = HTTPRequestHead(
            method: .post, target: "/scan", path: "/scan", query: query.map { (name: $0.0, value: $0.1) },
            version: .http11, headers: fields, framing: .contentLength(body.count))
        return standardService.respond(to: HTTPRequest(head: head, body: body))
    }

    @Test func aCSVExportAnswersOnlyTheRelatedRows() throws {
        let response = scan(Array(Self.csv.utf8), contentType: "text/csv")
        #expect(response.status == .ok)
        let object = response.object
        #expect(object["layout"] as? String == "csv")
        #expect(object["linesRead"] as? Int == 4)
        #expect(object["linesSkipped"] as? Int == 2)
        #expect((object["column"] as? [String: Any])?["name"] as? String == "ご利用店名")
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["line"] as? Int } == [3, 5])
        #expect(matches.map { $0["text"] as? String } == ["DR*EFMSPL", "PAYPAL *KASPERSKY"])
        let first = try #require(matches.first?["identification"] as? [String: Any])
        #expect((first["provider"] as? [String: String])?["id"] == "digital-river")
        let second = try #require(matches.last?["identification"] as? [String: Any])
        #expect(second["status"] as? String == "sellerUnknown")
        #expect((second["intermediary"] as? [String: String])?["id"] == "paypal")
    }

    @Test func shiftJISIsDetectedAndHonoured() throws {
        let bytes = try #require(Self.csv.data(using: .shiftJIS))
        for contentType in ["text/csv", "text/csv; charset=Shift_JIS", "text/csv; charset=\"cp932\""] {
            let response = scan(Array(bytes), contentType: contentType)
            #expect(response.status == .ok, "\(contentType)")
            #expect(((response.object["column"] as? [String: Any])?["name"] as? String) == "ご利用店名", "\(contentType)")
        }
        // Declared UTF-8, sent Shift_JIS: the declaration is believed, and the body refused.
        #expect(scan(Array(bytes), contentType: "text/csv; charset=utf-8").status == .badRequest)
    }

    @Test func pastedLinesKeepTheirLineNumbers() throws {
        let text = "hello\n\n2CO.com*kaspersky 4,980円\r\nカスペルスキー\nNETFLIX.COM 1,490\n"
        let response = scan(Array(text.utf8), contentType: "text/plain; charset=utf-8", query: [("lang", "en")])
        let object = response.object
        #expect(object["linesRead"] as? Int == 4)
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["line"] as? Int } == [3, 4])
    }

    @Test func identicalLinesAreAnsweredOnceWithEveryLineNumber() throws {
        let lines = ["DR*EFMSPL 4,980", "SHOP", "DR*EFMSPL 4,980", "DR*EFMSPL 4,980", "KASPERSKYLAB"]
        let response = scan(Array(lines.joined(separator: "\n").utf8), contentType: "text/plain")
        let matches = try #require(response.object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["lines"] as? [Int] } == [[1, 3, 4], [5]])
        #expect(matches.map { $0["line"] as? Int } == [1, 5])
        #expect(response.object["linesSkipped"] as? Int == 1)
        #expect((response.object["omitted"] as? [Any])?.isEmpty == true)
    }

    @Test func pastFiftyDistinctTextsTheRestAreListedBySeller() throws {
        var lines = (1...60).map { "2025/04/\($0 % 28 + 1) KASPERSKYLAB \($0 * 10)" }
        lines += ["2025/05/01 2CO.COM*KASPERSKY 4980", "2025/06/01 KASPERSKY 4980"]
        let response = scan(
            Array(lines.joined(separator: "\n").utf8), contentType: "text/plain", query: [("lang", "en")])
        let matches = try #require(response.object["matches"] as? [[String: Any]])
        #expect(matches.count == 50)
        let omitted = try #require(response.object["omitted"] as? [[String: Any]])
        #expect(omitted.map { ($0["provider"] as? [String: Any])?["id"] as? String } == ["allsoft", "2checkout", nil])
        #expect(omitted.first?["lines"] as? [Int] == Array(51...60))
        let text = scan(
            Array(lines.joined(separator: "\n").utf8), contentType: "text/plain",
            query: [("format", "text"), ("lang", "en")]
        ).text
        #expect(text.contains("12 more related lines, by seller: Allsoft: 10 lines (51, 52"))
    }

    /// The scan's groups: the renewal found, its cadence and next charge, and the store charges
    /// that may include Kaspersky's, in JSON, in text, in both languages.
    @Test func groupsCarryTheRenewalAndTheStoreLeads() throws {
        let csv = """
            ご利用日,ご利用店名,ご利用金額
            2024/04/20,KASPERSKYLAB,"4,980"
            2025/03/03,APPLE.COM/BILL,480
            2025/04/03,APPLE.COM/BILL,480
            2025/04/20,KASPERSKYLAB,"4,980"
            """
        let response = scan(Array(csv.utf8), contentType: "text/csv", query: [("lang", "en")])
        let groups = try #require(response.object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["kind"] as? String } == ["seller", "storeLead"])
        let renewal = groups[0]
        #expect(renewal["cadence"] as? String == "yearly")
        #expect(renewal["guide"] as? String == "/guide/allsoft")
        let next = try #require(renewal["nextExpected"] as? [String: Any])
        #expect(next["date"] as? String == "2026-04-20")
        #expect((next["amount"] as? [String: String]) == ["value": "4980", "currency": "JPY"])
        #expect((groups[1]["charges"] as? [[String: Any]])?.count == 2)
        #expect(groups[1]["guide"] as? String == "/guide/app-store")
        let text = scan(Array(csv.utf8), contentType: "text/csv", query: [("format", "text")]).text
        #expect(text.contains("■ 請求のまとまり"))
        #expect(text.contains("おそらく毎年、次回は2026年4月20日ごろ4,980円の見込みです。"))
        #expect(text.contains("App Store(カスペルスキーの分が含まれるかもしれないストアの請求)"))
    }

    @Test func dateAndAmountColumnsCanBeNamed() throws {
        let csv = "a,b,c\n2025/04/03,KASPERSKYLAB,4980\n"
        let named = scan(
            Array(csv.utf8), contentType: "text/csv",
            query: [("column", "b"), ("dateColumn", "a"), ("amountColumn", "3")])
        let charge = try #require(
            ((named.object["groups"] as? [[String: Any]])?.first?["charges"] as? [[String: Any]])?.first)
        #expect(charge["date"] as? String == "2025-04-03")
        #expect(scan(Array(csv.utf8), contentType: "text/csv", query: [("dateColumn", "")]).status == .badRequest)
        #expect(
            scan(Array(csv.utf8), contentType: "text/csv", query: [("amountColumn", "Betrag")]).status == .badRequest)
    }

    @Test func aStatementOfFiveThousandLinesIsScanned() throws {
        var lines = (0..<5_000).map { "2026/10/\($0 % 28 + 1) SHOP \($0) TOKYO \($0 * 7 % 9000)円" }
        lines[4_321] = "2026/10/05 DR*Kaspersky Lab Cork IE 4,980"
        let response = scan(Array(lines.joined(separator: "\n").utf8), contentType: "text/plain")
        #expect(response.status == .ok)
        #expect(response.object["linesRead"] as? Int == 5_000)
        #expect((response.object["matches"] as? [[String: Any]])?.first?["line"] as? Int == 4_322)
    }

    @Test(arguments: [
        ("text/csv; charset=koi8-r", [UInt8]("a,b".utf8), HTTPStatus.unsupportedMediaType),
        ("application/json", [UInt8]("{}".utf8), .unsupportedMediaType),
        ("text/plain", [0xFF, 0xFE, 0xFA], .badRequest),
        ("text/plain", [UInt8](" \n ".utf8), .badRequest),
    ])
    func badStatementsGetAProblem(contentType: String, body: [UInt8], status: HTTPStatus) {
        let response = scan(body, contentType: contentType)
        #expect(response.status == status)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/problem+json") == true)
        #expect((response.object["detail"] as? String)?.isEmpty == false)
    }

    @Test func tooManyLinesIsContentTooLarge() {
        let text = String(repeating: "x\n", count: 20_001)
        #expect(scan(Array(text.utf8), contentType: "text/plain").status == .contentTooLarge)
    }

    @Test func aNamedColumnThatIsNotThereIsABadRequest() {
        let response = scan(Array(Self.csv.utf8), contentType: "text/csv", query: [("column", "nope")])
        #expect(response.status == .badRequest)
        let byIndex = scan(Array(Self.csv.utf8), contentType: "text/csv", query: [("column", "2")])
        #expect((byIndex.object["column"] as? [String: Any])?["index"] as? Int == 2)
    }

    @Test func aScanWithoutContentTypeIsRefusedBeforeItsBody() throws {
        let head = HTTPRequestHead(
            method: .post, target: "/scan", path: "/scan", query: [], version: .http11, headers: HTTPHeaders(),
            framing: .contentLength(10))
        let refusal = try #require(standardService.checkHead(head))
        #expect(refusal.status == .unsupportedMediaType)
        #expect(refusal.text.contains("text/csv"))
    }

    @Test func nexwayProductsThatCannotBePlacedAreRefused() {
        let service = standardService
        let refused = service.respond(to: .make(.get, "/guide/nexway", query: [("product", "kasperskyy")]))
        #expect(refused.status == .badRequest)
        #expect((refused.object["detail"] as? String)?.contains("premium") == true)
        let standard = service.respond(to: .make(.get, "/guide/nexway", query: [("product", "kaspersky-standard")]))
        #expect(standard.status == .ok)
    }
}
