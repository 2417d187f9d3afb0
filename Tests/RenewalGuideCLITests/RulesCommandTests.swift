import CurlClient
import Foundation
import Testing

/// `rules check`, `--rules` at start, and SIGHUP reloads of the real binary under load.
@Suite(.serialized) struct RulesCommandTests {
    static let standard: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return
            (try? String(
                contentsOf: root.appendingPathComponent("Sources/RenewalRules/Knowledge/rules.yaml"), encoding: .utf8))
            ?? ""
    }()

    /// A scratch directory holding `rules.yaml` with `text`, as a ConfigMap mount would.
    private func directory(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try write(text, to: url)
        return url
    }

    private func write(_ text: String, to directory: URL) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent("rules.yaml"), options: .atomic)
    }

    /// The standard file with one more Digital River descriptor.
    private var withNewDescriptor: String {
        Self.standard.replacingOccurrences(of: "    - DR*EFMSPL\n", with: "    - DR*EFMSPL\n    - DRI*NEWSELLER\n")
    }

    @Test func checkExitsZeroForAGoodFileAndOneWithEachProblem() throws {
        let good = try directory(Self.standard)
        let passed = try BuiltBinary.run(["rules", "check", good.path])
        #expect(passed.status == 0 && passed.standardOutput.contains(": OK"), "\(passed)")
        let builtIn = try BuiltBinary.run(["rules", "check"])
        #expect(builtIn.status == 0 && builtIn.standardOutput.contains("compiled-in"))

        let bad = try directory(
            Self.standard.replacingOccurrences(of: "prefix: ALLSOFT,", with: "prefix: ALLSOFT, colour: red,"))
        let failed = try BuiltBinary.run(["rules", "check", bad.path])
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("rules.yaml:") && failed.standardError.contains("unknown key 'colour'"))
        #expect(failed.standardOutput.isEmpty)

        let missing = try BuiltBinary.run(["rules", "check", "/nonexistent/rules.yaml"])
        #expect(missing.status == 1 && missing.standardError == "rules /nonexistent/rules.yaml: no such file\n")
    }

    @Test func serveStopsOnABadRuleFileNamingItsPath() throws {
        let bad = try directory("version: 2\n")
        let result = try BuiltBinary.run(["serve", "--port", "0", "--rules", bad.path], timeout: 10)
        #expect(result.status == 1)
        let first = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            first.hasPrefix("renewal-guide: cannot start: rules \(bad.path)/rules.yaml:"), "\(result.standardError)")
        let unreadable = try BuiltBinary.run(["serve", "--port", "0"], environment: ["RULES_PATH": "/nonexistent"])
        #expect(unreadable.status == 1)
        #expect(unreadable.standardError == "renewal-guide: cannot start: rules /nonexistent: no such file\n")
    }

    /// Under a steady stream of requests: a good file reloaded on SIGHUP changes the answers, a bad
    /// one keeps them, and no request fails at any point.
    @Test func sighupReloadsUnderLoadWithoutAFailedRequest() throws {
        let rules = try directory(Self.standard)
        // At notice, the access log is off: nothing reads the server's output after "listening", and
        // a full pipe would block it.
        let server = try BuiltBinary.launch([
            "serve", "--host", "127.0.0.1", "--port", "0", "--rules", rules.path, "--log-level", "notice",
        ])
        defer { stop(server) }
        let port = try server.listeningPort()
        let client = CurlSession(baseURL: "http://127.0.0.1:\(port)")

        func provider(_ query: String) throws -> String? {
            let response = try client.request("GET", "/identify?q=\(query)")
            #expect(response.status == 200)
            let document = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            return (document?["provider"] as? [String: Any])?["id"] as? String
        }
        func version() throws -> String? {
            let document = try JSONSerialization.jsonObject(with: Data(try client.request("GET", "/rules").body))
            return (document as? [String: Any])?["version"] as? String
        }

        // Load from another thread for the whole test; every answer must be a 200.
        let stop = ManagedAtomicFlag()
        let failures = ManagedCounter()
        let answered = ManagedCounter()
        let loadEnded = DispatchSemaphore(value: 0)
        let load = Thread {
            defer { loadEnded.signal() }
            let loader = CurlSession(baseURL: "http://127.0.0.1:\(port)")
            while !stop.isSet {
                let status = (try? loader.request("GET", "/identify?q=22122857").status) ?? 0
                if status == 200 { answered.increment() } else { failures.increment() }
            }
        }
        load.start()

        #expect(try provider("DRI*NEWSELLER") == nil)
        let before = try version()
        try write(withNewDescriptor, to: rules)
        kill(server.process.processIdentifier, SIGHUP)
        #expect(eventually { (try? version()) != before }, "the new book is loaded")
        #expect(try provider("DRI*NEWSELLER") == "digital-river")
        let reloaded = try version()

        try write("order-number-formats: nonsense\n", to: rules)
        kill(server.process.processIdentifier, SIGHUP)
        #expect(
            eventually {
                ((try? client.request("GET", "/metrics").text) ?? "").contains("renewal_rules_reload_failures_total 1")
            }, "the refused reload is counted")
        #expect(try version() == reloaded, "a bad file keeps the running book")
        #expect(try provider("DRI*NEWSELLER") == "digital-river")
        let metrics = try client.request("GET", "/metrics").text
        #expect(metrics.contains("renewal_rules_info{version=\"\(reloaded ?? "")\"} 1"))

        stop.set()
        #expect(loadEnded.wait(timeout: .now() + 10) == .success, "the load thread stops")
        #expect(failures.value == 0)
        #expect(answered.value > 50, "the load ran throughout (\(answered.value) answers)")
    }

    /// With --rules-poll, a changed file is picked up without a signal, as a ConfigMap update is.
    @Test func pollingPicksUpAChangedFile() throws {
        // Laid out as the kubelet mounts a ConfigMap: rules.yaml -> ..data/rules.yaml, ..data -> a
        // timestamped directory, and an update swaps ..data atomically.
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        let first = rules.appendingPathComponent("..2026_12_01_00_00_00.1")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try Data(Self.standard.utf8).write(to: first.appendingPathComponent("rules.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: rules.appendingPathComponent("..data").path, withDestinationPath: first.lastPathComponent)
        try FileManager.default.createSymbolicLink(
            atPath: rules.appendingPathComponent("rules.yaml").path, withDestinationPath: "..data/rules.yaml")
        let checked = try BuiltBinary.run(["rules", "check", rules.path])
        #expect(checked.status == 0, "a mounted ConfigMap's symbolic links are followed: \(checked.standardError)")
        let server = try BuiltBinary.launch([
            "serve", "--host", "127.0.0.1", "--port", "0", "--rules", rules.path, "--rules-poll", "1",
            "--log-level", "notice",
        ])
        defer { stop(server) }
        let port = try server.listeningPort()
        let client = CurlSession(baseURL: "http://127.0.0.1:\(port)")
        func identified() -> String? {
            guard let body = try? client.request("GET", "/identify?q=DRI*NEWSELLER").body,
                let document = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
            else { return nil }
            return (document["provider"] as? [String: Any])?["id"] as? String
        }
        #expect(identified() == nil, "the compiled-in rules do not know the descriptor")
        let second = rules.appendingPathComponent("..2026_12_01_00_01_00.2")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try Data(withNewDescriptor.utf8).write(to: second.appendingPathComponent("rules.yaml"))
        let swap = rules.appendingPathComponent("..data_tmp")
        try FileManager.default.createSymbolicLink(atPath: swap.path, withDestinationPath: second.lastPathComponent)
        #expect(rename(swap.path, rules.appendingPathComponent("..data").path) == 0)
        #expect(eventually(timeout: 10) { identified() == "digital-river" })
    }
}

/// Stops a server started by a test: SIGTERM, then SIGKILL if it has not exited within 10 s, so a
/// server that will not stop fails the test instead of hanging the suite.
private func stop(_ server: BuiltBinary.Running) {
    kill(server.process.processIdentifier, SIGTERM)
    if !server.waitForExit(timeout: 10) { kill(server.process.processIdentifier, SIGKILL) }
    server.process.waitUntilExit()
}

/// Polls `condition` every 50 ms until it holds or `timeout` seconds pass.
private func eventually(timeout: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
}

/// A flag another thread polls.
private final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}

/// A counter other threads bump.
private final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
