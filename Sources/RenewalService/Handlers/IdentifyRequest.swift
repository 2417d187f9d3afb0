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
                throw .badRequest(
                    LocalizedText(
                        ja: "q、orderNumber、descriptorは配列ではなく、文字列で一度だけ指定してください。",
                        en: "Give q, orderNumber or descriptor once, as plain text, not as an array."))
            }
            guard let field = fields.first(where: { $0.name == name }) else { continue }
            guard found == nil else {
                throw .badRequest(
                    LocalizedText(
                        ja: "q、orderNumber、descriptorのうち一つだけを指定してください。",
                        en: "Give only one of q, orderNumber or descriptor."))
            }
            found = IdentifyQuery(text: try validated(value), kind: field.kind)
        }
        guard var found else {
            throw .badRequest(
                LocalizedText(
                    ja: "問い合わせがありません。q、orderNumber、descriptorのいずれかを指定してください。",
                    en: "Missing query: give q, orderNumber or descriptor."))
        }
        found.includeGuide = try includesGuide(parameters)
        return found
    }

    /// What to send when a POST to `/identify` has no usable Content-Type (also said from the head).
    static let contentTypeHint = LocalizedText(
        ja: "Content-Type: application/jsonかapplication/x-www-form-urlencodedを付けて送ってください。",
        en: "Send Content-Type: application/json or application/x-www-form-urlencoded.")

    private static let includeMustBeNames = LocalizedText(
        ja: "includeは[\"guide\"]のような名前の配列にしてください。", en: "include must be an array of names, such as [\"guide\"].")

    /// What a query past ``maxQueryBytes`` is told: the limit, and the part worth pasting.
    static let tooLong = LocalizedText(
        ja: "入力がUTF-8で\(maxQueryBytes / 1024) KB(\(maxQueryBytes)バイト)を超えています。注文番号か取引明細の行だけ、"
            + "またはメールのうち注文番号のある部分(件名と注文の内容)だけを貼り付けてください。",
        en:
            "The text is longer than \(maxQueryBytes / 1024) KB (\(maxQueryBytes) bytes of UTF-8). Paste only the order "
            + "number or the statement line, or the part of the e-mail that holds the order number (its subject and the "
            + "order details).")

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
            throw .badRequest(
                LocalizedText(
                    ja: "「\(unknown.prefix(40))」は含められません。includeに指定できるのはguideです。",
                    en: "Cannot include \"\(unknown.prefix(40))\": include takes guide."))
        }
    }

    /// From a `POST` body, by its `Content-Type`.
    static func fromBody(_ body: [UInt8], contentType: String?) throws(ServiceError) -> IdentifyPayload {
        let mediaType = contentType.map(Self.mediaType)
        switch mediaType {
        case "application/json"?, "application/problem+json"?:
            guard !body.isEmpty else {
                throw .badRequest(
                    LocalizedText(
                        ja: "リクエストの本文が空です。JSONオブジェクトを送ってください。", en: "The request body is empty: send a JSON object."))
            }
            return try fromJSON(body)
        case "application/x-www-form-urlencoded"?:
            // `curl -d '{"query": …}'` labels JSON as a form: say which header to send.
            if let first = body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
                first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
            {
                throw .unsupportedMediaType(
                    LocalizedText(
                        ja:
                            "本文はJSONのようですが、フォームとして送られています(curl -dはそうします)。ヘッダーContent-Type: application/jsonを付けて送ってください。",
                        en:
                            "The body looks like JSON but was sent as a form (curl -d does that): send the header Content-Type: application/json."
                    )
                )
            }
            guard let pairs = URLEncodedForm.decode(body) else {
                throw .badRequest(
                    LocalizedText(
                        ja: "フォームの本文に壊れたパーセントエスケープがあるか、UTF-8ではありません。",
                        en: "The form body has a broken percent-escape or is not UTF-8."))
            }
            return .single(try fromParameters(pairs))
        case nil:
            throw .unsupportedMediaType(contentTypeHint)
        case let other?:
            throw .unsupportedMediaType(
                LocalizedText(
                    ja:
                        "Content-Type \(other.prefix(60))は受け付けていません。application/jsonかapplication/x-www-form-urlencodedを使ってください。",
                    en:
                        "Content-Type \(other.prefix(60)) is not accepted: use application/json or application/x-www-form-urlencoded."
                )
            )
        }
    }

    private static func fromJSON(_ body: [UInt8]) throws(ServiceError) -> IdentifyPayload {
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(body)
        } catch {
            throw .badRequest(
                LocalizedText(
                    ja: "JSONの\(error.offset)バイト目が正しくありません: \(error.reason)",
                    en: "Malformed JSON at byte \(error.offset): \(error.reason)."))
        }
        switch parsed {
        case .object(let object):
            return .single(try fromObject(object))
        case .array(let array):
            guard !array.isEmpty else { throw .badRequest(LocalizedText(ja: "一括の配列が空です。", en: "The batch is empty.")) }
            guard array.count <= maxBatchItems else {
                throw .badRequest(
                    LocalizedText(
                        ja: "一括の項目が\(array.count)件あります。受け付けるのは\(maxBatchItems)件までです。",
                        en: "The batch has \(array.count) items; at most \(maxBatchItems) are accepted."))
            }
            return .batch(
                array.map { item in
                    guard case .object(let object) = item else {
                        return .failure(
                            .badRequest(
                                LocalizedText(
                                    ja: "一括の各項目はJSONオブジェクトにしてください。", en: "Each batch item must be a JSON object.")))
                    }
                    do throws(ServiceError) { return .success(try fromObject(object)) } catch { return .failure(error) }
                })
        default:
            throw .badRequest(
                LocalizedText(
                    ja: "{\"query\": \"22122857\"}のようなJSONオブジェクトか、その配列を送ってください。",
                    en: "Send a JSON object such as {\"query\": \"22122857\"}, or an array of them."))
        }
    }

    private static func fromObject(_ object: [String: JSONValue]) throws(ServiceError) -> IdentifyQuery {
        var found: IdentifyQuery?
        for (name, kind) in fields {
            guard let value = object[name] else { continue }
            guard found == nil else {
                throw .badRequest(
                    LocalizedText(
                        ja: "query(またはq)、orderNumber、descriptorのうち一つだけを指定してください。",
                        en: "Give only one of query (or q), orderNumber or descriptor."))
            }
            found = IdentifyQuery(text: try validated(try text(of: value, field: name)), kind: kind)
        }
        guard var found else {
            throw .badRequest(
                LocalizedText(
                    ja: "問い合わせがありません。query(またはq)、orderNumber、descriptorのいずれかを指定してください。",
                    en: "Missing query: give query (or q), orderNumber or descriptor."))
        }
        if let include = object["include"] {
            guard case .array(let items) = include else { throw .badRequest(includeMustBeNames) }
            var values: [String] = []
            for item in items {
                guard case .string(let name) = item else { throw .badRequest(includeMustBeNames) }
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
        throw .badRequest(
            LocalizedText(
                ja: "\(field)は文字列\(field == "descriptor" ? "" : "か、正確に書いた整数")にしてください。",
                en: "\(field) must be a string\(field == "descriptor" ? "" : " or a whole number, written exactly")."))
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
            throw .badRequest(LocalizedText(ja: "問い合わせが空です。", en: "The query is empty."))
        }
        guard text.utf8.count <= maxQueryBytes else { throw .contentTooLarge(tooLong) }
        return text
    }
}
