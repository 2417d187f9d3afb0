import CurlClient
import Foundation
import Testing

/// `POST /scan` over real sockets, through libcurl.
@Suite struct ScanEndpointTests {
    @Test func aShiftJISExportIsScanned() throws {
        let server = try LiveServer()
        let csv = "利用日,ご利用店名,利用金額\n2026/10/01,ローソン,580\n2026/10/02,GOOGLE *Kaspersky,980\n"
        let bytes = try #require(csv.data(using: .shiftJIS))
        let response = try server.session().request(
            "POST", "/scan?lang=en", headers: ["Content-Type: text/csv"], body: Array(bytes))
        #expect(response.status == 200)
        let matches = response.object["matches"] as? [[String: Any]]
        #expect(matches?.count == 1)
        let identification = matches?.first?["identification"] as? [String: Any]
        #expect((identification?["provider"] as? [String: String])?["id"] == "google-play")
        #expect((identification?["source"] as? [String: Any])?["grade"] as? String == "official")
    }

    @Test func identifyAnswersWhatCustomersPaste() throws {
        let server = try LiveServer()
        let labelled = try server.request("GET", "/identify?q=%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7%3A%2022122857")
        #expect(labelled.providerID == "2checkout")
        #expect(labelled.object["kind"] as? String == "orderNumber")
        let store = try server.request("GET", "/identify?q=APPLE.COM%2FBILL")
        #expect(store.providerID == "app-store")
        let brand = try server.request("GET", "/identify?q=KASPERSKY")
        #expect(brand.object["status"] as? String == "sellerUnknown")
        #expect(brand.object["next"] is String)
    }
}
