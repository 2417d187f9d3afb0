package import RenewalRules

extension JSONWriter {
    /// An order-number format: `{"description","examples","provider"}`.
    mutating func format(_ format: FormatDocument) {
        raw(#"{"description":"#)
        string(format.description)
        raw(#","examples":"#)
        strings(format.examples)
        raw(#","provider":"#)
        provider(format.provider)
        raw("}")
    }

    /// What the article lists for a provider's statement: `note` only where there is one to give.
    mutating func descriptors(_ descriptors: DescriptorsDocument) {
        raw(#"{"coverage":"#)
        verbatimString(descriptors.coverage.rawValue)
        raw(#","descriptors":"#)
        strings(descriptors.descriptors)
        if let note = descriptors.note {
            raw(#","note":"#)
            string(note)
        }
        raw("}")
    }

    /// How to tell the provider: the order number's formats and each reseller's descriptors, keyed
    /// by provider identifier in sorted order.
    mutating func providerFinding(_ finding: ProviderFindingDocument) {
        raw(#"{"notes":"#)
        strings(finding.notes)
        raw(#","orderNumberFormats":"#)
        array(finding.orderNumberFormats) { $0.format($1) }
        raw(#","orderNumberSource":"#)
        string(finding.orderNumberSource)
        raw(#","statementDescriptors":{"#)
        for (index, (id, descriptors)) in finding.statementDescriptors.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { raw(",") }
            string(id)
            raw(":")
            self.descriptors(descriptors)
        }
        raw("}}")
    }
}

extension JSONWriter {
    /// `GET /rules`: the loaded book's version, origin and time, and its rules by provider.
    package mutating func rules(_ document: RulesDocument) {
        raw(#"{"intermediaries":"#)
        array(document.intermediaries) { writer, rules in
            writer.raw(#"{"intermediary":"#)
            writer.intermediary(rules.intermediary)
            writer.raw(#","statementPatterns":"#)
            writer.array(rules.statementPatterns) { $0.patternRule($1) }
            writer.raw("}")
        }
        raw(#","language":"#)
        verbatimString(document.language.rawValue)
        raw(#","loadedAt":"#)
        string(document.loadedAt)
        raw(#","origin":"#)
        string(document.origin)
        raw(#","providers":"#)
        array(document.providers) { writer, rules in
            writer.raw(#"{"coverage":"#)
            writer.verbatimString(rules.coverage.rawValue)
            writer.raw(#","orderNumberFormats":"#)
            writer.array(rules.orderNumberFormats) { writer, format in
                writer.raw(#"{"confidence":"#)
                writer.number(format.confidence)
                writer.raw(#","description":"#)
                writer.string(format.description)
                writer.raw(#","examples":"#)
                writer.strings(format.examples)
                writer.raw(#","source":"#)
                writer.string(format.source)
                writer.raw("}")
            }
            writer.raw(#","provider":"#)
            writer.provider(rules.provider)
            writer.raw(#","statementDescriptors":"#)
            writer.strings(rules.statementDescriptors)
            writer.raw(#","statementPatterns":"#)
            writer.array(rules.statementPatterns) { $0.patternRule($1) }
            writer.raw("}")
        }
        raw(#","sources":"#)
        array(document.sources) { $0.source($1) }
        raw(#","version":"#)
        verbatimString(document.version)
        raw("}")
    }

    private mutating func patternRule(_ pattern: RulesDocument.PatternRule) {
        raw(#"{"confidence":"#)
        number(pattern.confidence)
        raw(#","requiresKaspersky":"#)
        bool(pattern.requiresKaspersky)
        raw(#","source":"#)
        string(pattern.source)
        raw(#","text":"#)
        string(pattern.text)
        raw("}")
    }
}
