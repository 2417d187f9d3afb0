/// The names people type for each product line, from the rule file's `products`: read as a person
/// would type them, with or without "Kaspersky" or 「カスペルスキー」, in any case, with spaces,
/// hyphens or underscores, in full width or in Japanese (`plus`, `Kaspersky_Premium`,
/// `ｋａｓｐｅｒｓｋｙ－ｓｔａｎｄａｒｄ`, `プラス`).
public struct ProductNames: Sendable {
    /// Every accepted name, in the file's order, for an error message that lists them.
    public let accepted: [String]
    private let lines: [String: ProductLine]

    /// Builds the lookup; each line's identifier is always accepted.
    init(_ names: [(line: ProductLine, names: [String])]) {
        var accepted: [String] = []
        var lines: [String: ProductLine] = [:]
        for (line, names) in names {
            for name in [line.rawValue] + names {
                accepted.append(name)
                lines[Self.key(name)] = line
            }
        }
        self.accepted = accepted
        self.lines = lines
    }

    /// The product line a name stands for. The other Kaspersky applications are recognised by name
    /// and map to ``ProductLine/other``; anything else is `nil`, since guessing the route would send
    /// the customer to the wrong account.
    public func line(named name: String) -> ProductLine? {
        var key = Self.key(name)
        for prefix in ["kaspersky", "カスペルスキー"] where key.hasPrefix(prefix) && key.count > prefix.count {
            key.removeFirst(prefix.count)
        }
        return lines[key]
    }

    /// A name as looked up: folded, without the characters people part words with.
    static func key(_ name: String) -> String {
        String(TextNormalizer.fold(name).filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "・" })
    }
}
