import Foundation
import MicroHTTP
import RenewalRules

/// JSON encoding for response bodies: stable key order (Foundation on Linux otherwise varies it
/// between runs) and unescaped slashes for readable guide paths.
enum JSONBody {
    /// Encodes a value; an encoding failure is a bug, reported as a 500 without its text.
    static func encode(_ value: some Encodable) throws(ServiceError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw .internalError
        }
    }

    /// Encodes a document rendered once at start-up (a guide, the list of guides): a failure there
    /// stops the process at once, naming the document, rather than serving an empty 200 for ever.
    static func encodeAtStartUp(_ value: some Encodable, _ what: String) -> [UInt8] {
        do {
            return try encode(value)
        } catch {
            fatalError("\(what) cannot be encoded as JSON")
        }
    }
}

extension HTTPResponse {
    /// A JSON response.
    static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, json: body, contentType: "application/json; charset=utf-8")
    }

    /// The RFC 9457 rendering of an error in a language, with `Content-Language`, `Allow` for 405
    /// and `Retry-After` for 503.
    static func problem(_ error: ServiceError, language: Language) -> HTTPResponse {
        var writer = JSONWriter(capacity: 256)
        writer.problem(error.problem(in: language))
        let body = writer.bytes
        var response = HTTPResponse(
            status: error.status, json: body, contentType: "application/problem+json; charset=utf-8")
        response.headers.replace(name: "Content-Language", value: language.rawValue)
        if case .methodNotAllowed(let allowed) = error {
            response.headers.replace(name: "Allow", value: allowed.map(\.rawValue).joined(separator: ", "))
        }
        if case .draining = error {
            response.headers.replace(name: "Retry-After", value: "1")
        }
        return response
    }
}
