import MicroHTTP
import RenewalDocuments
import RenewalRules

extension HTTPResponse {
    /// Tells browsers not to guess another type than the one sent (`X-Content-Type-Options:
    /// nosniff`): on every answer, JSON, text, problems and the page alike.
    mutating func forbidSniffing() {
        if headers["X-Content-Type-Options"] == nil { headers.add(name: "X-Content-Type-Options", value: "nosniff") }
    }

    /// A JSON response.
    static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, json: body, contentType: "application/json; charset=utf-8")
    }

    /// The RFC 9457 rendering of an error in a language, with `Content-Language`, `Allow` for 405
    /// and `Retry-After` for 503.
    static func problem(_ error: ServiceError, language: Language) -> HTTPResponse {
        let body = error.problem(in: language).jsonBytes(capacity: 256)
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
