public import RenewalRules

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
        public let intermediary: ProviderReference
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
                intermediary: ProviderReference(intermediary, rules: book),
                statementPatterns: patterns { $0.intermediary == intermediary })
        }
        var used: [Source] = [book.article]
        for source in book.orderNumberFormats.map(\.source) + book.statementPatterns.map(\.source)
        where !used.contains(source) {
            used.append(source)
        }
        sources = used.map(SourceDocument.init)
    }
}
