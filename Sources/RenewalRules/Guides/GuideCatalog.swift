/// Every guide, read from the rule file's `guides` with the rules, so that a reload replaces the
/// rules and the guides that explain them together.
public struct GuideCatalog: Sendable {
    /// The identifier of the guide for when the provider is unknown or the provider's route fails.
    public static let customerServiceID = "customer-service"

    /// The guide for each provider.
    public let guides: [ProviderID: Guide]
    /// The guide for when the provider is not known: how to find it, then whom to contact.
    public let customerService: Guide
    /// The names people type for each product, for guides whose routes depend on the product.
    public let products: ProductNames
    /// How to find who sold a licence, before any guide: where the order number is, and caveats.
    public let finding: ProviderFinding

    /// The guides in the rule book compiled in.
    public static var standard: GuideCatalog { RuleBook.standard.guides }

    /// The guide for a provider. Where sections are for some products only (Nexway), a product
    /// narrows the guide to that product's route, and to where that route is carried out.
    ///
    /// - Parameters:
    ///   - provider: the provider.
    ///   - product: a product name as typed (`plus`, `Kaspersky Premium`); ignored by guides whose
    ///     sections are for every product.
    public func guide(for provider: ProviderID, product: String? = nil) -> Guide {
        // Every provider has a guide: loading refuses a file without one.
        let guide = guides[provider] ?? customerService
        guard let product, let line = products.line(named: product) else { return guide }
        let sections = guide.sections(for: line)
        guard sections.count != guide.sections.count, !sections.isEmpty else { return guide }
        let narrowed = sections.allSatisfy { $0.products != nil } ? sections.first?.location : nil
        return Guide(
            id: guide.id, provider: guide.provider, title: guide.title, summary: guide.summary,
            location: narrowed ?? guide.location, sections: sections,
            notes: Array(zip(guide.notes, guide.noteSources)).map { (text: $0.0, source: $0.1) },
            fallback: guide.fallback, links: guide.links, article: guide.sources[0])
    }

    /// Whether the provider's guide has routes for some products only, which a product narrows.
    public func dependsOnProduct(_ provider: ProviderID) -> Bool {
        guides[provider]?.dependsOnProduct ?? false
    }

    /// The guide with an identifier: a provider's, or ``customerServiceID``.
    public func guide(id: String) -> Guide? {
        id == Self.customerServiceID ? customerService : ProviderID(rawValue: id).map { guide(for: $0) }
    }

    /// The details the article asks customers to have ready for customer service, in its order.
    public var detailsToHaveReady: [LocalizedText] { customerService.fallback.details }
}

/// How to find who sold a licence (`GET /guide`'s `findingYourProvider`), from the rule file's
/// `finding`.
public struct ProviderFinding: Sendable {
    /// Where the customer finds the order number.
    public let orderNumberSource: LocalizedText
    /// The article's caveats about the providers.
    public let notes: [LocalizedText]
}
