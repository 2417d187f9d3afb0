import RenewalRules

/// A minimal JSON writer for the hot path: the documents the service answers most often are written
/// straight into bytes, in the same key order and escaping as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (a test holds the two byte for byte), at a fraction of its cost.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A string literal: `"`, `\` and control characters escaped, everything else as UTF-8. Runs
    /// that need no escaping are copied in one go.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if written == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
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
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
    }

    /// A number as `JSONEncoder` writes a `Double`: integral values without a fraction.
    mutating func number(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// An integer, written digit by digit from the most significant, without an intermediate string.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension JSONWriter {
    /// `{"id":…,"name":…}`
    mutating func provider(_ reference: ProviderReference?) {
        guard let reference else { return raw("null") }
        raw(#"{"id":"#)
        string(reference.id)
        raw(#","name":"#)
        string(reference.name)
        raw("}")
    }

    /// An identification, keys sorted.
    mutating func identification(_ document: IdentificationDocument) {
        raw(#"{"candidates":["#)
        for (index, candidate) in document.candidates.enumerated() {
            if index > 0 { raw(",") }
            raw(#"{"confidence":"#)
            number(candidate.confidence)
            raw(#","guide":"#)
            string(candidate.guide)
            raw(#","provider":"#)
            provider(candidate.provider)
            raw(#","reason":"#)
            string(candidate.reason)
            raw("}")
        }
        raw(#"],"confidence":"#)
        number(document.confidence)
        raw(#","guide":"#)
        string(document.guide)
        raw(#","kind":"#)
        string(document.kind.rawValue)
        raw(#","normalized":"#)
        string(document.normalized)
        raw(#","provider":"#)
        provider(document.provider)
        raw(#","query":"#)
        string(document.query)
        raw(#","reason":"#)
        string(document.reason)
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
