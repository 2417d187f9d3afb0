import Yams

/// The notes and step lists that several guides share, each written once under a name and referred
/// to by it (YAML anchors are refused), and the reading of what refers to them: sections and notes.
struct GuideSharedParts {
    let pieces: GuidePieceReader
    /// The article: the source of a section that names none, and of every named step list.
    let article: Source
    private var notes = NamedParts<SourcedNote>(section: "guide-notes", kind: "note")
    private var stepLists = NamedParts<[GuideStep]>(section: "guide-steps", kind: "steps")

    init(pieces: GuidePieceReader, article: Source) {
        self.pieces = pieces
        self.article = article
    }

    /// A note and the page that says it.
    typealias SourcedNote = (text: LocalizedText, source: Source)

    /// `guide-notes`: name → `{ja, en, source}`.
    mutating func readNotes(_ node: Node) {
        let pieces = pieces
        notes.read(node, pieces.reader) { name, value in Self.sourcedNote(value, "the note \(name)", pieces) }
    }

    /// `{ja, en, source}`: every note names the page that says it.
    private static func sourcedNote(_ node: Node, _ place: String, _ pieces: GuidePieceReader) -> SourcedNote? {
        guard let text = pieces.localized(node, place, alsoAllowed: ["source"]) else { return nil }
        guard case .mapping(let mapping) = node, let sourceNode = mapping["source"] else {
            pieces.reader.problem(node, "\(place) names no source: give the page that says it ('source')")
            return nil
        }
        return pieces.reader.source(sourceNode, "\(place) source").map { (text, $0) }
    }

    /// `guide-steps`: name → the steps of one of the article's procedures.
    mutating func readSteps(_ node: Node) {
        let article = article
        stepLists.read(node, pieces.reader) { name, value in
            pieces.steps(value, "the steps \(name)", source: article)
        }
    }

    /// The labels of every named step list, which any guide's prose may quote; `nil` when a list
    /// could not be read, and so what it declares is not known.
    var labels: [StepLabel]? {
        stepLists.isComplete ? stepLists.values.flatMap { $0.flatMap(\.labels) } : nil
    }

    /// A guide's note: a name from `guide-notes`, or a text written in place with its source.
    mutating func note(_ node: Node, _ place: String) -> SourcedNote? {
        guard case .scalar(let scalar) = node else { return Self.sourcedNote(node, place, pieces) }
        return notes.resolve(node, scalar.string, in: place, pieces.reader)
    }

    /// One procedure of a guide. Its steps are a name from `guide-steps` (the article's procedures)
    /// or written in place; a procedure for some products only says where it is carried out.
    mutating func section(_ node: Node, _ place: String) -> GuideSection? {
        let reader = pieces.reader
        guard
            let entry = reader.mapping(
                node, place, allowed: ["heading", "products", "location", "source", "steps"],
                required: ["heading", "steps"]),
            let heading = entry["heading"].flatMap({ pieces.localized($0, "\(place) heading") }),
            let stepsNode = entry["steps"]
        else { return nil }
        var source = article
        if let node = entry["source"] {
            guard let found = reader.source(node, "\(place) source") else { return nil }
            guard found.grade != .thirdParty else {
                reader.problem(
                    node,
                    "\(place) is from \(found.id): third-party reports are no procedure to send a customer through")
                return nil
            }
            source = found
        }
        var products: Set<ProductLine>?
        var location: LocalizedText?
        if let node = entry["products"] {
            guard let lines = productLines(node, "\(place) products") else { return nil }
            guard let locationNode = entry["location"] else {
                reader.problem(node, "\(place) is for some products only: say where it is carried out, in 'location'")
                return nil
            }
            products = lines
            location = pieces.localized(locationNode, "\(place) location")
            guard location != nil else { return nil }
        } else if let node = entry["location"] {
            reader.problem(node, "\(place) has a location but no products: only a section for some products has one")
            return nil
        }
        guard let steps = steps(stepsNode, place, source: source) else { return nil }
        return GuideSection(heading, products: products, location: location, steps: steps, source: source)
    }

    private mutating func steps(_ node: Node, _ place: String, source: Source) -> [GuideStep]? {
        guard case .scalar(let scalar) = node else {
            return pieces.steps(node, "the steps of \(place)", source: source)
        }
        guard source.grade == .article else {
            pieces.reader.problem(
                node, "\(place) is from \(source.id): write its steps out; the named steps are the article's")
            return nil
        }
        return stepLists.resolve(node, scalar.string, in: place, pieces.reader)
    }

    private func productLines(_ node: Node, _ place: String) -> Set<ProductLine>? {
        let items = pieces.items(node, place)
        let lines = items.compactMap { item -> ProductLine? in
            guard let name = pieces.reader.text(item, "an item of \(place)") else { return nil }
            return pieces.reader.member(name, of: ProductLine.self, item, place, "product", "products")
        }
        guard lines.count == items.count, !lines.isEmpty else { return nil }
        return Set(lines)
    }

    /// A named note or step list that no guide uses is a leftover: an edit that meant to use it did not.
    func reportUnused(_ reader: RuleFileReader) {
        notes.reportUnused(reader) { "the note \($0) is in no guide: use it in a guide's notes, or remove it" }
        stepLists.reportUnused(reader) { "the steps \($0) are in no guide: use them in a section, or remove them" }
    }
}
