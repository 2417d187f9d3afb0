import CurlClient
import Foundation
import Logging
import MicroHTTP
import RenewalService

/// The real server, started on 127.0.0.1 port 0 for one test and stopped after it.
final class LiveServer {
    let runner: ServiceRunner
    let baseURL: String

    init(_ configure: (inout ServiceConfiguration) -> Void = { _ in }) throws {
        var configuration = ServiceConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configure(&configuration)
        runner = ServiceRunner(
            configuration: configuration, logger: Logger(label: "it", factory: { _ in SwiftLogNoOpLogHandler() }))
        try runner.start()
        baseURL = "http://127.0.0.1:\(runner.port)"
    }

    /// A new libcurl session (its own connection) to this server.
    func session() -> CurlSession { CurlSession(baseURL: baseURL) }

    /// One request on a fresh session.
    func request(
        _ method: String = "GET", _ path: String, headers: [String] = [], body: String? = nil
    ) throws -> CurlResponse {
        try session().request(method, path, headers: headers, body: body.map { Array($0.utf8) })
    }

    deinit {
        runner.shutdown()
        runner.server.waitUntilStopped()
    }
}

extension CurlResponse {
    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The body as a JSON array.
    var array: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [[String: Any]] ?? []
    }

    /// The identified provider's id.
    var providerID: String? { (object["provider"] as? [String: Any])?["id"] as? String }
}
