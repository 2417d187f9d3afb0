import Yams

/// The sections of a rule file, each rule read and checked on its own.
struct RuleFileParts {
    var formats: [Located<OrderNumberFormat>] = []
    var descriptors: [Located<StatementDescriptor>] = []
    var patterns: [Located<StatementPattern>] = []
    var emptyDescriptorLists: Set<ProviderID> = []
    var noKnownDescriptor: Set<ProviderID> = []
    var coverageNotes: [ProviderID: LocalizedText] = [:]
    var guides: GuideCatalog?
    /// The one source of grade article: where rules that name no source come from.
    let article: Source
    /// Each provider's name, kind and other names; `nil` when they have a problem.
    let providers: ProviderDirectory?
    /// The other vendors and shops whose names mean a purchase is not Kaspersky's.
    var otherVendors = OtherVendorDirectory([])

    private static let sections = Set([
        "version", "sources", "providers", "intermediaries", "order-number-formats", "statement-descriptors",
        "descriptor-coverage", "statement-patterns", "other-vendors",
    ]).union(GuideFileParts.sections)

    init?(_ root: Node, reader: RuleFileReader) {
        guard
            let top = reader.mapping(
                root, "the file", allowed: Self.sections,
                required: [
                    "version", "sources", "providers", "intermediaries", "order-number-formats",
                    "statement-descriptors", "statement-patterns", "finding", "products", "fallback", "guides",
                ])
        else { return nil }
        if let version = top["version"], reader.integer(version, "version", in: 1...1) == nil { return nil }
        guard let sources = top["sources"], SourceFileParts.read(sources, into: reader), let article = reader.article
        else { return nil }
        self.article = article
        // A problem with the providers leaves the rest to check: everything else names providers by
        // identifier only.
        if let providersNode = top["providers"], let intermediaries = top["intermediaries"] {
            providers = ProviderFileParts.directory(providersNode, intermediaries: intermediaries, reader: reader)
        } else {
            providers = nil
        }
        for (index, node) in items(top["order-number-formats"], "order-number-formats", reader).enumerated() {
            if let format = Self.format(node, "order-number-formats item \(index + 1)", reader) {
                formats.append(Located(value: format, node: node))
            }
        }
        if let node = top["statement-descriptors"] { readDescriptors(node, reader) }
        if let node = top["descriptor-coverage"] { readCoverage(node, reader) }
        for (index, node) in items(top["statement-patterns"], "statement-patterns", reader).enumerated() {
            if let pattern = Self.pattern(node, "statement-patterns item \(index + 1)", reader) {
                patterns.append(Located(value: pattern, node: node))
            }
        }
        if let node = top["other-vendors"],
            let vendors = OtherVendorFileParts.directory(node, providers: providers, reader: reader)
        {
            otherVendors = vendors
        }
        guides = GuideFileParts.catalog(top, article: article, reader: reader)
    }

    private func items(_ node: Node?, _ place: String, _ reader: RuleFileReader) -> [Node] {
        guard let node, let items = reader.sequence(node, place) else { return [] }
        guard items.count <= RuleFileLimits.rulesPerKind else {
            reader.problem(node, "\(place) holds \(items.count) rules; at most \(RuleFileLimits.rulesPerKind) are read")
            return []
        }
        return items
    }

