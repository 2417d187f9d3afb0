import Foundation
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

    init() {
        var rendered: [Key: Rendered] = [:]
        var lists: [Language: Rendered] = [:]
        for language in Language.allCases {
            for provider in ProviderID.allCases {
                let products: [ProductLine?] = provider == .nexway ? [nil] + ProductLine.allCases : [nil]
                for product in products {
                    let guide = GuideCatalog.guide(for: provider, product: product?.rawValue)
                    rendered[Key(id: provider.rawValue, language: language, product: product)] = Self.render(
                        guide, language)
                }
            }
            rendered[Key(id: GuideCatalog.customerServiceID, language: language, product: nil)] = Self.render(
                GuideCatalog.customerService, language)
            lists[language] = Self.renderList(language)
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

    private static func render(_ guide: Guide, _ language: Language) -> Rendered {
        let document = GuideDocument(guide, language: language)
        return Rendered(json: JSONBody.encodeAtStartUp(document, "the guide \(guide.id)"), text: document.plainText())
    }

    private static func renderList(_ language: Language) -> Rendered {
        let entries = ProviderID.allCases.map {
            GuideListDocument.Entry(id: $0.rawValue, name: $0.displayName, kind: $0.kind.rawValue, guide: $0.guidePath)
        }
        let document = GuideListDocument(
            language: language, providers: entries,
            customerService: "/guide/\(GuideCatalog.customerServiceID)",
            findingYourProvider: ProviderFindingDocument(language: language))
        var text = entries.map { "\($0.id)\t\($0.name)\t\($0.guide)" }.joined(separator: "\n")
        text += "\n\(GuideCatalog.customerServiceID)\t\(language == .ja ? "カスタマーサービス" : "Customer service")"
        text += "\t\(document.customerService)\n"
        return Rendered(json: JSONBody.encodeAtStartUp(document, "the list of guides"), text: text)
    }
}

/// `GET /guide`: the providers, their guides, and how to tell which one sold the licence.
struct GuideListDocument: Encodable {
    struct Entry: Encodable {
        let id: String
        let name: String
        let kind: String
        let guide: String
    }

    let language: Language
    let providers: [Entry]
    let customerService: String
    let findingYourProvider: ProviderFindingDocument
}
