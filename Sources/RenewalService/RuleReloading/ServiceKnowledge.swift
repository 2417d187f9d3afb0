import RenewalRules

/// What the service answers from: one rule book and the guides rendered with it (they show its
/// formats and descriptors). Swapped whole when the rules are reloaded, and read once per request,
/// so a request answers from one book from start to end.
final class ServiceKnowledge: Sendable {
    let rules: RuleBook
    /// Where the book came from: `compiled-in`, or the path it was read from.
    let origin: String
    /// When it was loaded, in seconds since 1970.
    let loadedAt: Double
    let guideResponses: GuideResponses
    let pageGuides: PageGuides

    init(rules: RuleBook, origin: String, loadedAt: Double) {
        self.rules = rules
        self.origin = origin
        self.loadedAt = loadedAt
        guideResponses = GuideResponses(rules: rules)
        pageGuides = PageGuides(rules: rules)
    }
}
