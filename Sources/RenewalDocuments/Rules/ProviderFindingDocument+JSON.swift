extension FormatDocument: JSONWritable {
    /// An order-number format: `{"description","examples","provider"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("description", description)
            $0.member("examples", examples)
            $0.member("provider", provider)
        }
    }
}

extension DescriptorsDocument: JSONWritable {
    /// What the article lists for a provider's statement: `note` only where there is one to give.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("coverage", coverage)
            $0.member("descriptors", descriptors)
            if let note { $0.member("note", note) }
        }
    }
}

extension ProviderFindingDocument: JSONWritable {
    /// How to tell the provider: the order number's formats and each reseller's descriptors, keyed
    /// by provider identifier in sorted order.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("notes", notes)
            $0.member("orderNumberFormats", orderNumberFormats)
            $0.member("orderNumberSource", orderNumberSource)
            $0.key("statementDescriptors")
            $0.object { json in
                for (id, descriptors) in statementDescriptors.sorted(by: { $0.key < $1.key }) {
                    json.key(escaping: id)
                    descriptors.write(to: &json)
                }
            }
        }
    }
}
