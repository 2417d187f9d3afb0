import Foundation
import JSONTestSupport
import Logging
import MicroHTTP
import RenewalRules
import Testing

@testable import RenewalService

/// `GET /rules`, and what installing another rule book changes.
@Suite struct RulesEndpointTests {
    private func service() -> RenewalService {
        RenewalService(
            configuration: ServiceConfiguration(),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    private func json(_ response: HTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    /// The compiled-in rules with one more Digital River descriptor, and Allsoft's guide retitled.
    private static let extendedText = RuleBook.standardFile.replacingOccurrences(
        of: "    - DR*EFMSPL\n", with: "    - DR*EFMSPL\n    - DRI*NEWSELLER\n"
    ).replacingOccurrences(
        of: "en: Turn off auto-renewal for a licence bought from Allsoft\n", with: "en: \(newTitle)\n")

    private static let newTitle = "Ask Allsoft to turn off auto-renewal"

    private static let extended: RuleBook = {
        do {
            return try RuleBook(yaml: extendedText, file: "extended.yaml")
        } catch {
            fatalError("the extended test rules do not load: \(error)")
        }
    }()

    @Test func rulesShowTheLoadedBookByProvider() throws {
        let response = service().respond(to: .make(.get, "/rules", query: [("lang", "en")]))
        #expect(response.status == .ok)
        let object = try json(response)
        #expect(object["version"] as? String == RuleBook.standard.version)
        #expect(object["origin"] as? String == "compiled-in")
        #expect((object["loadedAt"] as? String)?.hasSuffix("Z") == true)
        let providers = try #require(object["providers"] as? [[String: Any]])
        #expect(providers.count == ProviderID.allCases.count)
        let nexway = try #require(providers.first { ($0["provider"] as? [String: Any])?["id"] as? String == "nexway" })
        #expect(nexway["coverage"] as? String == "article-lists-none")
        #expect((nexway["statementDescriptors"] as? [String])?.isEmpty == true)
        let twoCheckout = try #require(
            providers.first { ($0["provider"] as? [String: Any])?["id"] as? String == "2checkout" })
        #expect((twoCheckout["statementDescriptors"] as? [String])?.count == 17)
        #expect(keysOutOfOrder(response.body).isEmpty)
        let text = service().respond(to: .make(.get, "/rules", query: [("format", "text")]))
        #expect(String(decoding: text.body, as: UTF8.self).contains("2CO.com*kaspersky"))
    }

    /// Installing a book changes the answers, the guides rendered from it, `/rules` and the metrics.
    @Test func installingABookChangesTheAnswers() throws {
        let service = service()
        let before = try json(service.respond(to: .make(.get, "/identify", query: [("q", "DRI*NEWSELLER")])))
        #expect(before["provider"] is NSNull)
        service.install(Self.extended, origin: "/etc/renewal-guide/rules.yaml")
        let after = try json(service.respond(to: .make(.get, "/identify", query: [("q", "DRI*NEWSELLER")])))
        #expect((after["provider"] as? [String: Any])?["id"] as? String == "digital-river")
        let guide = try json(service.respond(to: .make(.get, "/guide/digital-river")))
        let descriptors = try #require(guide["statementDescriptors"] as? [String: Any])
        #expect((descriptors["descriptors"] as? [String])?.contains("DRI*NEWSELLER") == true)
        let allsoft = try json(service.respond(to: .make(.get, "/guide/allsoft", query: [("lang", "en")])))
        #expect(allsoft["title"] as? String == Self.newTitle)
        let answer = service.respond(
            to: .make(.get, "/identify", query: [("q", "ALLSOFT-22123406"), ("lang", "en"), ("format", "text")]))
        #expect(String(decoding: answer.body, as: UTF8.self).contains("Guide: \(Self.newTitle)"))
        let page = service.respond(to: .make(.get, "/", query: [("q", "ALLSOFT-22123406"), ("lang", "en")]))
        #expect(String(decoding: page.body, as: UTF8.self).contains(Self.newTitle))
        let rules = try json(service.respond(to: .make(.get, "/rules")))
        #expect(rules["version"] as? String == Self.extended.version)
        #expect(rules["origin"] as? String == "/etc/renewal-guide/rules.yaml")
        let metrics = String(decoding: service.respond(to: .make(.get, "/metrics")).body, as: UTF8.self)
        #expect(metrics.contains(#"renewal_rules_info{version="\#(Self.extended.version)"} 1"#))
        #expect(
            !metrics.contains(#"renewal_rules_info{version="\#(RuleBook.standard.version)"}"#), "the old series is gone"
        )
        #expect(metrics.contains("renewal_rules_loaded_timestamp_seconds"))
    }

    /// A reload from a bad file keeps the running book and counts the failure.
    @Test func aBadFileKeepsTheRunningBook() throws {
        let service = service()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("rules.yaml")
        try Data("version: 1\nnonsense: true\n".utf8).write(to: file)
        let reloader = RuleReloader(
            service: service, source: RuleFileSource(path: directory.path),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(!reloader.reload(reason: "test"))
        #expect(service.rules === RuleBook.standard)
        let metrics = String(decoding: service.respond(to: .make(.get, "/metrics")).body, as: UTF8.self)
        #expect(metrics.contains("renewal_rules_reload_failures_total 1"))
        try Data(Self.extendedText.utf8).write(to: file)
        #expect(reloader.reload(reason: "test"))
        #expect(service.rules.version == Self.extended.version)
    }

    /// A poll installs a changed file only once the next poll finds it unchanged: a file caught
    /// half-written (here, still changing between polls) is never installed.
    @Test func aPollWaitsForTheFileToStaySame() throws {
        let service = service()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("rules.yaml")
        try Data(RuleBook.standardFile.utf8).write(to: file)
        let reloader = RuleReloader(
            service: service, source: RuleFileSource(path: directory.path),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        reloader.pollNow()
        // Half of an edit: valid, but not what the editor will leave.
        let half = Self.extendedText.replacingOccurrences(of: "NEWSELLER", with: "NEWSELL")
        try Data(half.utf8).write(to: file)
        reloader.pollNow()
        #expect(service.rules === RuleBook.standard, "seen once: not yet installed")
        try Data(Self.extendedText.utf8).write(to: file)
        reloader.pollNow()
        #expect(service.rules === RuleBook.standard, "changed again since the last poll: still waiting")
        reloader.pollNow()
        #expect(service.rules.version == Self.extended.version, "the same content twice in a row: installed")
    }

    /// Checking a rule file is bounded in time: past the bound it is refused with a line that says
    /// so, and the caller carries on (here with a bound no real check can meet).
    @Test func aCheckPastItsTimeBoundIsRefused() {
        #expect(throws: RuleFileSource.Failure.self) {
            try RuleFileSource.book(from: RuleBook.standardFile, file: "slow.yaml", timeout: 0.000_001)
        }
        do {
            _ = try RuleFileSource.book(from: RuleBook.standardFile, file: "slow.yaml", timeout: 0.000_001)
        } catch {
            #expect(error.description.contains("took longer than"))
        }
        // The same file within the real bound loads: nothing was left stuck.
        #expect((try? RuleFileSource.book(from: Self.extendedText, file: "extended.yaml", timeout: 10)) != nil)
    }

    /// A route for some products added to any guide is narrowed by `?product=`, as Nexway's is: the
    /// service renders every guide whose routes depend on the product, not a list of providers.
    @Test func aProductRouteInAnyGuideIsNarrowed() throws {
        let section = [
            "      - heading:", "          ja: Allsoftのサポートで", "          en: Through Allsoft's support",
            "        products: [other]", "        location:", "          ja: Allsoftのサポート",
            "          en: Allsoft's support", "        steps:", "          - action:",
            "              ja: Allsoftのサポートに連絡します。", "              en: Contact Allsoft's support.", "    notes:",
        ]
        let last =
            "              en: \"Without the link, contact the desk for the order's currency. Russian roubles: kasperskylab@allsoft.ru, telephone 8 800 200-22-33. Belarusian roubles: sales@allsoft.by. Tenge: sales@allsoft.kz.\"\n"
        let yaml = RuleBook.standardFile.replacingOccurrences(
            of: last + "    notes:\n", with: last + section.joined(separator: "\n") + "\n")
        let book = try RuleBook(yaml: yaml, file: "products.yaml")
        let service = service()
        service.install(book, origin: "products.yaml")
        func sections(_ product: String?) throws -> Int {
            let query = [("lang", "en")] + (product.map { [("product", $0)] } ?? [])
            let guide = try json(service.respond(to: .make(.get, "/guide/allsoft", query: query)))
            return try #require(guide["sections"] as? [Any]).count
        }
        #expect(try sections(nil) == 3)
        #expect(try sections("vpn") == 3)
        #expect(try sections("plus") == 2)
    }
}
