/// A parsed JSON value (RFC 8259), as small as the request bodies need.
package enum JSONValue: Equatable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// A number, with its source text (so whole numbers keep every digit).
    case number(Double, text: String)
    case bool(Bool)
    case null

    /// Parses a whole document: UTF-8, at most `maxDepth` nested arrays and objects, nothing after it.
    package static func parse(_ bytes: [UInt8], maxDepth: Int = 32) throws(JSONParser.Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        return try parser.document()
    }
}
