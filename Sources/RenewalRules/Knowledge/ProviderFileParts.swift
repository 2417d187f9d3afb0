import Yams

/// The rule file's `providers`: for each of the service's providers, its name, its kind and the
/// other names people type. Every provider needs an entry, and no name may stand for two.
enum ProviderFileParts {
    /// The directory the entries make, with the intermediaries' names, or `nil` after recording why not.
    static func directory(_ node: Node, intermediaries: Node, reader: RuleFileReader) -> ProviderDirectory? {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "providers must map each provider's identifier to what is said about it")
            return nil
        }
        var entries: [ProviderID: ProviderDirectory.Entry] = [:]
        var named: Set<ProviderID> = []
        var owners: [[UInt8]: (provider: ProviderID, name: String)] = [:]
        let before = reader.problems.count
        for (key, value) in mapping {
            guard let provider = reader.provider(key, "providers") else { continue }
            named.insert(provider)
            guard let entry = entry(value, provider, reader) else { continue }
            let allNames = [provider.rawValue, entry.name] + entry.names + entry.lookupNames
            for name in allNames {
                let key = ProviderDirectory.lookupKey(TextNormalizer.foldedBytes(name))
                if let owner = owners[key], owner.provider != provider {
                    reader.problem(
                        value,
                        "'\(name)' names both \(owner.provider.rawValue) ('\(owner.name)') and \(provider.rawValue): "
                            + "a name stands for one provider")
                }
                owners[key] = owners[key] ?? (provider, name)
            }
            entries[provider] = entry
        }
        for provider in ProviderID.allCases where !named.contains(provider) {
            reader.problem(
                node, "providers has no entry for \(provider.rawValue): every provider needs its name and kind")
        }
        let intermediaryNames = names(ofIntermediaries: intermediaries, reader)
        guard reader.problems.count == before else { return nil }
        return ProviderDirectory(entries, intermediaryNames: intermediaryNames)
    }

    /// `intermediaries`: each payment intermediary's name, for every one the service knows.
    private static func names(ofIntermediaries node: Node, _ reader: RuleFileReader) -> [Intermediary: String] {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "intermediaries must map each intermediary's identifier to its name")
            return [:]
        }
        var names: [Intermediary: String] = [:]
        var named: Set<Intermediary> = []
        for (key, value) in mapping {
            guard let id = reader.text(key, "intermediaries"),
                let intermediary = reader.member(
                    id, of: Intermediary.self, key, "intermediaries", "intermediary", "intermediaries")
            else { continue }
            named.insert(intermediary)
            let entry = reader.mapping(value, "the intermediary \(id)", allowed: ["name"], required: ["name"])
            names[intermediary] = entry?["name"].flatMap { reader.text($0, "the intermediary \(id) name") }
        }
        for intermediary in Intermediary.allCases where !named.contains(intermediary) {
            reader.problem(node, "intermediaries has no entry for \(intermediary.rawValue): give its name")
        }
        return names
    }

    private static func entry(
        _ node: Node, _ provider: ProviderID, _ reader: RuleFileReader
    ) -> ProviderDirectory.Entry? {
        let place = "the provider \(provider.rawValue)"
        guard
            let entry = reader.mapping(
                node, place, allowed: ["name", "kind", "names", "lookup-names"], required: ["name", "kind"]),
            let name = entry["name"].flatMap({ reader.text($0, "\(place) name") }),
            let kindNode = entry["kind"], let kindText = reader.text(kindNode, "\(place) kind")
        else { return nil }
        guard let kind = reader.member(kindText, of: ProviderKind.self, kindNode, place, "kind", "kinds") else {
            return nil
        }
        let names = entry["names"].map { reader.texts($0, "\(place) names") } ?? []
        let lookupNames = entry["lookup-names"].map { reader.texts($0, "\(place) lookup-names") } ?? []
        guard let names, let lookupNames else { return nil }
        // The display name and `names` are also looked for in running text: too short a one would
        // name this provider in lines that do not mean it. A lookup name needs only something to
        // look up (`-` folds to nothing, and would answer for an empty input).
        func nodes(_ key: String) -> [Node] { entry[key].map { $0.sequence.map(Array.init) ?? [$0] } ?? [] }
        let inText = [(name, entry["name"])] + zip(names, nodes("names")).map { ($0, Optional($1)) }
        for (text, node) in inText where RuleFileReader.lettersAndDigits(text) < RuleFileLimits.nameCharacters {
            reader.problem(
                node,
                "'\(text)' is too short to name \(provider.rawValue) in running text (at least "
                    + "\(RuleFileLimits.nameCharacters) letters and digits): as another name, put it in lookup-names")
            return nil
        }
        for (text, node) in zip(lookupNames, nodes("lookup-names")) where RuleFileReader.lettersAndDigits(text) == 0 {
            reader.problem(node, "'\(text)' has no letter or digit to look up")
            return nil
        }
        return ProviderDirectory.Entry(name: name, kind: kind, names: names, lookupNames: lookupNames)
    }
}
