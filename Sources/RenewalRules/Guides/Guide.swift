/// How to turn auto-renewal off with one provider, and what to do when that fails.
public struct Guide: Sendable {
    /// The guide's identifier: a provider's identifier, or ``GuideCatalog/customerServiceID``.
    public let id: String
    /// The provider, or `nil` for the customer-service fallback guide.
    public let provider: ProviderID?
    /// A short title.
    public let title: LocalizedText
    /// One or two sentences on who can turn auto-renewal off and where.
    public let summary: LocalizedText
    /// Where the steps are carried out (an account, a device's settings, a support desk).
    public let location: LocalizedText
    /// The procedures, in order; more than one where the route depends on the product or device.
    public let sections: [GuideSection]
    /// Things worth knowing before or after.
    public let notes: [LocalizedText]
    /// The page each note comes from, in the order of ``notes``.
    public let noteSources: [Source]
    /// The article's fallback when auto-renewal cannot be turned off.
    public let fallback: Fallback
    /// The official pages to open for this guide; empty where no public page is known.
    public let links: [GuideLink]

    /// Every page the guide's procedures, English screen labels and links come from, the article first.
    public let sources: [Source]

    init(
        id: String, provider: ProviderID?, title: LocalizedText, summary: LocalizedText, location: LocalizedText,
        sections: [GuideSection], notes: [(text: LocalizedText, source: Source)], fallback: Fallback,
        links: [GuideLink], article: Source
    ) {
        self.id = id
        self.provider = provider
        self.title = title
        self.summary = summary
        self.location = location
        self.sections = sections
        self.notes = notes.map(\.text)
        noteSources = notes.map(\.source)
        self.fallback = fallback
        self.links = links
        var sources = [article]
        let labelSources = sections.flatMap(\.steps).flatMap(\.labels).compactMap(\.englishSource)
        let pages = sections.map(\.source) + labelSources + notes.map(\.source) + links.map(\.source)
        for source in pages where !sources.contains(source) {
            sources.append(source)
        }
        self.sources = sources
    }
}

extension Guide {
    /// The links a reader in `language` is given: those for every language and those for theirs.
    public func links(in language: Language) -> [GuideLink] {
        links.filter { $0.language == nil || $0.language == language }
    }

    /// The sources a document in `language` lists: all but the pages only the other language links.
    public func sources(in language: Language) -> [Source] {
        let elsewhere = Set(links.filter { $0.language != nil && $0.language != language }.map(\.source.id))
        let cited = Set(
            sections.map(\.source.id) + sections.flatMap(\.steps).flatMap(\.labels).compactMap(\.englishSource?.id)
                + noteSources.map(\.id) + links(in: language).map(\.source.id))
        return sources.filter { !elsewhere.contains($0.id) || cited.contains($0.id) }
    }

    /// Whether some sections are for some products only, so that a product narrows the guide.
    public var dependsOnProduct: Bool { sections.contains { $0.products != nil } }

    /// The sections a customer with this product follows: those for every product and those for it.
    public func sections(for line: ProductLine) -> [GuideSection] {
        sections.filter { $0.products == nil || $0.products?.contains(line) == true }
    }
}

/// One procedure within a guide.
public struct GuideSection: Sendable {
    /// What this procedure is for.
    public let heading: LocalizedText
    /// The products this procedure is for; `nil` when it is for every product.
    public let products: Set<ProductLine>?
    /// Where the procedure is carried out, for a procedure that is for some products only: the
    /// guide's location once a product narrows the guide to it.
    public let location: LocalizedText?
    /// The steps, in their source's order.
    public let steps: [GuideStep]
    /// Where the procedure is documented: the article for its own routes; a self-service route
    /// that only another page documents comes after the article's and names that page.
    public let source: Source

    init(
        _ heading: LocalizedText, products: Set<ProductLine>? = nil, location: LocalizedText? = nil,
        steps: [GuideStep], source: Source
    ) {
        self.heading = heading
        self.products = products
        self.location = location
        self.steps = steps
        self.source = source
    }
}

/// One step: what to do, what happens, and the on-screen labels involved.
public struct GuideStep: Sendable {
    /// The instruction. Each language's text quotes the step's labels in that language, in brackets.
    public let action: LocalizedText
    /// What the customer sees afterwards, where the source says.
    public let outcome: LocalizedText?
    /// The on-screen labels of this step, in the order the action names them.
    public let labels: [StepLabel]

    init(_ action: LocalizedText, outcome: LocalizedText? = nil, labels: [StepLabel] = []) {
        self.action = action
        self.outcome = outcome
        self.labels = labels
    }
}

/// The article's fallback: whom to contact, and what to have ready.
public struct Fallback: Sendable {
    /// Whom to contact for this provider.
    public let contact: LocalizedText
    /// The article's general advice, in order.
    public let advice: [LocalizedText]
    /// The details customer service asks for, in the article's order.
    public let details: [LocalizedText]
}
