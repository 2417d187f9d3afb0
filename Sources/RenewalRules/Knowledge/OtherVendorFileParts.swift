import Yams

/// The rule file's `other-vendors`: by kind, each vendor's name and the other names people write
/// for it. No name may also name a provider: the two answers contradict each other.
enum OtherVendorFileParts {
    /// The directory the entries make, or `nil` after recording why not.
    static func directory(
        _ node: Node, providers: ProviderDirectory?, reader: RuleFileReader
    ) -> OtherVendorDirectory? {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "other-vendors must map each kind (security-vendor, shop) to its vendors")
            return nil
        }
        let before = reader.problems.count
        var entries: [(vendor: OtherVendor, names: [String])] = []
        var owners: [[UInt8]: String] = [:]
        for (key, value) in mapping {
            guard let kindText = reader.text(key, "other-vendors"),
                let kind = reader.member(
                    kindText, of: OtherVendorKind.self, key, "other-vendors", "vendor kind", "vendor kinds"),
                let items = reader.sequence(value, "other-vendors \(kindText)", atMost: RuleFileLimits.rulesPerKind)
            else { continue }
            for (position, item) in items.enumerated() {
                let place = "other-vendors \(kindText) item \(position + 1)"
                guard let entry = reader.mapping(item, place, allowed: ["name", "names"], required: ["name"]),
                    let name = entry["name"].flatMap({ reader.text($0, "\(place) name") })
                else { continue }
                guard let names = entry["names"].map({ reader.texts($0, "\(place) names") }) ?? [] else { continue }
                for text in [name] + names {
                    guard RuleFileReader.lettersAndDigits(text) >= RuleFileLimits.nameCharacters else {
                        reader.problem(item, "'\(text)' is too short to name a vendor in running text")
                        continue
                    }
                    let key = ProviderDirectory.lookupKey(TextNormalizer.foldedBytes(text))
                    if let provider = providers?.provider(folded: TextNormalizer.foldedBytes(text)) {
                        reader.problem(item, "'\(text)' names the provider \(provider.rawValue): not another vendor")
                    }
                    if let owner = owners[key], owner != name {
                        reader.problem(item, "'\(text)' names both \(owner) and \(name)")
                    }
                    owners[key] = owners[key] ?? name
                }
                entries.append((OtherVendor(name: name, kind: kind), names))
            }
        }
        guard reader.problems.count == before else { return nil }
        return OtherVendorDirectory(entries)
    }
}
