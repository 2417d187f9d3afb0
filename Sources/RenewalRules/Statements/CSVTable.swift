/// A CSV export as rows of fields: RFC 4180 quoting (quoted fields may hold the delimiter, `""`
/// and line breaks), with the delimiter found from the text (comma, semicolon or tab).
struct CSVTable {
    /// One row: its fields and the line it starts on (1-based).
    struct Row {
        let fields: [String]
        let line: Int
    }

    let rows: [Row]
    let delimiter: Character

    /// Parses the text; at most `maximumRows` rows are read, blank ones not counted (an export with a
    /// blank line between rows is read to its end).
    init(_ text: String, maximumRows: Int) {
        delimiter = Self.delimiter(of: text)
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return iterator.next()
        }
        while rows.count < maximumRows, let character = next() {
            if quoted {
                if character == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else if character.isNewline {
                fields.append(field)
                if fields.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                    rows.append(Row(fields: fields, line: rowLine))
                }
                fields = []
                field = ""
                line += 1
                rowLine = line
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty { rows.append(Row(fields: fields + [field], line: rowLine)) }
        self.rows = rows.filter { row in row.fields.contains { !$0.allSatisfy(\.isWhitespace) } }
    }

    /// The delimiter that occurs most often, outside quotes, in the first lines.
    private static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        var lines = 0
        for character in text.prefix(8_192) {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character.isNewline {
                lines += 1
                if lines >= 20 { break }
            }
            if counts[character] != nil { counts[character]! += 1 }
        }
        // The commonest wins; on a tie, the comma, then the semicolon, then the tab.
        let order: [Character] = [",", ";", "\t"]
        return order.max { lhs, rhs in
            counts[lhs]! != counts[rhs]!
                ? counts[lhs]! < counts[rhs]! : order.firstIndex(of: lhs)! > order.firstIndex(of: rhs)!
        }!
    }
}
