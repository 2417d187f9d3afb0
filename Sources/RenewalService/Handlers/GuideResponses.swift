import RenewalDocuments
import RenewalRules

/// Every guide rendered once at start-up, as JSON and as text, per language and (for Nexway) per
/// product route. Guides never change while the server runs, so a request only looks one up.
struct GuideResponses: Sendable {
    struct Rendered: Sendable {
        let json: [UInt8]
        let text: String
    }

    private struct Key: Hashable {
        let id: String
        let language: Language
        let product: ProductLine?
    }

    private let rendered: [Key: Rendered]
    private let lists: [Language: Rendered]

    init(rules: RuleBook) {
        var rendered: [Key: Rendered] = [:]
        var lists: [Language: Rendered] = [:]
        for language in Language.allCases {
            for provider in ProviderID.allCases {
                let products: [ProductLine?] =
                    rules.guides.dependsOnProduct(provider) ? [nil] + ProductLine.allCases : [nil]
                for product in products {
                    let guide = rules.guides.guide(for: provider, product: product?.rawValue)
                    rendered[Key(id: provider.rawValue, language: language, product: product)] = Self.render(
                        guide, language, rules)
                }
            }
            rendered[Key(id: GuideCatalog.customerServiceID, language: language, product: nil)] = Self.render(
                rules.guides.customerService, language, rules)
            lists[language] = Self.renderList(language, rules)
        }
        self.rendered = rendered
        self.lists = lists
    }

    /// A provider's guide (or the customer-service guide), narrowed to a product where that matters.
    func guide(id: String, language: Language, product: ProductLine?) -> Rendered? {
        rendered[Key(id: id, language: language, product: product)]
            ?? rendered[Key(id: id, language: language, product: nil)]
    }

    /// The list of guides.
    func list(_ language: Language) -> Rendered {
        lists[language] ?? Rendered(json: [], text: "")
    }

    private static func render(_ guide: Guide, _ language: Language, _ rules: RuleBook) -> Rendered {
        let document = GuideDocument(guide, language: language, rules: rules)
        return Rendered(json: document.jsonBytes(capacity: 8192), text: document.plainText())
    }

    private static func renderList(_ language: Language, _ rules: RuleBook) -> Rendered {
        let document = GuideListDocument(language: language, rules: rules)
        return Rendered(json: document.jsonBytes(capacity: 4096), text: document.plainText())
    }
}
