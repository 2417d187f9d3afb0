import MicroHTTP
import RenewalRules

/// A minimal JSON writer for the hot path: the documents the service answers most often are written
/// straight into bytes, in the same key order and escaping as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (a test holds the two byte for byte), at a fraction of its cost.
struct JSONWriter: ~Copyable {
    var output: ByteWriter

    init(capacity: Int = 512) {
        output = ByteWriter(capacity: capacity)
    }

    /// A copy of what was written.
    var bytes: [UInt8] { output.bytes }

    mutating func append(_ raw: [UInt8]) {
        output.append(raw)
    }

    mutating func byte(_ value: UInt8) {
        output.append(value)
    }

    mutating func raw(_ text: StaticString) {
        output.append(text)
    }

    /// A string literal: `"`, `\` and control characters escaped, everything else as UTF-8. Runs
    /// that need no escaping are copied in one go.
    mutating func string(_ text: String) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        output.append(UInt8(ascii: "\""))
    }

    /// A string literal for text that should need no escaping (tokens, identifiers, templates):
    /// one scan, then one copy. Should it hold a quote, a backslash or a control character after
    /// all, it is escaped like any other string.
    mutating func verbatimString(_ text: String) {
        guard !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            string(text)
            return
        }
        output.append(UInt8(ascii: "\""))
        output.append(utf8: text)
        output.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[runStart..<index])))
                escape(byte)
                runStart = index + 1
            }
            index += 1
        }
        output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw(#"\""#)
        case UInt8(ascii: "\\"): raw(#"\\"#)
        case 0x0A: raw(#"\n"#)
        case 0x0D: raw(#"\r"#)
        case 0x09: raw(#"\t"#)
        case 0x08: raw(#"\b"#)
        case 0x0C: raw(#"\f"#)
        default:
            raw(#"\u00"#)
            output.append(Self.hexDigits[Int(byte >> 4)])
            output.append(Self.hexDigits[Int(byte & 0xF)])
        }
    }

    /// A number as `JSONEncoder` writes a `Double`: integral values without a fraction.
    mutating func number(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            output.append(utf8: String(Int64(value)))
        } else {
            output.append(utf8: "\(value)")
        }
    }

    /// An integer, written digit by digit from the most significant, without an intermediate string.
    mutating func number(_ value: Int) {
        output.append(decimal: value)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension JSONWriter {
    /// `{"id":…,"name":…}` or `null`.
    mutating func provider(_ reference: ProviderReference?) {
        guard let reference else { return raw("null") }
        idAndName(id: reference.id, name: reference.name)
    }

    /// `{"id":…,"name":…}` or `null`.
    mutating func intermediary(_ intermediary: IntermediaryDocument?) {
        guard let intermediary else { return raw("null") }
        idAndName(id: intermediary.id, name: intermediary.name)
    }

    private mutating func idAndName(id: String, name: String) {
        raw(#"{"id":"#)
        string(id)
        raw(#","name":"#)
        string(name)
        raw("}")
    }

    /// `{"grade":…,"id":…,"title":…,"url":…}` or `null`.
    mutating func source(_ source: SourceDocument?) {
        guard let source else { return raw("null") }
        raw(#"{"grade":"#)
        verbatimString(source.grade.rawValue)
        raw(#","id":"#)
        verbatimString(source.id)
        raw(#","title":"#)
        string(source.title)
        raw(#","url":"#)
        optionalString(source.url)
        raw("}")
    }

    /// A string, or `null`.
    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// An identification, keys sorted; `guides`, when given, are already-rendered guide documents
    /// embedded as the `guides` member (`include=guide`).
    mutating func identification(_ document: IdentificationDocument, guides: [[UInt8]]? = nil) {
        raw(#"{"candidates":["#)
        for (index, candidate) in document.candidates.enumerated() {
            if index > 0 { raw(",") }
            raw(#"{"confidence":"#)
            number(candidate.confidence)
            raw(#","evidence":"#)
            optionalString(candidate.evidence)
            raw(#","guide":"#)
            string(candidate.guide)
            raw(#","provider":"#)
            provider(candidate.provider)
            raw(#","reason":"#)
            string(candidate.reason)
            raw(#","source":"#)
            source(candidate.source)
            raw("}")
        }
        raw(#"],"confidence":"#)
        number(document.confidence)
        raw(#","guide":"#)
        string(document.guide)
        if let guides {
            raw(#","guides":["#)
            for (index, guide) in guides.enumerated() {
                if index > 0 { raw(",") }
                append(guide)
            }
            raw("]")
        }
        raw(#","intermediary":"#)
        intermediary(document.intermediary)
        raw(#","kind":"#)
        string(document.kind.rawValue)
        raw(#","namesKaspersky":"#)
        if document.namesKaspersky { raw("true") } else { raw("false") }
        raw(#","next":"#)
        optionalString(document.next)
        raw(#","normalized":"#)
        string(document.normalized)
        raw(#","provider":"#)
        provider(document.provider)
        raw(#","query":"#)
        string(document.query)
        raw(#","reason":"#)
        string(document.reason)
        raw(#","source":"#)
        source(document.source)
        raw(#","status":"#)
        string(document.status.rawValue)
        raw("}")
    }

    /// A problem, keys sorted.
    mutating func problem(_ problem: ProblemDetails) {
        raw(#"{"detail":"#)
        string(problem.detail)
        raw(#","status":"#)
        number(problem.status)
        raw(#","title":"#)
        string(problem.title)
        raw(#","type":"#)
        string(problem.type)
        raw("}")
    }
}
