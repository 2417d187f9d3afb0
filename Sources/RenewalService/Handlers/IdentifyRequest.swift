import Foundation
import MicroHTTP
import RenewalDocuments
import RenewalRules

/// One thing to identify: the text, and the kind if the client forced it.
struct IdentifyQuery: Sendable, Equatable {
    let text: String
    let kind: InputKind?
    /// Whether the answer embeds the guide to follow (`include=guide`), so a portal needs one call.
    var includeGuide = false
}

/// What a `POST /identify` body held: one query, or a batch whose bad items carry their own error.
enum IdentifyPayload: Sendable {
    case single(IdentifyQuery)
    case batch([Result<IdentifyQuery, ServiceError>])
}

/// Reads `/identify` input from a query string, a JSON body or a form body, and validates it.
enum IdentifyRequest {
    /// The longest query accepted, in bytes of UTF-8: room for a whole forwarded confirmation
    /// e-mail (5 to 20 KB with its headers, quotes and signature), and a bound on the work of one.
    static let maxQueryBytes = 65_536
    /// The most items in one batch.
    static let maxBatchItems = 1_000

    /// The three names a query may come under, and the kind each forces.
    static let fields: [(name: String, kind: InputKind?)] = [
        ("query", nil), ("q", nil), ("orderNumber", .orderNumber), ("descriptor", .descriptor),
    ]

    /// From `?q=`, `?orderNumber=` or `?descriptor=` (or `query=`, as a form sends it).
    static func fromParameters(_ parameters: [(name: String, value: String)]) throws(ServiceError) -> IdentifyQuery {
        var found: IdentifyQuery?
        for (name, value) in parameters {
            // `q[]=…` or `q[0]=…` is a field sent as an array: refuse it rather than ignore it beside a `q`.
            if let bracket = name.firstIndex(of: "["), fields.contains(where: { $0.name == name[..<bracket] }) {
                throw .badRequest(ProblemTexts.queryFieldAsArray)
            }
            guard let field = fields.first(where: { $0.name == name }) else { continue }
            guard found == nil else {
                throw .badRequest(ProblemTexts.oneParameterOnly)
            }
            found = IdentifyQuery(text: try validated(value), kind: field.kind)
        }
        guard var found else {
            throw .badRequest(ProblemTexts.missingParameter)
        }
        found.includeGuide = try includesGuide(parameters)
        return found
    }

    /// What `include` may name: today only `guide`.
    static let includable: Set<String> = ["guide"]

    /// Whether `include=` (comma-separated, and repeatable) asks for the guide.
    static func includesGuide(_ parameters: [(name: String, value: String)]) throws(ServiceError) -> Bool {
        var values: [String] = []
        for (name, value) in parameters where name == "include" {
            values += value.split(separator: ",", omittingEmptySubsequences: false).map { $0.lowercased() }
        }
        try checkIncludable(values)
        return values.contains("guide")
    }

    private static func checkIncludable(_ values: [String]) throws(ServiceError) {
        if let unknown = values.first(where: { !includable.contains($0) }) {
            throw .badRequest(ProblemTexts.cannotInclude(unknown))
        }
    }

    /// From a `POST` body, by its `Content-Type`.
    static func fromBody(_ body: [UInt8], contentType: String?) throws(ServiceError) -> IdentifyPayload {
        let mediaType = contentType.map(Self.mediaType)
        switch mediaType {
        case "application/json"?, "application/problem+json"?:
            guard !body.isEmpty else {
                throw .badRequest(ProblemTexts.emptyJSONBody)
            }
            return try fromJSON(body)
        case "application/x-www-form-urlencoded"?:
            // `curl -d '{"query": …}'` labels JSON as a form: say which header to send.
            if let first = body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
                first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
            {
                throw .unsupportedMediaType(ProblemTexts.jsonSentAsForm)
            }
            guard let pairs = URLEncodedForm.decode(body) else {
                throw .badRequest(ProblemTexts.brokenForm)
            }
            return .single(try fromParameters(pairs))
        case nil:
            throw .unsupportedMediaType(ProblemTexts.identifyContentType)
        case let other?:
            throw .unsupportedMediaType(ProblemTexts.identifyContentTypeRefused(other))
        }
    }

