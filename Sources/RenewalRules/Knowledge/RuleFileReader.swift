import Yams

/// Reads a rule file's YAML nodes strictly: every mapping's keys are checked against the keys its
/// place allows, every value against the type it needs, and every problem is recorded with its
/// line, so that a file is checked whole in one pass.
final class RuleFileReader {
    let file: String
    private(set) var problems: [RuleFileProblem] = []
    /// The file's sources, once read (``SourceFileParts``), for the sections that name them.
    var sources: [Source] = []
    /// The one source of grade article, once the sources are read.
    var article: Source?

    init(file: String) {
        self.file = file
    }

    func problem(_ node: Node?, _ message: String) {
        guard problems.count < RuleFileLimits.problems else { return }
        problems.append(RuleFileProblem(file: file, line: node?.mark?.line ?? 0, message: message))
    }

    /// The keys and values of a mapping; unknown keys and missing required ones are problems.
    func mapping(_ node: Node, _ place: String, allowed: Set<String>, required: Set<String> = []) -> RuleMapping? {
        guard case .mapping(let mapping) = node else {
            problem(node, "\(place) must be a mapping of keys to values")
            return nil
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                problem(key, "\(place) has a key that is not text")
                continue
            }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                problem(key, "unknown key '\(name)' in \(place); the keys it takes are: \(known)")
                continue
            }
            entries[name] = value
        }
        for name in required.sorted() where entries[name] == nil {
            problem(node, "\(place) needs '\(name)'")
        }
        return RuleMapping(node: node, entries: entries, place: place)
    }

    /// The items of a sequence.
    func sequence(_ node: Node, _ place: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            problem(node, "\(place) must be a list")
            return nil
        }
        return Array(sequence)
    }

    /// A plain text value of at most `maxLength` characters, not empty.
    func text(_ node: Node, _ place: String, maxLength: Int = RuleFileLimits.textLength) -> String? {
        guard case .scalar(let scalar) = node else {
            problem(node, "\(place) must be text")
            return nil
        }
        let text = scalar.string
        guard !text.isEmpty, text.utf8.count <= maxLength else {
            problem(node, "\(place) must be 1 to \(maxLength) bytes long (UTF-8)")
            return nil
        }
        return text
    }

    /// The items of a list of at most `limit`.
    func sequence(_ node: Node, _ place: String, atMost limit: Int) -> [Node]? {
        guard let items = sequence(node, place) else { return nil }
        guard items.count <= limit else {
            problem(node, "\(place) holds \(items.count) items; at most \(limit)")
            return nil
        }
        return items
    }

    /// A list of at most ``RuleFileLimits/listLength`` texts (or a single text, read as a list of one).
    func texts(_ node: Node, _ place: String) -> [String]? {
        if case .scalar = node { return text(node, place).map { [$0] } }
        return sequence(node, place, atMost: RuleFileLimits.listLength)?.compactMap { text($0, "an item of \(place)") }
    }

    /// A provider by its identifier.
    func provider(_ node: Node, _ place: String) -> ProviderID? {
        text(node, place).flatMap { member($0, of: ProviderID.self, node, place, "provider", "providers") }
    }

    /// The member of one of the service's closed sets (providers, intermediaries, products, kinds,
    /// grades) that `id` names; an unknown one is a problem that lists them all.
    func member<Value: RawRepresentable & CaseIterable>(
        _ id: String, of _: Value.Type, _ node: Node, _ place: String, _ noun: String, _ plural: String
    ) -> Value? where Value.RawValue == String {
        guard let value = Value(rawValue: id) else {
            let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
            problem(node, "unknown \(noun) '\(id)' in \(place); the \(plural) are: \(known)")
            return nil
        }
        return value
    }

    /// A confidence from 0 to 1.
    func confidence(_ node: Node, _ place: String) -> Double? {
        guard let text = text(node, place), let value = Double(text), (0...1).contains(value) else {
            problem(node, "\(place) must be a number from 0 to 1")
            return nil
        }
        return value
    }

    /// Whether `confidence` is within what a page of `source`'s grade may give; if not, a problem
    /// on `node`.
    func confidence(_ confidence: Double, _ node: Node?, _ place: String, cappedBy source: Source) -> Bool {
        guard confidence <= source.grade.maximumConfidence else {
            problem(
                node,
                "\(place) confidence \(confidence) is above what a \(source.grade.rawValue) page may give "
                    + "(\(source.grade.maximumConfidence))")
            return false
        }
        return true
    }

    /// A whole number in a range.
    func integer(_ node: Node, _ place: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = text(node, place), let value = Int(text), range.contains(value) else {
            problem(node, "\(place) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ node: Node, _ place: String) -> Bool? {
        switch text(node, place) {
        case "true": return true
        case "false": return false
        default:
            problem(node, "\(place) must be true or false")
            return nil
        }
    }

    /// How many letters and digits a text holds once folded, in any script.
    static func lettersAndDigits(_ text: String) -> Int {
        TextNormalizer.fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.count
    }

    /// A page the rules are taken from, by its identifier.
    func source(_ node: Node, _ place: String) -> Source? {
        guard let id = text(node, place) else { return nil }
        guard let source = sources.first(where: { $0.id == id }) else {
            let known = sources.map(\.id).joined(separator: ", ")
            problem(node, "unknown source '\(id)' in \(place); the sources are: \(known)")
            return nil
        }
        return source
    }
}

/// A mapping whose keys were checked.
struct RuleMapping {
    let node: Node
    let entries: [String: Node]
    let place: String

    subscript(_ key: String) -> Node? { entries[key] }
}
