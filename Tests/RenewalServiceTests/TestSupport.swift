import Foundation
import Logging
import MicroHTTP
import RenewalService

extension HTTPRequest {
    /// A request as the parser would hand it over; the query is given already decoded.
    static func make(
        _ method: HTTPMethod = .get, _ path: String, query: [(String, String)] = [], headers: [(String, String)] = [],
        body: String? = nil
    ) -> HTTPRequest {
        var fields = HTTPHeaders()
        fields.add(name: "Host", value: "localhost")
        for (name, value) in headers { fields.add(name: name, value: value) }
        let bytes = body.map { Array($0.utf8) } ?? []
        let head = HTTPRequestHead(
            method: method, target: path, path: path, query: query.map { (name: $0.0, value: $0.1) },
            version: .http11, headers: fields, framing: bytes.isEmpty ? .none : .contentLength(bytes.count))
        return HTTPRequest(head: head, body: bytes)
    }
}

extension HTTPResponse {
    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The body as a JSON array.
    var array: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [[String: Any]] ?? []
    }
}

/// The service with the default configuration and the compiled-in rule book, built once for the
/// whole test run: building one renders every guide and page in each language. Tests that count
/// metrics or install another rule book build their own with ``makeService(_:)``.
let standardService = makeService()

/// A service with a silent logger, for in-process tests.
func makeService(_ configure: (inout ServiceConfiguration) -> Void = { _ in }) -> RenewalService {
    var configuration = ServiceConfiguration()
    configure(&configuration)
    return RenewalService(
        configuration: configuration, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
}
