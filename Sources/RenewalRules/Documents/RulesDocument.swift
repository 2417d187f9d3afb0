/// What a rule book holds, by provider, in one language: what `GET /rules` and
/// `renewal-guide rules show` answer, so that support staff can see why an answer was given.
public struct RulesDocument: Sendable {
    /// One order-number format.
    public struct FormatRule: Sendable {
        /// The format in words.
        public let description: String
        /// Its examples.
        public let examples: [String]
        /// The confidence a match gives.
        public let confidence: Double
        /// The identifier of the page it comes from.
        public let source: String
    }

    /// One statement form beyond the article's descriptors.
    public struct PatternRule: Sendable {
        /// The form as its page writes it.
        public let text: String
        /// The confidence a match gives.
        public let confidence: Double
        /// Whether the line must also name Kaspersky.
        public let requiresKaspersky: Bool
        /// The identifier of the page it comes from.
        public let source: String
    }

    /// The rules that point to one provider.
    public struct ProviderRules: Sendable {
        /// The provider.
        public let provider: ProviderReference
        /// What the article says about its statement descriptors.
        public let coverage: DescriptorCoverage
        /// Its order-number formats.
        public let orderNumberFormats: [FormatRule]
        /// The article's descriptors for it.
        public let statementDescriptors: [String]
        /// The other pages' statement forms for it.
        public let statementPatterns: [PatternRule]
    }

    /// The statement forms of one payment intermediary.
    public struct IntermediaryRules: Sendable {
        /// The intermediary.
        public let intermediary: IntermediaryDocument
        /// Its forms.
        public let statementPatterns: [PatternRule]
    }

    /// The book's version: its file's content hash.
    public let version: String
    /// Where it was read from: `compiled-in`, or a path.
    public let origin: String
    /// When it was loaded (ISO 8601, UTC).
    public let loadedAt: String
    /// The document's language.
    public let language: Language
    /// The rules, provider by provider.
    public let providers: [ProviderRules]
    /// The intermediaries' forms.
    public let intermediaries: [IntermediaryRules]
    /// Every page the rules come from, the article first.
    public let sources: [SourceDocument]

    /// Renders a rule book in a language.
    public init(_ book: RuleBook, origin: String, loadedAt: String, language: Language) {
        version = book.version
        self.origin = origin
        self.loadedAt = loadedAt
        self.language = language
        func patterns(_ matching: (StatementPattern) -> Bool) -> [PatternRule] {
            book.statementPatterns.filter(matching).map {
                PatternRule(
                    text: $0.text, confidence: $0.confidence, requiresKaspersky: $0.requiresKaspersky,
                    source: $0.source.id)
            }
        }
        providers = ProviderID.allCases.map { provider in
            ProviderRules(
                provider: ProviderReference(provider, rules: book), coverage: book.descriptorCoverage(of: provider),
                orderNumberFormats: book.orderNumberFormats.filter { $0.provider == provider }.map {
                    FormatRule(
                        description: $0.shape.description[language], examples: $0.examples,
                        confidence: $0.confidence, source: $0.source.id)
                },
                statementDescriptors: book.statementDescriptors.filter { $0.provider == provider }.map(\.text),
                statementPatterns: patterns { $0.provider == provider })
        }
        intermediaries = Intermediary.allCases.map { intermediary in
            IntermediaryRules(
                intermediary: IntermediaryDocument(intermediary, rules: book),
                statementPatterns: patterns { $0.intermediary == intermediary })
        }
        var used: [Source] = [book.article]
        for source in book.orderNumberFormats.map(\.source) + book.statementPatterns.map(\.source)
        where !used.contains(source) {
            used.append(source)
        }
        sources = used.map(SourceDocument.init)
    }

    /// The rules as text for people, provider by provider.
    public func plainText() -> String {
        let ja = language == .ja
        var lines = ["\(ja ? "ルールの版" : "Rules version") \(version) (\(origin), \(loadedAt))"]
        for rules in providers {
            lines.append("")
            lines.append("\(rules.provider.name) [\(rules.provider.id)]")
            for format in rules.orderNumberFormats {
                let percent = Int((format.confidence * 100).rounded())
                lines.append(
                    "  \(ja ? "注文番号" : "order number"): \(format.description) \(percent)% (\(format.examples.joined(separator: ", ")))"
                )
            }
            for descriptor in rules.statementDescriptors {
                lines.append("  \(ja ? "明細" : "statement"): \(descriptor)")
            }
            for pattern in rules.statementPatterns {
                let percent = Int((pattern.confidence * 100).rounded())
                lines.append("  \(ja ? "明細の形" : "statement form"): \(pattern.text) \(percent)% [\(pattern.source)]")
            }
            if rules.statementDescriptors.isEmpty && rules.coverage != .notCovered {
                lines.append("  \(ja ? "明細の文字列" : "statement descriptors"): \(rules.coverage.rawValue)")
            }
        }
        for rules in intermediaries where !rules.statementPatterns.isEmpty {
            lines.append("")
            lines.append("\(rules.intermediary.name) [\(ja ? "仲介" : "intermediary")]")
            for pattern in rules.statementPatterns {
                lines.append("  \(ja ? "明細の形" : "statement form"): \(pattern.text) [\(pattern.source)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
