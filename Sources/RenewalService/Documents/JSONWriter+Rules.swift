import RenewalRules

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
