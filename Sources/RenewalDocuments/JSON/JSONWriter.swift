package import HTTPProtocol

/// The one JSON serialiser of the service and the CLI: every document writes itself straight into
/// bytes (its `+JSON.swift` file, beside the document), keys in sorted order, slashes unescaped,
/// nothing but `"`, `\\` and control characters escaped. One path per document, so no second
/// encoding can drift from it, and no encoder that can fail at run time.
///
/// Objects are written member by member: ``object(_:)`` opens one and ``member(_:_:)`` writes
/// `"key":value` with the comma it needs, so a document's JSON reads as its list of members.
package struct JSONWriter: ~Copyable {
    /// The bytes written so far.
    package var output: ByteWriter
    /// Whether the object being written has a member already (the next one needs a comma).
    @usableFromInline var hasMember = false

    /// An empty writer with room for `capacity` bytes. Inlinable: the service makes one for every
    /// access-log line and every answer.
    @inlinable package init(capacity: Int = 512) {
        output = ByteWriter(capacity: capacity)
    }

    /// A copy of what was written.
    package var bytes: [UInt8] { output.bytes }

    /// Bytes that are JSON already (a document written before), as they are.
    package mutating func append(_ raw: [UInt8]) {
        output.append(raw)
    }

    /// One byte, as it is.
    package mutating func byte(_ value: UInt8) {
        output.append(value)
    }

    /// JSON text, as it is.
    package mutating func raw(_ text: StaticString) {
        output.append(text)
    }

    /// `{…}`: `members` writes each with ``member(_:_:)``, in sorted order.
    package mutating func object(_ members: (inout JSONWriter) -> Void) {
        output.append(UInt8(ascii: "{"))
        hasMember = false
        members(&self)
        output.append(UInt8(ascii: "}"))
        // Back in the enclosing object or array, which has this object as a member or element.
        hasMember = true
    }

    /// `"key":` with the comma before it when it is not the object's first member; the value is
    /// written next.
    package mutating func key(_ name: StaticString) {
        // `,"name":` in one write: every member of every answer passes here.
        let comma = hasMember ? 1 : 0
        let length = name.utf8CodeUnitCount
        hasMember = true
        output.append(count: comma + length + 3) { bytes in
            if comma == 1 { bytes[0] = UInt8(ascii: ",") }
            bytes[comma] = UInt8(ascii: "\"")
            (bytes + comma + 1).initialize(from: name.utf8Start, count: length)
            bytes[comma + length + 1] = UInt8(ascii: "\"")
            bytes[comma + length + 2] = UInt8(ascii: ":")
        }
    }

    /// `"key":` for a key made at run time (a map's), escaped as any string is.
    package mutating func key(escaping name: String) {
        if hasMember { output.append(UInt8(ascii: ",")) }
        hasMember = true
        string(name)
        output.append(UInt8(ascii: ":"))
    }

    /// `"key":value`.
    package mutating func member(_ name: StaticString, _ value: some JSONWritable) {
        key(name)
        value.write(to: &self)
    }

    /// `"key":json`, for JSON written before (a document rendered once, an answer embedded whole).
    package mutating func member(_ name: StaticString, json: [UInt8]) {
        key(name)
        output.append(json)
    }

    /// `"key":"token"`: a value that needs no escaping (an identifier, an enumeration's raw value).
    package mutating func member(_ name: StaticString, token: String) {
        key(name)
        verbatimString(token)
    }

    /// `"key":[…]`, each element written by `element`.
    package mutating func member<Element>(
        _ name: StaticString, _ elements: [Element], _ element: (inout JSONWriter, Element) -> Void
    ) {
        key(name)
        array(elements, element)
    }

    /// A string literal: `"`, `\` and control characters escaped, everything else as UTF-8. Runs
    /// that need no escaping are copied in one go.
    package mutating func string(_ text: String) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        output.append(UInt8(ascii: "\""))
    }

    /// A string literal for text that should need no escaping (tokens, identifiers, templates):
    /// one scan, then one copy. Should it hold a quote, a backslash or a control character after
    /// all, it is escaped like any other string.
    package mutating func verbatimString(_ text: String) {
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

    /// `true` or `false`.
    package mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// `[…]`, each element written by `element`.
    package mutating func array<Element>(_ elements: [Element], _ element: (inout JSONWriter, Element) -> Void) {
        raw("[")
        for (index, value) in elements.enumerated() {
            if index > 0 { raw(",") }
            element(&self, value)
        }
        raw("]")
    }

    /// A number as `JSONEncoder` writes a `Double`: integral values without a fraction.
    package mutating func number(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            output.append(utf8: String(Int64(value)))
        } else {
            output.append(utf8: "\(value)")
        }
    }

    /// An integer, written digit by digit from the most significant, without an intermediate string.
    package mutating func number(_ value: Int) {
        output.append(decimal: value)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
