/// Ordered header fields; names compare case-insensitively, repeated fields are kept in order.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// The fields in the order they were received or added.
    public private(set) var fields: [(name: String, value: String)]

    /// Creates headers from ordered pairs.
    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    /// Creates headers from a literal such as `["Content-Type": "text/plain"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// The fields as `Name: value` lines.
    public var description: String { fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n") }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// The first value of the named field, compared case-insensitively.
    public func first(name: String) -> String? {
        fields.first { Self.equal($0.name, name) }?.value
    }

    /// Every value of the named field, in order.
    public func values(name: String) -> [String] {
        fields.filter { Self.equal($0.name, name) }.map(\.value)
    }

    /// The first value of the named field, or `nil`; setting replaces every field of that name.
    public subscript(name: String) -> String? {
        get { first(name: name) }
        set {
            if let newValue {
                replace(name: name, value: newValue)
            } else {
                remove(name: name)
            }
        }
    }

    /// Appends a field, keeping any others of the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field of that name with one field.
    public mutating func replace(name: String, value: String) {
        remove(name: name)
        fields.append((name: name, value: value))
    }

    /// Removes every field of that name.
    public mutating func remove(name: String) {
        fields.removeAll { Self.equal($0.name, name) }
    }

    /// Whether any field of that name has a comma-separated element equal to `token`, ignoring case.
    public func contains(name: String, token: String) -> Bool {
        for value in values(name: name) {
            for element in value.split(separator: ",")
            where Self.equal(element.trimmingSpaces, token) {
                return true
            }
        }
        return false
    }

    /// ASCII case-insensitive comparison of two strings: lengths first (O(1) for native strings, and
    /// most header names differ in length), then the bytes in place.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        let fast: Bool? =
            lhs.utf8.withContiguousStorageIfAvailable { left in
                rhs.utf8.withContiguousStorageIfAvailable { right in
                    for index in 0..<left.count where left[index] != right[index] {
                        if lower(left[index]) != lower(right[index]) { return false }
                    }
                    return true
                }
            } ?? nil
        return fast ?? equalSlow(lhs, rhs)
    }

    /// ASCII case-insensitive comparison without allocating.
    static func equal<A: StringProtocol, B: StringProtocol>(_ lhs: A, _ rhs: B) -> Bool {
        equalSlow(lhs, rhs)
    }

    private static func equalSlow<A: StringProtocol, B: StringProtocol>(_ lhs: A, _ rhs: B) -> Bool {
        var left = lhs.utf8.makeIterator()
        var right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case (let l?, let r?):
                if l != r && Self.lower(l) != Self.lower(r) { return false }
            default: return false
            }
        }
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
