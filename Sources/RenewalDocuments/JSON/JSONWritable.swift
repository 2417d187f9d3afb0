package import RenewalRules

/// A value that writes itself as JSON: every document, and the plain values their members hold.
package protocol JSONWritable {
    /// Writes the value at the writer's position.
    func write(to json: inout JSONWriter)
}

extension JSONWritable {
    /// The value as a JSON document of its own.
    package func jsonBytes(capacity: Int = 512) -> [UInt8] {
        var json = JSONWriter(capacity: capacity)
        write(to: &json)
        return json.bytes
    }
}

extension String: JSONWritable {
    /// A string literal, escaped where needed.
    package func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    /// Digits.
    package func write(to json: inout JSONWriter) { json.number(self) }
}

extension Double: JSONWritable {
    /// As `JSONEncoder` writes it: integral values without a fraction.
    package func write(to json: inout JSONWriter) { json.number(self) }
}

extension Bool: JSONWritable {
    /// `true` or `false`.
    package func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// The value, or `null`.
    package func write(to json: inout JSONWriter) {
        if let self { self.write(to: &json) } else { json.raw("null") }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// `[…]`.
    package func write(to json: inout JSONWriter) {
        json.array(self) { $1.write(to: &$0) }
    }
}

/// A value written as its raw value, which is a token that needs no escaping.
package protocol JSONToken: JSONWritable, RawRepresentable<String> {}

extension JSONToken {
    /// `"rawValue"`.
    package func write(to json: inout JSONWriter) { json.verbatimString(rawValue) }
}

extension Language: JSONToken {}
extension SourceGrade: JSONToken {}
extension DescriptorCoverage: JSONToken {}
extension InputKind: JSONToken {}
extension IdentificationStatus: JSONToken {}
extension StatementScanner.Layout: JSONToken {}
