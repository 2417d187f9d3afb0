import Foundation
import MicroHTTP
import RenewalRules

/// How an answer is presented: its language, and JSON or plain text for people.
struct Presentation: Sendable {
    enum Format: String, Sendable {
        case json
        case text
    }

    let language: Language
    let format: Format

    /// Reads `?lang` / `Accept-Language` and `?format` / `Accept`.
    init(_ request: HTTPRequest, negotiator: LanguageNegotiator) throws(ServiceError) {
        language = try negotiator.language(
            queryParameter: request.queryValue("lang"), acceptLanguage: request.headers["Accept-Language"])
        if let requested = request.queryValue("format") {
            guard let format = Format(rawValue: requested.lowercased()) else {
                throw .badRequest("Unsupported format \"\(requested.prefix(40))\": use json or text.")
            }
            self.format = format
        } else {
            format = Self.prefersText(request.headers["Accept"]) ? .text : .json
        }
    }

    /// Plain text when `Accept` names `text/plain` ahead of any JSON or wildcard type.
    static func prefersText(_ accept: String?) -> Bool {
        guard let accept else { return false }
        for range in accept.split(separator: ",") {
            let type = range.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if type == "text/plain" { return true }
            if type == "application/json" || type == "*/*" || type == "application/*" { return false }
        }
        return false
    }

    /// A response in this presentation, with `Content-Language` and `Vary`.
    func response(json: [UInt8], text: @autoclosure () -> String, status: HTTPStatus = .ok) -> HTTPResponse {
        var response =
            format == .json
            ? HTTPResponse.json(json, status: status)
            : HTTPResponse(status: status, text: text())
        response.headers.replace(name: "Content-Language", value: language.rawValue)
        response.headers.add(name: "Vary", value: "Accept-Language, Accept")
        return response
    }
}
