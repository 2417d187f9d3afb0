import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `GET /guide`
    func listGuides(_ request: HTTPRequest, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        let presentation = try scope.presentation(request.head)
        let list = knowledge.guideResponses.list(presentation.language)
        return presentation.response(json: list.json, text: list.text)
    }

    /// `GET /guide/{id}[?product=…]`: aliases are accepted; an unknown id is a 404 naming the valid ones.
    func guide(_ request: HTTPRequest, id: String, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        let presentation = try scope.presentation(request.head)
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
            throw .notFound(ProblemTexts.noGuide(id, valid: ids))
        }
        var product: ProductLine?
        // Checked for every guide, though only Nexway's route depends on it: a value that names no
        // product is a mistake wherever it is sent.
        if let requested = request.queryValue("product") {
            let products = knowledge.rules.guides.products
            guard requested.count <= 100, let line = products.line(named: requested) else {
                let names = products.accepted.joined(separator: ", ")
                throw .badRequest(ProblemTexts.unknownProduct(requested, accepted: names))
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
