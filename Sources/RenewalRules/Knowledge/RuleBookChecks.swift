/// The checks a rule book must pass that need more than one rule, or the engine: duplicates,
/// examples that do not fit their format, shadowed descriptors, coverage that contradicts the
/// lists, and every rule reachable by identification. Each problem names the rule's line.
enum RuleBookChecks {
    static func check(_ book: RuleBook, _ parts: RuleFileParts, reader: RuleFileReader) {
        formats(book, parts, reader)
        descriptors(book, parts, reader)
        patterns(parts, reader)
        coverage(parts, reader)
    }

    private static func formats(_ book: RuleBook, _ parts: RuleFileParts, _ reader: RuleFileReader) {
        var seen: [OrderNumberShape: Int] = [:]
        for format in parts.formats {
            let rule = format.value
            let line = format.node.mark?.line ?? 0
            if let first = seen[rule.shape] {
                reader.problem(format.node, "this format duplicates the one on line \(first): remove one")
                continue
            }
            seen[rule.shape] = line
            for example in rule.examples {
                let compact = Array(TextNormalizer.compactOrderNumber(TextNormalizer.fold(example)).utf8)
                guard rule.shape.matches(compact) else {
                    reader.problem(
                        format.node,
                        "the example '\(example)' does not fit its format (\(rule.shape.description.en)): "
                            + "correct the example or the format")
                    continue
                }
                let result = Identifier.identify(example, rules: book)
                guard result.provider == rule.provider, result.reason == .orderFormat(rule.shape, rule.provider) else {
                    reader.problem(
                        format.node,
                        "the example '\(example)' is not identified as \(rule.provider.rawValue) by this format "
                            + "(\(result.provider?.rawValue ?? result.status.rawValue)): another rule takes it first")
                    continue
                }
            }
        }
    }

    private static func descriptors(_ book: RuleBook, _ parts: RuleFileParts, _ reader: RuleFileReader) {
        var seen: [String: Int] = [:]
        let folded = parts.descriptors.map { descriptor in
            descriptor.value.searchTerms.map { TextNormalizer.fold($0) }
        }
        for (index, descriptor) in parts.descriptors.enumerated() {
            let rule = descriptor.value
            let key = TextNormalizer.fold(rule.text)
            if let first = seen[key] {
                reader.problem(descriptor.node, "'\(rule.text)' duplicates the descriptor on line \(first): remove one")
                continue
            }
            seen[key] = descriptor.node.mark?.line ?? 0
            for (term, foldedTerm) in zip(rule.searchTerms, folded[index]) {
                let characters = foldedTerm.unicodeScalars.filter {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
                guard characters.count >= RuleFileLimits.descriptorCharacters,
                    characters.contains(where: { $0.properties.isAlphabetic })
                else {
                    reader.problem(
                        descriptor.node,
                        "'\(term)' is too short to tell a seller: a descriptor has at least "
                            + "\(RuleFileLimits.descriptorCharacters) letters and digits, one of them a letter")
                    continue
                }
                if let shadow = parts.descriptors.indices.first(where: { other in
                    other != index && parts.descriptors[other].value.provider != rule.provider
                        && folded[other].contains { $0.count < foldedTerm.count && foldedTerm.contains($0) }
                }) {
                    let other = parts.descriptors[shadow].value
                    reader.problem(
                        descriptor.node,
                        "'\(term)' (\(rule.provider.rawValue)) contains \(other.provider.rawValue)'s '\(other.text)' "
                            + "(line \(parts.descriptors[shadow].node.mark?.line ?? 0)): a line with it would show both"
                    )
                    continue
                }
                // A payment system's name identifies only on a line that names Kaspersky too.
                let line = rule.searchTerms == [rule.text] ? term : "\(term) Kaspersky"
                let result = Identifier.identify(line, as: .descriptor, rules: book)
                guard result.status == .identified, result.provider == rule.provider else {
                    reader.problem(
                        descriptor.node,
                        "'\(term)' is not identified as \(rule.provider.rawValue) "
                            + "(\(result.provider?.rawValue ?? result.status.rawValue)): another rule takes it first")
                    continue
                }
            }
        }
    }

    private static func patterns(_ parts: RuleFileParts, _ reader: RuleFileReader) {
        var seen: [StatementPattern.Form: Int] = [:]
        for pattern in parts.patterns {
            if let first = seen[pattern.value.form] {
                reader.problem(pattern.node, "this form duplicates the one on line \(first): remove one")
                continue
            }
            seen[pattern.value.form] = pattern.node.mark?.line ?? 0
        }
    }

    private static func coverage(_ parts: RuleFileParts, _ reader: RuleFileReader) {
        let listed = Set(parts.descriptors.map(\.value.provider))
        for provider in parts.emptyDescriptorLists.union(parts.noKnownDescriptor).sorted(by: {
            $0.rawValue < $1.rawValue
        })
        where listed.contains(provider) {
            let first = parts.descriptors.first { $0.value.provider == provider }
            reader.problem(
                first?.node,
                "\(provider.rawValue) has descriptors, yet descriptor-coverage says none are known: "
                    + "remove it from descriptor-coverage or its descriptors")
        }
        let both = parts.emptyDescriptorLists.intersection(parts.noKnownDescriptor)
        for provider in both.sorted(by: { $0.rawValue < $1.rawValue }) {
            reader.problem(
                nil, "descriptor-coverage lists \(provider.rawValue) under both article-lists-none and none-known")
        }
    }
}
