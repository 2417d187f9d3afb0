extension RulesDocument: JSONWritable {
    /// `GET /rules`: the loaded book's version, origin and time, and its rules by provider.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("intermediaries", intermediaries)
            $0.member("language", language)
            $0.member("loadedAt", loadedAt)
            $0.member("origin", origin)
            $0.member("providers", providers)
            $0.member("sources", sources)
            $0.member("version", token: version)
        }
    }
}

extension RulesDocument.IntermediaryRules: JSONWritable {
    /// `{"intermediary","statementPatterns"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("intermediary", intermediary)
            $0.member("statementPatterns", statementPatterns)
        }
    }
}

extension RulesDocument.ProviderRules: JSONWritable {
    /// `{"coverage","orderNumberFormats","provider","statementDescriptors","statementPatterns"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("coverage", coverage)
            $0.member("orderNumberFormats", orderNumberFormats)
            $0.member("provider", provider)
            $0.member("statementDescriptors", statementDescriptors)
            $0.member("statementPatterns", statementPatterns)
        }
    }
}

extension RulesDocument.FormatRule: JSONWritable {
    /// `{"confidence","description","examples","source"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("confidence", confidence)
            $0.member("description", description)
            $0.member("examples", examples)
            $0.member("source", source)
        }
    }
}

extension RulesDocument.PatternRule: JSONWritable {
    /// `{"confidence","requiresKaspersky","source","text"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("confidence", confidence)
            $0.member("requiresKaspersky", requiresKaspersky)
            $0.member("source", source)
            $0.member("text", text)
        }
    }
}
