/// Where a guide is served: `/guide/` and its identifier (`/guide/2checkout`), what every answer's
/// `guide` member holds. The rules name guides by identifier only; the path is the documents'.
package struct GuidePath: JSONWritable, Sendable {
    /// The guide's identifier.
    package let id: String

    /// The path of the guide `id`.
    package init(_ id: String) {
        self.id = id
    }

    /// `/guide/`, before every identifier.
    package static let prefix: StaticString = "/guide/"

    /// The path as text.
    package var text: String { "\(Self.prefix)\(id)" }

    /// `"/guide/<id>"`, written in place rather than built as a string first: every answer has
    /// one per candidate.
    package func write(to json: inout JSONWriter) {
        json.byte(UInt8(ascii: "\""))
        json.raw(Self.prefix)
        if id.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            // Not from the rules (identifiers are tokens), but escaped all the same.
            var escaped = JSONWriter(capacity: id.utf8.count + 8)
            escaped.string(id)
            json.append(Array(escaped.bytes.dropFirst().dropLast()))
        } else {
            json.output.append(utf8: id)
        }
        json.byte(UInt8(ascii: "\""))
    }
}