    private static func fromJSON(_ body: [UInt8]) throws(ServiceError) -> IdentifyPayload {
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(body)
        } catch {
            throw .badRequest(ProblemTexts.malformedJSON(offset: error.offset, reason: error.reason))
        }
        switch parsed {
        case .object(let object):
            return .single(try fromObject(object))
        case .array(let array):
            guard !array.isEmpty else { throw .badRequest(ProblemTexts.emptyBatch) }
            guard array.count <= maxBatchItems else {
                throw .badRequest(ProblemTexts.batchTooLarge(items: array.count, limit: maxBatchItems))
            }
            return .batch(
                array.map { item in
                    guard case .object(let object) = item else {
                        return .failure(.badRequest(ProblemTexts.batchItemNotObject))
                    }
                    do throws(ServiceError) { return .success(try fromObject(object)) } catch { return .failure(error) }
                })
        default:
            throw .badRequest(ProblemTexts.notAnObjectOrArray)
        }
    }

    private static func fromObject(_ object: [String: JSONValue]) throws(ServiceError) -> IdentifyQuery {
        var found: IdentifyQuery?
        for (name, kind) in fields {
            guard let value = object[name] else { continue }
            guard found == nil else {
                throw .badRequest(ProblemTexts.oneMemberOnly)
            }
            found = IdentifyQuery(text: try validated(try text(of: value, field: name)), kind: kind)
        }
        guard var found else {
            throw .badRequest(ProblemTexts.missingMember)
        }
        if let include = object["include"] {
            guard case .array(let items) = include else { throw .badRequest(ProblemTexts.includeMustBeNames) }
            var values: [String] = []
            for item in items {
                guard case .string(let name) = item else { throw .badRequest(ProblemTexts.includeMustBeNames) }
                values.append(name.lowercased())
            }
            try checkIncludable(values)
            found.includeGuide = values.contains("guide")
        }
        return found
    }

    /// A JSON string, or for `query` and `orderNumber` a whole number (order numbers are digits).
    private static func text(of value: JSONValue, field: String) throws(ServiceError) -> String {
        switch value {
        case .string(let text):
            return text
        case .number(let number, let text) where field != "descriptor":
            // Whole numbers from 0 to 10^15 - 1, as openapi.yaml says: beyond that JSON clients lose
            // digits. The text must be exactly that whole number (`1.0`, `2.2122857e7`), not one
            // that only rounds to it (`0.99999999999999999999` is not 1).
            guard number >= 0, number < 1e15, number.rounded() == number else { break }
            if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return text }
            guard let exact = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                exact == Decimal(Int64(number))
            else { break }
            return String(Int64(number))
        default:
            break
        }
        throw .badRequest(ProblemTexts.notText(field: field))
    }

    /// `application/json; charset=utf-8` → `application/json`: the type before any parameter, trimmed
    /// and lower-cased (ASCII only, without Foundation's costly `trimmingCharacters`).
    static func mediaType(_ contentType: String) -> String {
        let type = contentType.utf8.prefix { $0 != UInt8(ascii: ";") }
        let trimmed = type.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
        return String(decoding: trimmed.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the text holds a character that is neither whitespace, a control character nor an
    /// invisible one normalisation drops (`%00`, a zero-width space): without one, a text is as empty
    /// as blanks. openapi.yaml's QueryText pattern names the same set.
    static func hasVisibleText(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .control && !TextNormalizer.isInvisible($0)
        }
    }

    /// Rejects empty and over-long queries: past ``maxQueryBytes`` a 413 that says what to paste
    /// instead.
    static func validated(_ text: String) throws(ServiceError) -> String {
        guard hasVisibleText(text) else {
            throw .badRequest(ProblemTexts.emptyQuery)
        }
        guard text.utf8.count <= maxQueryBytes else {
            throw .contentTooLarge(ProblemTexts.queryTooLong(maxBytes: maxQueryBytes))
        }
        return text
    }
}
