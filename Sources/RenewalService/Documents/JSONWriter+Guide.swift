package import RenewalRules

extension JSONWriter {
    /// A guide in one language. `statementDescriptors` is left out for the customer-service guide,
    /// and a section's `products` where it is for every product.
    package mutating func guide(_ document: GuideDocument) {
        raw(#"{"fallback":{"advice":"#)
        strings(document.fallback.advice)
        raw(#","contact":"#)
        string(document.fallback.contact)
        raw(#","details":"#)
        strings(document.fallback.details)
        raw(#"},"id":"#)
        string(document.id)
        raw(#","language":"#)
        verbatimString(document.language.rawValue)
        raw(#","links":"#)
        array(document.links) { writer, link in
            writer.raw(#"{"source":"#)
            writer.string(link.source)
            writer.raw(#","title":"#)
            writer.string(link.title)
            writer.raw(#","url":"#)
            writer.string(link.url)
            writer.raw("}")
        }
        raw(#","location":"#)
        string(document.location)
        raw(#","notes":"#)
        strings(document.notes)
        raw(#","orderNumberFormats":"#)
        array(document.orderNumberFormats) { $0.format($1) }
        raw(#","provider":"#)
        provider(document.provider)
        raw(#","sections":"#)
        array(document.sections) { $0.section($1) }
        raw(#","sources":"#)
        array(document.sources) { $0.source($1) }
        if let descriptors = document.statementDescriptors {
            raw(#","statementDescriptors":"#)
            self.descriptors(descriptors)
        }
        raw(#","summary":"#)
        string(document.summary)
        raw(#","title":"#)
        string(document.title)
        raw("}")
    }

    private mutating func section(_ section: GuideDocument.SectionDocument) {
        raw(#"{"heading":"#)
        string(section.heading)
        if let products = section.products {
            raw(#","products":"#)
            strings(products)
        }
        raw(#","source":"#)
        source(section.source)
        raw(#","steps":"#)
        array(section.steps) { $0.step($1) }
        raw("}")
    }

    private mutating func step(_ step: GuideDocument.StepDocument) {
        raw(#"{"labels":"#)
        array(step.labels) { writer, label in
            writer.raw(#"{"label":"#)
            writer.string(label.label)
            writer.raw(#","original":"#)
            writer.string(label.original)
            writer.raw(#","source":"#)
            writer.optionalString(label.source)
            writer.raw(#","translation":"#)
            writer.bool(label.translation)
            writer.raw("}")
        }
        raw(#","number":"#)
        number(step.number)
        raw(#","outcome":"#)
        optionalString(step.outcome)
        raw(#","source":"#)
        string(step.source)
        raw(#","text":"#)
        string(step.text)
        raw("}")
    }

    /// `GET /guide`: every provider with its guide's path, the customer-service guide, and how to
    /// tell which provider sold the licence.
    package mutating func guideList(
        _ providers: ProviderDirectory, finding: ProviderFindingDocument, language: Language
    ) {
        raw(#"{"customerService":"#)
        verbatimString(Route.guidePath(GuideCatalog.customerServiceID))
        raw(#","findingYourProvider":"#)
        providerFinding(finding)
        raw(#","language":"#)
        verbatimString(language.rawValue)
        raw(#","providers":"#)
        array(ProviderID.allCases) { writer, provider in
            writer.raw(#"{"guide":"#)
            writer.verbatimString(Route.guidePath(provider.rawValue))
            writer.raw(#","id":"#)
            writer.verbatimString(provider.rawValue)
            writer.raw(#","kind":"#)
            writer.verbatimString(providers.kind(of: provider).rawValue)
            writer.raw(#","name":"#)
            writer.string(providers.name(of: provider))
            writer.raw("}")
        }
        raw("}")
    }
}