    private static func format(_ node: Node, _ place: String, _ reader: RuleFileReader) -> OrderNumberFormat? {
        guard
            let entry = reader.mapping(
                node, place,
                allowed: ["provider", "prefix", "digits", "mixed-from", "confidence", "examples", "source"],
                required: ["provider", "confidence", "examples"])
        else { return nil }
        let shapes = ["prefix", "digits", "mixed-from"].filter { entry[$0] != nil }
        guard shapes.count == 1 else {
            reader.problem(node, "\(place) needs exactly one shape: prefix, digits or mixed-from")
            return nil
        }
        let shape: OrderNumberShape?
        switch shapes[0] {
        case "prefix":
            shape = reader.text(entry["prefix"]!, "\(place) prefix", maxLength: 20).flatMap {
                Self.isCode($0) ? .prefix($0.uppercased()) : invalidCode(entry["prefix"]!, place, reader)
            }
        case "mixed-from":
            shape = reader.text(entry["mixed-from"]!, "\(place) mixed-from", maxLength: 36).flatMap {
                Self.isCode($0)
                    ? .mixed(startingWith: $0.uppercased()) : invalidCode(entry["mixed-from"]!, place, reader)
            }
        default:
            shape = digits(entry["digits"]!, place, reader).map { .digits($0) }
        }
        guard let provider = entry["provider"].flatMap({ reader.provider($0, "\(place) provider") }),
            let shape, let confidence = entry["confidence"].flatMap({ reader.confidence($0, "\(place) confidence") }),
            let examples = entry["examples"].flatMap({ reader.texts($0, "\(place) examples") }), !examples.isEmpty
        else { return nil }
        let source = entry["source"].map { reader.source($0, "\(place) source") } ?? reader.article
        guard let source, reader.confidence(confidence, entry["confidence"], place, cappedBy: source) else {
            return nil
        }
        return OrderNumberFormat(provider, shape, confidence: confidence, examples: examples, source: source)
    }

