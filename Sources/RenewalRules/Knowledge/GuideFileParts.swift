import Yams

/// The guides of a rule file: the notes and step lists several guides share, named once; the
/// article's fallback; and a guide for every provider and for customer service.
enum GuideFileParts {
    /// The rule file's sections that hold guides.
    static let sections: Set<String> = ["products", "guide-notes", "guide-steps", "fallback", "guides"]

    /// The catalogue the file's guides make, or `nil` after recording why not.
    static func catalog(_ top: RuleMapping, article: Source, reader: RuleFileReader) -> GuideCatalog? {
        let pieces = GuidePieceReader(reader: reader)
        var shared = GuideSharedParts(pieces: pieces, article: article)
        if let node = top["guide-notes"] { shared.readNotes(node) }
        if let node = top["guide-steps"] { shared.readSteps(node) }
        guard let fallbackNode = top["fallback"], let fallback = fallback(fallbackNode, pieces),
            let guidesNode = top["guides"], case .mapping(let byID) = guidesNode
        else {
            if let node = top["guides"] { reader.problem(node, "guides must map each guide's identifier to it") }
            return nil
        }
        var guides: [ProviderID: Guide] = [:]
        var customerService: Guide?
        var named: Set<String> = []
        let known = (ProviderID.allCases.map(\.rawValue) + [GuideCatalog.customerServiceID]).joined(separator: ", ")
        for (key, node) in byID {
            guard let id = reader.text(key, "a guide's identifier") else { continue }
            named.insert(id)
            let provider = ProviderID(rawValue: id)
            guard provider != nil || id == GuideCatalog.customerServiceID else {
                reader.problem(key, "unknown guide '\(id)'; a guide is for one of: \(known)")
                continue
            }
            guard let guide = guide(node, id: id, provider: provider, fallback: fallback, &shared) else { continue }
            if let provider { guides[provider] = guide } else { customerService = guide }
        }
        for provider in ProviderID.allCases where !named.contains(provider.rawValue) {
            reader.problem(guidesNode, "guides has no guide for \(provider.rawValue): every provider needs one")
        }
        if !named.contains(GuideCatalog.customerServiceID) {
            reader.problem(
                guidesNode, "guides has no \(GuideCatalog.customerServiceID) guide, the one for an unknown seller")
        }
        shared.reportUnused(reader)
        guard let productsNode = top["products"], let products = productNames(productsNode, reader),
            let customerService, guides.count == ProviderID.allCases.count
        else { return nil }
        return GuideCatalog(guides: guides, customerService: customerService, products: products)
    }

    private static func fallback(
        _ node: Node, _ pieces: GuidePieceReader
    ) -> (advice: [LocalizedText], details: [LocalizedText])? {
        guard
            let entry = pieces.reader.mapping(
                node, "fallback", allowed: ["advice", "details"], required: ["advice", "details"]),
            let adviceNode = entry["advice"], let detailsNode = entry["details"]
        else { return nil }
        let advice = pieces.items(adviceNode, "fallback advice").compactMap {
            pieces.localized($0, "an item of fallback advice")
        }
        let details = pieces.items(detailsNode, "fallback details").compactMap {
            pieces.localized($0, "an item of fallback details")
        }
        return (advice, details)
    }

    private static func guide(
        _ node: Node, id: String, provider: ProviderID?, fallback: (advice: [LocalizedText], details: [LocalizedText]),
        _ shared: inout GuideSharedParts
    ) -> Guide? {
        let pieces = shared.pieces
        let place = "the \(id) guide"
        guard
            let entry = pieces.reader.mapping(
                node, place, allowed: ["title", "summary", "location", "sections", "notes", "contact", "links"],
                required: ["title", "summary", "location", "sections", "contact"]),
            let title = entry["title"].flatMap({ pieces.localized($0, "\(place) title") }),
            let summary = entry["summary"].flatMap({ pieces.localized($0, "\(place) summary") }),
            let location = entry["location"].flatMap({ pieces.localized($0, "\(place) location") }),
            let contact = entry["contact"].flatMap({ pieces.localized($0, "\(place) contact") }),
            let sectionsNode = entry["sections"]
        else { return nil }
        let sectionNodes = pieces.items(sectionsNode, "\(place) sections")
        let sections = sectionNodes.enumerated().compactMap { index, item in
            shared.section(item, "section \(index + 1) of \(place)")
        }
        let noteNodes = entry["notes"].map { pieces.items($0, "\(place) notes") } ?? []
        let notes = noteNodes.compactMap { shared.note($0, "a note of \(place)") }
        let linkNodes =
            entry["links"].map { pieces.items($0, "\(place) links", atMost: RuleFileLimits.listLength) } ?? []
        let links = linkNodes.compactMap { link($0, "a link of \(place)", pieces) }
        guard sections.count == sectionNodes.count, !sections.isEmpty, notes.count == noteNodes.count,
            links.count == linkNodes.count
        else {
            if sectionNodes.isEmpty { pieces.reader.problem(sectionsNode, "\(place) has no sections") }
            return nil
        }
        return Guide(
            id: id, provider: provider, title: title, summary: summary, location: location, sections: sections,
            notes: notes, fallback: Fallback(contact: contact, advice: fallback.advice, details: fallback.details),
            links: links, article: shared.article)
    }

    /// `products`: for each product line, the names people type for it. No name may stand for two.
    private static func productNames(_ node: Node, _ reader: RuleFileReader) -> ProductNames? {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "products must map each product line to the names people type for it")
            return nil
        }
        let before = reader.problems.count
        var names: [(line: ProductLine, names: [String])] = []
        var owners: [String: ProductLine] = [:]
        let known = ProductLine.allCases.map(\.rawValue).joined(separator: ", ")
        for (key, value) in mapping {
            guard let id = reader.text(key, "products") else { continue }
            guard let line = ProductLine(rawValue: id) else {
                reader.problem(key, "unknown product '\(id)' in products; the products are: \(known)")
                continue
            }
            let items = GuidePieceReader(reader: reader).items(
                value, "the names of \(id)", atMost: RuleFileLimits.productNames)
            let texts = items.compactMap { reader.text($0, "a name of \(id)") }
            for (text, item) in zip([id] + texts, [key] + items) {
                if let owner = owners[ProductNames.key(text)], owner != line {
                    reader.problem(
                        item, "'\(text)' names both \(owner.rawValue) and \(id): a name stands for one product")
                }
                owners[ProductNames.key(text)] = line
            }
            names.append((line, texts))
        }
        for line in ProductLine.allCases
        where !names.contains(where: { $0.line == line }) && reader.problems.count == before {
            reader.problem(node, "products has no entry for \(line.rawValue): give the names people type for it")
        }
        return reader.problems.count == before ? ProductNames(names) : nil
    }

    private static func link(_ node: Node, _ place: String, _ pieces: GuidePieceReader) -> GuideLink? {
        guard
            let entry = pieces.reader.mapping(
                node, place, allowed: ["title", "source"], required: ["title", "source"]),
            let sourceNode = entry["source"], let source = pieces.reader.source(sourceNode, "\(place) source"),
            let title = entry["title"].flatMap({ pieces.localized($0, "\(place) title") })
        else { return nil }
        guard source.url != nil else {
            pieces.reader.problem(sourceNode, "\(place): the source \(source.id) has no address to open")
            return nil
        }
        return GuideLink(title: title, source: source)
    }
}
