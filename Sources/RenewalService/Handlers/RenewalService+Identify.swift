import MicroHTTP
import RenewalDocuments
import RenewalRules

extension RenewalService {
    /// `GET /identify?q=…` and `POST /identify` (JSON object, JSON batch, or form).
    func identify(_ request: HTTPRequest, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        let presentation = try scope.presentation(request.head)
        let payload: IdentifyPayload =
            request.method == .post
            ? try IdentifyRequest.fromBody(request.body, contentType: request.headers["Content-Type"])
            : .single(try IdentifyRequest.fromParameters(request.query))
        // `?include=guide` on the URL applies to a POST's every item as well.
        let includeAll = request.method == .post ? try IdentifyRequest.includesGuide(request.query) : false
        let language = presentation.language
        let knowledge = self.knowledge
        switch payload {
        case .single(let query):
            let document = identifyOne(query, language: language, rules: knowledge.rules, scope)
            let guides =
                query.includeGuide || includeAll
                ? embeddedGuides(for: document, language: language, knowledge: knowledge).map(\.guide) : nil
            var writer = JSONWriter()
            document.write(to: &writer, guides: guides?.map(\.json))
            return presentation.response(
                json: writer.bytes, text: Self.text(document, guides: guides, language: language))
        case .batch(let items):
            return identifyBatch(items, includeAll: includeAll, presentation: presentation, knowledge: knowledge, scope)
        }
    }

    /// The guides an answer embeds with `include=guide`: the identified provider's; for an
    /// ambiguous answer each candidate's; otherwise the customer-service guide.
    func embeddedGuides(
        for document: IdentificationDocument, language: Language, knowledge: ServiceKnowledge
    ) -> [(id: String, guide: GuideResponses.Rendered)] {
        var ids: [String] = []
        switch document.status {
        case .identified:
            ids = [document.provider?.id ?? GuideCatalog.customerServiceID]
        case .ambiguous:
            for candidate in document.candidates where candidate.confidence >= Identifier.identifiedThreshold {
                if !ids.contains(candidate.provider.id) { ids.append(candidate.provider.id) }
            }
        case .sellerUnknown, .unknown:
            ids = [GuideCatalog.customerServiceID]
        }
        return ids.compactMap { id in
            knowledge.guideResponses.guide(id: id, language: language, product: nil).map { (id, $0) }
        }
    }

    /// The answer as text, followed by the guides it embeds: one complete answer to read.
    private static func text(
        _ document: IdentificationDocument, guides: [GuideResponses.Rendered]?, language: Language
    ) -> String {
        ([document.plainText(language: language)] + (guides ?? []).map(\.text)).joined(separator: "\n")
    }

    func identifyOne(
        _ query: IdentifyQuery, language: Language, rules: RuleBook, _ scope: RequestScope
    ) -> IdentificationDocument {
        let identification = Identifier.identify(query.text, as: query.kind, rules: rules)
        metrics.recordIdentification(identification)
        scope.debug(
            "identified",
            metadata: ["query": .string(query.text), "status": .string(identification.status.rawValue)])
        return IdentificationDocument(identification, language: language, rules: rules)
    }
}
