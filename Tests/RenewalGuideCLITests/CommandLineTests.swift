import Foundation
import Testing

/// End-to-end tests of the executable: the CLI commands, configuration errors, and SIGTERM.
@Suite struct CommandLineTests {
    @Test func identifyPrintsOneJSONObjectPerLine() throws {
        let output = try BuiltBinary.run([
            "identify", "22122857", "2CO.com*kaspersky", "KASPERSKY", "--json", "--lang", "en",
        ])
        #expect(output.status == 0)
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect((objects[0]["provider"] as? [String: String])?["id"] == "2checkout")
        #expect(objects[0]["kind"] as? String == "orderNumber")
        #expect(objects[1]["kind"] as? String == "descriptor")
        #expect(objects[2]["provider"] is NSNull)
        #expect(objects[2]["status"] as? String == "sellerUnknown")
    }

    /// The API answers an empty query with 400; the CLI refuses it with one line and a failing
    /// exit status, not an answer of "unknown".
    @Test(arguments: ["", "   ", "\n"])
    func anEmptyInputIsRefused(text: String) throws {
        let output = try BuiltBinary.run(["identify", "22122857", text])
        #expect(output.status != 0)
        #expect(output.standardError.contains("Input 2 is empty"))
        #expect(output.standardOutput.isEmpty)
    }

    @Test func scanReadsAShiftJISExportFromAFile() throws {
        let csv = "利用日,ご利用店名,利用金額\n2026/10/01,ローソン,580\n2026/10/02,DR*EFMSPL,4980\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("statement-\(UUID().uuidString).csv")
        try #require(csv.data(using: .shiftJIS)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try BuiltBinary.run(["scan", file.path, "--json", "--lang", "en"])
        #expect(output.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(object["layout"] as? String == "csv")
        #expect(object["linesRead"] as? Int == 2)
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["line"] as? Int } == [3])
        let text = try BuiltBinary.run(["scan", file.path, "--lang", "en"])
        #expect(text.standardOutput.contains("Line 3"))
        #expect(text.standardOutput.contains("Provider: Digital River"))
    }

    @Test func scanReadsPastedLinesFromStandardInput() throws {
        let output = try BuiltBinary.run(["scan"], input: Data("hello\nPAYPAL *KASPERSKY\n".utf8))
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("2行目"))
        #expect(output.standardOutput.contains("PayPal"))
    }

    @Test func scanRefusesWhatItCannotRead() throws {
        let missing = try BuiltBinary.run(["scan", "/nonexistent/statement.csv"])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("/nonexistent/statement.csv"))
        let binary = try BuiltBinary.run(["scan"], input: Data([0xFF, 0xFE, 0xFA]))
        #expect(binary.status != 0)
        #expect(binary.standardError.contains("neither UTF-8 nor Shift_JIS"))
    }

    @Test func identifyReadableText() throws {
        let output = try BuiltBinary.run(["identify", "DR*Kaspersky Lab"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("購入先: Digital River"))
        // The guide is named in words, with the command that shows it; no API path.
        #expect(output.standardOutput.contains("(renewal-guide guide digital-river)"))
        #expect(!output.standardOutput.contains("/guide/"))
    }

    /// An ambiguous answer names each candidate's guide command, and says what tells them apart.
    @Test func ambiguousTextNamesEachCandidatesGuide() throws {
        let output = try BuiltBinary.run(["identify", "--lang", "en", "22122857 (Digital River)"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("(renewal-guide guide 2checkout)"))
        #expect(output.standardOutput.contains("(renewal-guide guide digital-river)"))
        #expect(output.standardOutput.contains("What tells them apart: 2Checkout: order number of 8 digits"))
    }

    /// English guide text pairs each English screen label with the Japanese screen's.
    @Test func englishGuideTextShowsTheJapaneseLabels() throws {
        let output = try BuiltBinary.run(["guide", "huawei", "--lang", "en"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("[Account center] (translated) = [アカウントセンター]"))
        #expect(
            output.standardOutput.contains(
                "[Subscriptions/Password-free payments] (translated) = [ サブスクリプション/パスワードなしの支払い]"))
    }

    @Test func guideWithProductAndLanguage() throws {
        let text = try BuiltBinary.run(["guide", "nexway", "--product", "plus"])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("[ライセンスを管理する]"))
        #expect(!text.standardOutput.contains("Nexwayアカウントで)"))
        let json = try BuiltBinary.run(["guide", "ios", "--lang", "en", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["provider"] as? [String: String])?["id"] == "app-store")
    }

    @Test func unknownProviderFails() throws {
        let output = try BuiltBinary.run(["guide", "paypal"])
        #expect(output.status != 0)
        #expect(output.standardError.contains("digital-river"))
    }

    @Test func badConfigurationStopsTheStartWithOneLine() throws {
        let output = try BuiltBinary.run(["serve"], environment: ["PORT": "http"])
        #expect(output.status == 2)
        let lines = output.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("PORT") == true)
        let flag = try BuiltBinary.run(["--header-timeout", "-3"])
        #expect(flag.status != 0)
        #expect(flag.standardError.contains("header-timeout"))
        // Flags are read against the settings' one declaration: an unknown one, or one without a
        // value, is a one-line error too; `--name=value` is the same as `--name value`.
        for (arguments, named) in [
            (["serve", "--prot", "0"], "--prot"), (["--port"], "--port"), (["--port=x"], "PORT"),
        ] {
            let refused = try BuiltBinary.run(arguments)
            #expect(refused.status == 2)
            #expect(refused.standardError.split(separator: "\n").count == 1)
            #expect(refused.standardError.contains(named), "\(arguments)")
        }
    }

    @Test func servesAndExitsZeroOnSIGTERM() throws {
        // Flags win over the environment: PORT here is unusable, --port 0 is not.
        let server = try BuiltBinary.launch(
            ["--host", "127.0.0.1", "--port", "0", "--shutdown-grace", "2"], environment: ["PORT": "bogus"])
        let port = try server.listeningPort()
        let check = try BuiltBinary.run(["healthcheck", "--url", "http://127.0.0.1:\(port)/healthz"])
        #expect(check.status == 0)
        #expect(check.standardOutput.hasPrefix("healthy"))
        kill(server.process.processIdentifier, SIGTERM)
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        let after = try BuiltBinary.run(["healthcheck", "--url", "http://127.0.0.1:\(port)/healthz", "--timeout", "1"])
        #expect(after.status == 1)
        #expect(after.standardOutput.hasPrefix("unhealthy"))
    }
}
