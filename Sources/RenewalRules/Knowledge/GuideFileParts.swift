import Yams

/// The guides of a rule file: the notes and step lists several guides share, named once; the
/// article's fallback; and a guide for every provider and for customer service.
enum GuideFileParts {
    /// The rule file's sections that hold guides and the products their routes depend on.
    static let sections: Set<String> = ["finding", "products", "guide-notes", "guide-steps", "fallback", "guides"]

    /// The catalogue the file's guides make, or `nil` after recording why not.
    static func catalog(_ top: RuleMapping, article: Source, reader: RuleFileReader) -> GuideCatalog? {
        let pieces = GuidePieceReader(reader: reader)
        var shared = GuideSharedParts(pieces: pieces, article: article)
        if let node = top["guide-notes"] { shared.readNotes(node) }
        if let node = top["guide-steps"] { shared.readSteps(node) }
        let fallback = top["fallback"].flatMap { Self.fallback($0, pieces) }
        let finding = top["finding"].flatMap { Self.finding($0, pieces) }
        guard let guidesNode = top["guides"] else { return nil }
        guard case .mapping(let byID) = guidesNode else {
            reader.problem(guidesNode, "guides must map each guide's identifier to it")
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
            let parts = fallback ?? ([], [])
            guard let guide = guide(node, id: id, provider: provider, fallback: parts, &shared) else { continue }
            guard GuideChecks.check(guide, node, sharedLabels: shared.labels, reader: reader) else { continue }
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
        guard let productsNode = top["products"], let products = ProductFileParts.names(productsNode, reader: reader),
            fallback != nil, let finding, let customerService, guides.count == ProviderID.allCases.count
        else { return nil }
        return GuideCatalog(guides: guides, customerService: customerService, products: products, finding: finding)
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
        for (list, node, name) in [(advice, adviceNode, "advice"), (details, detailsNode, "details")] where list.isEmpty
        {
            pieces.reader.problem(node, "fallback \(name) is empty: the article's fallback always says what to do")
        }
        guard !advice.isEmpty, !details.isEmpty else { return nil }
        return (advice, details)
    }

    /// `finding`: where the order number is, and the article's caveats about the providers.
    private static func finding(_ node: Node, _ pieces: GuidePieceReader) -> ProviderFinding? {
        guard
            let entry = pieces.reader.mapping(
                node, "finding", allowed: ["order-number-source", "notes"], required: ["order-number-source", "notes"]),
            let source = entry["order-number-source"].flatMap({ pieces.localized($0, "finding order-number-source") }),
            let notesNode = entry["notes"]
        else { return nil }
        let items = pieces.items(notesNode, "finding notes")
        let notes = items.compactMap { pieces.localized($0, "a note of finding") }
        guard notes.count == items.count else { return nil }
        return ProviderFinding(orderNumberSource: source, notes: notes)
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
        for (index, note) in notes.enumerated() where notes[..<index].contains(where: { $0.text == note.text }) {
            pieces.reader.problem(noteNodes[index], "\(place) has this note twice: remove one")
        }
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

    private static func link(_ node: Node, _ place: String, _ pieces: GuidePieceReader) -> GuideLink? {
        guard
            let entry = pieces.reader.mapping(
                node, place, allowed: ["title", "source", "language"], required: ["title", "source"]),
            let sourceNode = entry["source"], let source = pieces.reader.source(sourceNode, "\(place) source"),
            let title = entry["title"].flatMap({ pieces.localized($0, "\(place) title") })
        else { return nil }
        var language: Language?
        if let languageNode = entry["language"] {
            guard let name = pieces.reader.text(languageNode, "\(place) language"), let named = Language(rawValue: name)
            else {
                pieces.reader.problem(languageNode, "\(place): a link's language is ja or en")
                return nil
            }
            language = named
        }
        guard source.url != nil else {
            pieces.reader.problem(sourceNode, "\(place): the source \(source.id) has no address to open")
            return nil
        }
        return GuideLink(title: title, source: source, language: language)
    }
}
