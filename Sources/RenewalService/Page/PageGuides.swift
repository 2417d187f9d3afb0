import RenewalDocuments
import RenewalRules

/// Every guide's section of the page, rendered once at start-up per language, with its text for
/// the "as text" block: an answer's page renders only its own verdict.
struct PageGuides: Sendable {
    struct Rendered: Sendable {
        let html: String
        let text: String
    }

    private let rendered: [String: Rendered]

    init(rules: RuleBook) {
        var rendered: [String: Rendered] = [:]
        let guides =
            ProviderID.allCases.map { ($0.rawValue, rules.guides.guide(for: $0)) } + [
                (GuideCatalog.customerServiceID, rules.guides.customerService)
            ]
        for language in Language.allCases {
            for (id, guide) in guides {
                let document = GuideDocument(guide, language: language, rules: rules)
                rendered[Self.key(id, language)] = Rendered(
                    html: PageRenderer.render(PageView.GuideView(document, language: language)),
                    text: document.plainText())
            }
        }
        self.rendered = rendered
    }

    /// The guide an answer leads to (its `guideID`, such as `2checkout`), in a language.
    func guide(_ id: String, _ language: Language) -> Rendered? {
        rendered[Self.key(id, language)]
    }

    private static func key(_ id: String, _ language: Language) -> String {
        "\(language.rawValue) \(id)"
    }
}
