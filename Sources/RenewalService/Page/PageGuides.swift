import RenewalRules

/// Every guide's section of the page, rendered once at start-up per language, with its text for
/// the "as text" block: an answer's page renders only its own verdict.
struct PageGuides: Sendable {
    struct Rendered: Sendable {
        let html: String
        let text: String
    }

    private let rendered: [String: Rendered]

    init() {
        var rendered: [String: Rendered] = [:]
        let guides =
            ProviderID.allCases.map { ($0.guidePath, GuideCatalog.guide(for: $0)) } + [
                ("/guide/\(GuideCatalog.customerServiceID)", GuideCatalog.customerService)
            ]
        for language in Language.allCases {
            for (path, guide) in guides {
                let document = GuideDocument(guide, language: language)
                rendered[Self.key(path, language)] = Rendered(
                    html: PageRenderer.render(PageView.GuideView(document, language: language)),
                    text: document.plainText())
            }
        }
        self.rendered = rendered
    }

    /// The guide at an answer's `guide` path (`/guide/2checkout`), in a language.
    func guide(_ path: String, _ language: Language) -> Rendered? {
        rendered[Self.key(path, language)]
    }

    private static func key(_ path: String, _ language: Language) -> String {
        "\(language.rawValue) \(path)"
    }
}
