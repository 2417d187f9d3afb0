import Yams

/// A section of parts written once under a name (`guide-notes`, `guide-steps`) for guides to refer
/// to, and which names the guides use. A part that could not be read is remembered, so that what
/// refers to it adds no problem to the one already reported.
struct NamedParts<Value> {
    /// The section's key in the file.
    let section: String
    /// What one part is called in problems (`note`, `steps`).
    let kind: String
    private var parts: [String: Located<Value>] = [:]
    private var broken: Set<String> = []
    private var used: Set<String> = []
    /// Whether the section itself could not be read (not a mapping, or too many names).
    private var unreadable = false

    init(section: String, kind: String) {
        self.section = section
        self.kind = kind
    }

    /// Every part read.
    var values: [Value] { parts.values.map(\.value) }

    /// Whether every part was read, so that ``values`` is all the section holds.
    var isComplete: Bool { !unreadable && broken.isEmpty }

    /// Reads the section: a mapping of at most ``RuleFileLimits/guideParts`` names, each part read
    /// by `part`, which returns `nil` after recording its problem.
    mutating func read(_ node: Node, _ reader: RuleFileReader, part: (String, Node) -> Value?) {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "\(section) must map each name to what it names")
            unreadable = true
            return
        }
        guard mapping.count <= RuleFileLimits.guideParts else {
            reader.problem(node, "\(section) names \(mapping.count); at most \(RuleFileLimits.guideParts)")
            unreadable = true
            return
        }
        for (key, value) in mapping {
            guard let name = reader.text(key, "a name in \(section)") else { continue }
            if let read = part(name, value) {
                parts[name] = Located(value: read, node: value)
            } else {
                broken.insert(name)
            }
        }
    }

    /// The part a reference names, marked as used; `nil` after recording an unknown name, or
    /// silently for a part whose problem is already recorded.
    mutating func resolve(_ node: Node, _ name: String, in place: String, _ reader: RuleFileReader) -> Value? {
        guard let part = parts[name] else {
            guard !broken.contains(name), !unreadable else { return nil }
            let known = parts.keys.sorted().joined(separator: ", ")
            reader.problem(node, "unknown \(kind) '\(name)' in \(place); \(section) names: \(known)")
            return nil
        }
        used.insert(name)
        return part.value
    }

    /// A part no guide uses is a leftover: an edit that meant to use it did not.
    func reportUnused(_ reader: RuleFileReader, _ message: (String) -> String) {
        for (name, part) in parts where !used.contains(name) {
            reader.problem(part.node, message(name))
        }
    }
}
