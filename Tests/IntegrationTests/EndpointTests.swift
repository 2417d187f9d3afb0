import CurlClient
import Foundation
import Testing

/// Every endpoint over real sockets, through libcurl.
@Suite struct EndpointTests {
    @Test func identifyByQueryInBothLanguages() throws {
        let server = try LiveServer()
        let japanese = try server.request("GET", "/identify?q=22122857")
        #expect(japanese.status == 200)
        #expect(japanese.providerID == "2checkout")
        #expect(japanese.header("Content-Language") == "ja")
        #expect((japanese.object["reason"] as? String)?.contains("注文番号") == true)
        let english = try server.request("GET", "/identify?q=22122857", headers: ["Accept-Language: en-GB,en;q=0.9"])
        #expect(english.header("Content-Language") == "en")
        #expect((english.object["reason"] as? String)?.hasPrefix("Matches") == true)
        let percentEncoded = try server.request("GET", "/identify?descriptor=DR%2AKaspersky%20Lab&lang=en")
        #expect(percentEncoded.providerID == "digital-river")
    }

    @Test func identifyByJSONFormAndBatch() throws {
        let server = try LiveServer()
        let json = try server.request(
            "POST", "/identify", headers: ["Content-Type: application/json"], body: #"{"orderNumber": 20564778810}"#)
        #expect(json.providerID == "digital-river")
        let form = try server.request(
            "POST", "/identify", headers: ["Content-Type: application/x-www-form-urlencoded"],
            body: "query=2CO.com%2Akaspersky")
        #expect(form.providerID == "2checkout")
        let batch = try server.request(
            "POST", "/identify", headers: ["Content-Type: application/json"],
            body: #"[{"query":"A221234065"},{"query":""},{"descriptor":"Kaspersky Google Pay"}]"#)
        #expect(batch.status == 200)
        #expect(batch.array.count == 3)
        #expect((batch.array[1]["problem"] as? [String: Any])?["status"] as? Int == 400)
        #expect(((batch.array[2]["provider"] as? [String: Any])?["id"] as? String) == "allsoft")
    }

    @Test func plainTextForSupportStaff() throws {
        let server = try LiveServer()
        let text = try server.request("GET", "/guide/my-kaspersky", headers: ["Accept: text/plain"])
        #expect(text.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(text.text.contains("[ライセンスを管理する]"))
        let english = try server.request("GET", "/identify?q=KASPERSKYLAB&format=text&lang=en")
        #expect(english.text.contains("Provider: Allsoft"))
    }

    @Test func guides() throws {
        let server = try LiveServer()
        let list = try server.request("GET", "/guide")
        #expect((list.object["providers"] as? [Any])?.count == 8)
        let nexway = try server.request("GET", "/guide/nexway?product=premium&lang=en")
        #expect((nexway.object["sections"] as? [Any])?.count == 1)
        #expect(nexway.object["language"] as? String == "en")
        let alias = try server.request("GET", "/guide/2CO")
        #expect(alias.providerID == "2checkout")
        let missing = try server.request("GET", "/guide/paypal")
        #expect(missing.status == 404)
        #expect(missing.header("Content-Type") == "application/problem+json; charset=utf-8")
    }

    @Test func operationsEndpoints() throws {
        let server = try LiveServer()
        #expect(try server.request("GET", "/healthz").text == #"{"status":"ok"}"#)
        #expect(try server.request("GET", "/readyz").status == 200)
        _ = try server.request("GET", "/identify?q=22122857")
        let metrics = try server.request("GET", "/metrics")
        #expect(metrics.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(metrics.text.contains(#"renewal_identifications_total{provider="2checkout",status="identified"} 1"#))
        #expect(metrics.text.contains("http_open_connections"))
        let spec = try server.request("GET", "/openapi.yaml")
        #expect(spec.status == 200)
        #expect(spec.header("Content-Type") == "application/yaml; charset=utf-8")
    }

    @Test func headMatchesGet() throws {
        let server = try LiveServer()
        let get = try server.request("GET", "/guide/huawei")
        let head = try server.request("HEAD", "/guide/huawei")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("Content-Length") == String(get.body.count))
        #expect(head.header("Content-Type") == get.header("Content-Type"))
    }

    @Test func everyResponseHasTheServerHeaders() throws {
        let server = try LiveServer()
        for path in ["/healthz", "/nope", "/identify?q="] {
            let response = try server.request("GET", path)
            #expect(response.header("Date") != nil)
            #expect(response.header("Server") == "renewal-guide")
            #expect(response.header("Content-Length") != nil)
            #expect(response.header("X-Request-ID") != nil)
        }
        let echoed = try server.request("GET", "/healthz", headers: ["X-Request-ID: portal-42"])
        #expect(echoed.header("X-Request-ID") == "portal-42")
    }
}
