import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `GET /guide`
    func listGuides(_ request: HTTPRequest) throws(ServiceError) -> HTTPResponse {
        let presentation = try Presentation(request, negotiator: negotiator)
        let list = knowledge.guideResponses.list(presentation.language)
        return presentation.response(json: list.json, text: list.text)
    }

    /// `GET /guide/{id}[?product=…]`: aliases are accepted; an unknown id is a 404 naming the valid ones.
    func guide(_ request: HTTPRequest, id: String) throws(ServiceError) -> HTTPResponse {
        let presentation = try Presentation(request, negotiator: negotiator)
        // One book for the whole request: the name lookup and the guide come from the same file.
        let knowledge = knowledge
        let canonical: String
        if id.lowercased() == GuideCatalog.customerServiceID {
            canonical = GuideCatalog.customerServiceID
        } else if let provider = knowledge.rules.providers.provider(named: id) {
            canonical = provider.rawValue
        } else {
            let valid = (ProviderID.allCases.map(\.rawValue) + [GuideCatalog.customerServiceID])
            let ids = valid.joined(separator: ", ")
            throw .notFound(
                LocalizedText(
                    ja: "「\(id.prefix(60))」という手順はありません。有効なID: \(ids)",
                    en: "No guide \"\(id.prefix(60))\". Valid ids: \(ids)."))
        }
        var product: ProductLine?
        // Checked for every guide, though only Nexway's route depends on it: a value that names no
        // product is a mistake wherever it is sent.
        if let requested = request.queryValue("product") {
            let products = knowledge.rules.guides.products
            guard requested.count <= 100, let line = products.line(named: requested) else {
                let names = products.accepted.joined(separator: ", ")
                throw .badRequest(
                    LocalizedText(
                        ja: "「\(requested.prefix(60))」という製品は分かりません。使える名前(Kasperskyの有無、大文字小文字は問いません): \(names)",
                        en:
                            "Unknown product \"\(requested.prefix(60))\". Accepted (with or without Kaspersky, any case): \(names)."
                    ))
            }
            product = line
        }
        guard
            let rendered = knowledge.guideResponses.guide(
                id: canonical, language: presentation.language, product: product)
        else { throw .internalError }
        return presentation.response(json: rendered.json, text: rendered.text)
    }
}
