/// The JSON shape of a guide in one language, shared by the CLI and the HTTP service.
public struct GuideDocument: Encodable, Sendable {
    /// One step, numbered from 1 across the whole guide.
    public struct StepDocument: Encodable, Sendable {
        /// The step's number.
        public let number: Int
        /// The heading of the section it belongs to.
        public let section: String
        /// What to do.
        public let text: String
        /// What happens then, where the article says.
        public let outcome: String?
        /// The on-screen labels, verbatim from the article (Japanese UI).
        public let labels: [String]
    }

    /// One section: a route, for some or all products.
    public struct SectionDocument: Encodable, Sendable {
        /// The section's heading.
        public let heading: String
        /// Product identifiers this section is for; absent when it is for all.
        public let products: [String]?
        /// The numbers of this section's steps in ``GuideDocument/steps``.
        public let steps: [Int]
        /// Where the procedure is documented.
        public let source: SourceDocument
    }

    /// The fallback in one language.
    public struct FallbackDocument: Encodable, Sendable {
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
    /// Every step, in order.
    public let steps: [StepDocument]
    /// The sections, referring to steps by number.
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
    public struct LinkDocument: Encodable, Sendable {
        /// What the page is.
        public let title: String
        /// Its address.
        public let url: String
        /// The source's identifier (see ``GuideDocument/sources``).
        public let source: String
    }

    /// Renders a guide in a language.
    public init(_ guide: Guide, language: Language) {
        var steps: [StepDocument] = []
        var sections: [SectionDocument] = []
        for section in guide.sections {
            let first = steps.count + 1
            for step in section.steps {
                steps.append(
                    StepDocument(
                        number: steps.count + 1, section: section.heading[language], text: step.action[language],
                        outcome: step.outcome?[language], labels: step.labels))
            }
            sections.append(
                SectionDocument(
                    heading: section.heading[language],
                    products: section.products.map { set in ProductLine.allCases.filter(set.contains).map(\.rawValue) },
                    steps: Array(first...steps.count), source: SourceDocument(section.source)))
        }
        id = guide.id
        provider = guide.provider.map(ProviderReference.init)
        self.language = language
        title = guide.title[language]
        summary = guide.summary[language]
        location = guide.location[language]
        self.steps = steps
        self.sections = sections
        notes = guide.notes.map { $0[language] }
        fallback = FallbackDocument(
            contact: guide.fallback.contact[language], advice: guide.fallback.advice.map { $0[language] },
            details: guide.fallback.details.map { $0[language] })
        statementDescriptors = guide.provider.map { DescriptorsDocument($0, language: language) }
        orderNumberFormats = RuleBook.orderNumberFormats.filter { $0.provider == guide.provider }.map {
            FormatDocument($0, language: language)
        }
        sources = guide.sources.map(SourceDocument.init)
        links = guide.links.map { LinkDocument(title: $0.title[language], url: $0.url, source: $0.source.id) }
    }

    private enum CodingKeys: String, CodingKey {
        case id, provider, language, title, summary, location, steps, sections, notes, fallback
        case statementDescriptors, orderNumberFormats, sources, links
    }

    /// Encodes every key, with `"provider": null` for the customer-service guide.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeOrNull(provider, forKey: .provider)
        try container.encode(language, forKey: .language)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(location, forKey: .location)
        try container.encode(steps, forKey: .steps)
        try container.encode(sections, forKey: .sections)
        try container.encode(notes, forKey: .notes)
        try container.encode(fallback, forKey: .fallback)
        try container.encodeIfPresent(statementDescriptors, forKey: .statementDescriptors)
        try container.encode(orderNumberFormats, forKey: .orderNumberFormats)
        try container.encode(sources, forKey: .sources)
        try container.encode(links, forKey: .links)
    }
}
