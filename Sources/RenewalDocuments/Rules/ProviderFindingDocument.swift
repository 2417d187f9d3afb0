public import RenewalRules

/// An order-number format in one language: the article's description and examples.
public struct FormatDocument: Sendable {
    /// The provider.
    public let provider: ProviderReference
    /// The format in words.
    public let description: String
    /// The article's examples.
    public let examples: [String]

    /// Renders a format in a language.
    public init(_ format: OrderNumberFormat, language: Language, rules: RuleBook = .standard) {
        provider = ProviderReference(format.provider, rules: rules)
        description = format.shape.description[language]
        examples = format.examples
    }
}

/// What the article says about one provider's card-statement descriptors.
public struct DescriptorsDocument: Sendable {
    /// `listed`, `article-lists-none` or `not-covered`.
    public let coverage: DescriptorCoverage
    /// The descriptors, verbatim from the article.
    public let descriptors: [String]
    /// Why the list is empty, when it is.
    public let note: String?

    /// The descriptors of a provider.
    public init(_ provider: ProviderID, language: Language, rules: RuleBook = .standard) {
        coverage = rules.descriptorCoverage(of: provider)
        descriptors = rules.statementDescriptors.filter { $0.provider == provider }.map(\.text)
        switch coverage {
        case .listed:
            note = nil
        case .articleListsNone, .noneKnown:
            note = rules.coverageNotes[provider]?[language]
        case .notCovered:
            note =
                LocalizedText(
                    ja: "記事の取引明細の一覧はこのプロバイダーを扱っていません。",
                    en: "The article's card-statement lists do not cover this provider.")[language]
        }
    }
}

/// The article's 「サービスプロバイダーを特定する方法」 as data: how to tell where a licence was bought.
public struct ProviderFindingDocument: Sendable {
    /// Where the order number is found.
    public let orderNumberSource: String
    /// The order-number table.
    public let orderNumberFormats: [FormatDocument]
    /// The statement descriptors, per provider in the article's order.
    public let statementDescriptors: [String: DescriptorsDocument]
    /// The article's caveats.
    public let notes: [String]

    /// Renders the facts in a language.
    public init(language: Language, rules: RuleBook = .standard) {
        orderNumberSource = rules.guides.finding.orderNumberSource[language]
        orderNumberFormats = rules.orderNumberFormats.map { FormatDocument($0, language: language, rules: rules) }
        statementDescriptors = Dictionary(
            uniqueKeysWithValues: ProviderID.allCases.filter { rules.providers.kind(of: $0) == .reseller }.map {
                ($0.rawValue, DescriptorsDocument($0, language: language, rules: rules))
            })
        notes = rules.guides.finding.notes.map { $0[language] }
    }
}
