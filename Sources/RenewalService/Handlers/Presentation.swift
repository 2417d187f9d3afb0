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
    init(_ head: HTTPRequestHead, negotiator: LanguageNegotiator) throws(ServiceError) {
        language = try negotiator.language(
            queryParameter: head.queryValue("lang"), acceptLanguage: head.headers["Accept-Language"])
        if let requested = head.queryValue("format") {
            guard let format = Format(rawValue: requested.lowercased()) else {
                throw .badRequest(ProblemTexts.unsupportedFormat(requested))
            }
            self.format = format
        } else {
            format = Self.prefersText(head.headers["Accept"]) ? .text : .json
        }
    }

    /// Plain text when `Accept` rates `text/plain` above JSON (RFC 9110 §12.5.1): q-values count,
    /// `q=0` excludes, and `application/*` or `*/*` rate JSON too. Ties go to JSON.
    static func prefersText(_ accept: String?) -> Bool {
        guard let accept else { return false }
        var text = 0.0
        var json = 0.0
        for (type, quality) in QualityValues.parse(accept) {
            switch type {
            case "text/plain", "text/*": text = max(text, quality)
            case "application/json", "application/*", "*/*": json = max(json, quality)
            default: continue
            }
        }
        return text > json
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