    private static func isCode(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0.isASCIIAlphanumeric }
    }

    private static func invalidCode(_ node: Node, _ place: String, _ reader: RuleFileReader) -> OrderNumberShape? {
        reader.problem(node, "\(place): an order number's first characters are ASCII letters and digits only")
        return nil
    }

    private static func digits(_ node: Node, _ place: String, _ reader: RuleFileReader) -> ClosedRange<Int>? {
        let lengths = OrderNumberClassifier.plausibleLengths
        if case .scalar = node {
            return reader.integer(node, "\(place) digits", in: lengths).map { $0...$0 }
        }
        guard let bounds = reader.sequence(node, "\(place) digits"), bounds.count == 2,
            let low = reader.integer(bounds[0], "\(place) digits", in: lengths),
            let high = reader.integer(bounds[1], "\(place) digits", in: lengths), low <= high
        else {
            reader.problem(node, "\(place) digits is a length or [shortest, longest]")
            return nil
        }
        return low...high
    }

    private mutating func readDescriptors(_ node: Node, _ reader: RuleFileReader) {
        guard case .mapping(let byProvider) = node else {
            reader.problem(node, "statement-descriptors must map each provider to its descriptors")
            return
        }
        let total = byProvider.reduce(0) { count, entry in
            if case .sequence(let list) = entry.value { return count + list.count }
            return count
        }
        guard total <= RuleFileLimits.rulesPerKind else {
            reader.problem(
                node, "statement-descriptors holds \(total) descriptors; at most \(RuleFileLimits.rulesPerKind) in all")
            return
        }
        for (key, list) in byProvider {
            guard let provider = reader.provider(key, "statement-descriptors") else { continue }
            for item in items(list, "statement-descriptors of \(provider.rawValue)", reader) {
                let place = "a descriptor of \(provider.rawValue)"
                if case .scalar = item {
                    guard let text = reader.text(item, place) else { continue }
                    descriptors.append(Located(value: StatementDescriptor(text, provider, source: article), node: item))
                } else if let entry = reader.mapping(
                    item, place, allowed: ["text", "search"], required: ["text", "search"]),
                    let text = entry["text"].flatMap({ reader.text($0, "\(place) text") }),
                    let search = entry["search"].flatMap({ reader.texts($0, "\(place) search") }), !search.isEmpty
                {
                    descriptors.append(
                        Located(
                            value: StatementDescriptor(text, provider, searchTerms: search, source: article), node: item
                        ))
                }
            }
        }
    }

    private mutating func readCoverage(_ node: Node, _ reader: RuleFileReader) {
        guard
            let entry = reader.mapping(
                node, "descriptor-coverage", allowed: ["article-lists-none", "none-known", "notes"])
        else { return }
        func providers(_ key: String) -> Set<ProviderID> {
            guard let list = entry[key], let items = reader.sequence(list, "descriptor-coverage \(key)") else {
                return []
            }
            return Set(items.compactMap { reader.provider($0, "descriptor-coverage \(key)") })
        }
        emptyDescriptorLists = providers("article-lists-none")
        noKnownDescriptor = providers("none-known")
        // What an answer says about such a provider's descriptors: the file's words, one note each.
        let listed = emptyDescriptorLists.union(noKnownDescriptor)
        if let notes = entry["notes"], case .mapping(let byProvider) = notes {
            for (key, value) in byProvider {
                guard let provider = reader.provider(key, "descriptor-coverage notes") else { continue }
                guard listed.contains(provider) else {
                    reader.problem(
                        key,
                        "descriptor-coverage has a note for \(provider.rawValue), which it does not list: remove it")
                    continue
                }
                coverageNotes[provider] = GuidePieceReader(reader: reader).localized(
                    value, "the descriptor-coverage note for \(provider.rawValue)")
            }
        } else if let notes = entry["notes"] {
            reader.problem(notes, "descriptor-coverage notes must map each provider it lists to a note")
        }
        // A listed provider that has descriptors is a contradiction the checks name; a note would not help.
        let described = Set(descriptors.map(\.value.provider))
        for provider in listed.subtracting(described).sorted(by: { $0.rawValue < $1.rawValue })
        where coverageNotes[provider] == nil {
            reader.problem(
                node,
                "descriptor-coverage lists \(provider.rawValue) but has no note for it: say what is known, in notes")
        }
    }

    private static func pattern(_ node: Node, _ place: String, _ reader: RuleFileReader) -> StatementPattern? {
        guard
            let entry = reader.mapping(
                node, place,
                allowed: [
                    "text", "words", "merchant-prefix", "provider", "intermediary", "requires-kaspersky", "confidence",
                    "source",
                ], required: ["text", "confidence", "source"])
        else { return nil }
        let forms = ["words", "merchant-prefix"].filter { entry[$0] != nil }
        let sellers = ["provider", "intermediary"].filter { entry[$0] != nil }
        guard forms.count == 1 else {
            reader.problem(node, "\(place) needs exactly one form: words or merchant-prefix")
            return nil
        }
        guard sellers.count == 1 else {
            reader.problem(node, "\(place) names exactly one of provider or intermediary")
            return nil
        }
        guard let formNode = entry[forms[0]], let formText = reader.text(formNode, "\(place) \(forms[0])") else {
            return nil
        }
        let folded = forms[0] == "words" ? " " : ""
        guard formText.utf8.allSatisfy({ $0.isASCIIDigit || (0x61...0x7A).contains($0) || folded.utf8.contains($0) })
        else {
            reader.problem(
                formNode,
                "\(place) \(forms[0]) is written folded: lower-case ASCII letters and digits"
                    + (forms[0] == "words" ? ", words parted by single spaces" : ""))
            return nil
        }
        let form: StatementPattern.Form = forms[0] == "words" ? .words(formText) : .merchantPrefix(formText)
        var provider: ProviderID?
        var intermediary: Intermediary?
        if let node = entry["provider"] {
            guard let found = reader.provider(node, "\(place) provider") else { return nil }
            provider = found
        } else if let node = entry["intermediary"], let id = reader.text(node, "\(place) intermediary") {
            guard let found = reader.member(id, of: Intermediary.self, node, place, "intermediary", "intermediaries")
            else { return nil }
            intermediary = found
        }
        guard let text = entry["text"].flatMap({ reader.text($0, "\(place) text") }),
            let confidenceNode = entry["confidence"],
            let confidence = reader.confidence(confidenceNode, "\(place) confidence"),
            let source = entry["source"].flatMap({ reader.source($0, "\(place) source") })
        else { return nil }
        let requiresKaspersky = entry["requires-kaspersky"].map { reader.bool($0, "\(place) requires-kaspersky") }
        guard let requiresKaspersky = requiresKaspersky ?? false,
            reader.confidence(confidence, confidenceNode, place, cappedBy: source)
        else { return nil }
        return StatementPattern(
            text, form, provider, intermediary: intermediary, requiresKaspersky: requiresKaspersky,
            confidence: confidence, source: source)
    }
}
