public import RenewalRules

/// The JSON shape of a guide in one language, shared by the CLI and the HTTP service.
public struct GuideDocument: Sendable {
    /// One step of a section, numbered from 1 within it: sections are alternative routes, each
    /// complete in itself.
    public struct StepDocument: Sendable {
        /// The step's number within its section.
        public let number: Int
        /// What to do.
        public let text: String
        /// What happens then, where the source says.
        public let outcome: String?
        /// The on-screen labels the step names.
        public let labels: [LabelDocument]
        /// The identifier of the page the step comes from (see ``GuideDocument/sources``).
        public let source: String
    }

    /// `{"label", "original", "translation", "source"}`: an on-screen label in the document's
    /// language, beside the text its source writes.
    public struct LabelDocument: Sendable {
        /// The label as the reader will look for it: the source's own text in Japanese; in English
        /// the documented English label, or a translation.
        public let label: String
        /// The label exactly as the step's source writes it (the article's Japanese, spaces included;
        /// an English page's English).
        public let original: String
        /// Whether ``label`` is a translation made here rather than a label a page documents.
        public let translation: Bool
        /// The identifier of the page that documents ``label``, or `nil` for a translation.
        public let source: String?

        init(_ label: StepLabel, language: Language, stepSource: Source) {
            self.label = label.text(in: language)
            original = label.sourceText
            translation = label.isTranslation(in: language)
            source =
                label.isTranslation(in: language) ? nil : (language == .ja ? stepSource.id : label.englishSource?.id)
        }
    }

    /// One section: a route, for some or all products, with its own numbered steps.
    public struct SectionDocument: Sendable {
        /// The section's heading.
        public let heading: String
        /// Product identifiers this section is for; absent when it is for all.
        public let products: [String]?
        /// The steps, numbered from 1.
        public let steps: [StepDocument]
        /// Where the procedure is documented.
        public let source: SourceDocument
    }

    /// The fallback in one language.
    public struct FallbackDocument: Sendable {
        /// Whom to contact.
        public let contact: String
        /// The article's advice, in order.
        public let advice: [String]
        /// The details to have ready.
        public let details: [String]
    }

    /// The guide's identifier.
    public let id: String
    /// The provider, or `null` for the customer-service guide.
    public let provider: ProviderReference?
    /// The document's language.
    public let language: Language
    /// The title.
    public let title: String
    /// The summary.
    public let summary: String
    /// Where to do it.
    public let location: String
    /// The routes, in order: the article's first.
    public let sections: [SectionDocument]
    /// Notes.
    public let notes: [String]
    /// What to do when turning auto-renewal off fails.
    public let fallback: FallbackDocument
    /// What the article says about this provider's card-statement descriptors.
    public let statementDescriptors: DescriptorsDocument?
    /// The article's order-number formats for this provider.
    public let orderNumberFormats: [FormatDocument]
    /// Every page the guide's procedures come from, the article first.
    public let sources: [SourceDocument]
    /// The official pages to open, where any is known.
    public let links: [LinkDocument]

    /// `{"title", "url", "source"}`: a page to open.
    public struct LinkDocument: Sendable {
        /// What the page is.
        public let title: String
        /// Its address.
        public let url: String
        /// The source's identifier (see ``GuideDocument/sources``).
        public let source: String
    }

    /// Renders a guide in a language.
    public init(_ guide: Guide, language: Language, rules: RuleBook = .standard) {
        sections = guide.sections.map { section in
            SectionDocument(
                heading: section.heading[language],
                products: section.products.map { set in ProductLine.allCases.filter(set.contains).map(\.rawValue) },
                steps: section.steps.enumerated().map { index, step in
                    StepDocument(
                        number: index + 1, text: step.action[language], outcome: step.outcome?[language],
                        labels: step.labels.map { LabelDocument($0, language: language, stepSource: section.source) },
                        source: section.source.id)
                },
                source: SourceDocument(section.source))
        }
        id = guide.id
        provider = guide.provider.map { ProviderReference($0, rules: rules) }
        self.language = language
        title = guide.title[language]
        summary = guide.summary[language]
        location = guide.location[language]
        notes = guide.notes.map { $0[language] }
        fallback = FallbackDocument(
            contact: guide.fallback.contact[language], advice: guide.fallback.advice.map { $0[language] },
            details: guide.fallback.details.map { $0[language] })
        statementDescriptors = guide.provider.map { DescriptorsDocument($0, language: language, rules: rules) }
        orderNumberFormats = rules.orderNumberFormats.filter { $0.provider == guide.provider }.map {
            FormatDocument($0, language: language, rules: rules)
        }
        sources = guide.sources(in: language).map(SourceDocument.init)
        links = guide.links(in: language).map {
            LinkDocument(title: $0.title[language], url: $0.url, source: $0.source.id)
        }
    }
}
