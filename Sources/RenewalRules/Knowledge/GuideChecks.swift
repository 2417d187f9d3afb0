import Yams

/// The checks a guide must pass as a whole, once read: a route for every product where routes
/// depend on the product, in one place each; prose within a budget; and no on-screen label quoted
/// in its prose that none of its steps declares.
enum GuideChecks {
    /// Whether the guide passes; each problem is recorded on the guide's line.
    static func check(_ guide: Guide, _ node: Node, sharedLabels: [StepLabel]?, reader: RuleFileReader) -> Bool {
        let before = reader.problems.count
        let place = "the \(guide.id) guide"
        routes(guide, node, place, reader)
        let bytes = texts(of: guide).reduce(0) { $0 + $1.ja.utf8.count + $1.en.utf8.count }
        if bytes > RuleFileLimits.guideBytes {
            reader.problem(
                node,
                "\(place) holds \(bytes) bytes of text with its shared parts; at most \(RuleFileLimits.guideBytes)")
        }
        // Without the shared lists' labels, a quoted one may be declared there: say nothing more.
        if let sharedLabels { quotedLabels(guide, node, place, sharedLabels, reader) }
        return reader.problems.count == before
    }

    /// Where routes depend on the product, each product has one, and the routes a product keeps
    /// say one place to carry them out (the guide's location, once narrowed to that product).
    private static func routes(_ guide: Guide, _ node: Node, _ place: String, _ reader: RuleFileReader) {
        guard guide.dependsOnProduct else { return }
        for line in ProductLine.allCases {
            let kept = guide.sections(for: line)
            guard !kept.isEmpty else {
                reader.problem(
                    node, "\(place) has no route for the product \(line.rawValue): add it to a section's products")
                continue
            }
            if kept.allSatisfy({ $0.products != nil }), Set(kept.compactMap(\.location)).count > 1 {
                reader.problem(
                    node,
                    "\(place)'s sections for the product \(line.rawValue) give different locations: "
                        + "one route is carried out in one place")
            }
        }
    }

    /// A title, summary, location, note, heading or contact may quote, in brackets, only a label
    /// that the guide's steps or the shared step lists declare, in the same language.
    private static func quotedLabels(
        _ guide: Guide, _ node: Node, _ place: String, _ sharedLabels: [StepLabel], _ reader: RuleFileReader
    ) {
        let labels = sharedLabels + guide.sections.flatMap(\.steps).flatMap(\.labels)
        for language in Language.allCases {
            let declared = Set(labels.map { $0.text(in: language) })
            for text in prose(of: guide) {
                for quoted in GuidePieceReader.bracketed(text[language]) where !declared.contains(quoted) {
                    reader.problem(
                        node,
                        "\(place) quotes [\(quoted)] in \(language.name), a label none of its steps declares: "
                            + "quote a step's label, or do not put it in brackets")
                }
            }
        }
    }

    /// The guide's own prose around its steps: title, summary, location, contact, notes, and each
    /// section's heading and location.
    private static func prose(of guide: Guide) -> [LocalizedText] {
        [guide.title, guide.summary, guide.location, guide.fallback.contact] + guide.notes
            + guide.sections.flatMap { [$0.heading] + ($0.location.map { [$0] } ?? []) }
    }

    /// Every text the guide shows, shared parts counted wherever they appear.
    private static func texts(of guide: Guide) -> [LocalizedText] {
        var texts = prose(of: guide) + guide.fallback.advice + guide.fallback.details
        for section in guide.sections {
            for step in section.steps {
                texts += [step.action] + (step.outcome.map { [$0] } ?? [])
                texts += step.labels.map { LocalizedText($0.text, $0.english) }
            }
        }
        return texts
    }
}
