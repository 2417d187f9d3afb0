import MicroHTTP
import RenewalDocuments
import RenewalRules

extension RenewalService {
    /// The most bytes of answers a batch writes before the items left are answered with a problem
    /// each (send them again): with the guides and those problems, a batch's answer stays under
    /// 4 MB however its items are shaped.
    static let batchAnswerBytes = 3_500_000

    /// A batch: an array of answers in order. With `include=guide` (for all or some items) the
    /// answer is `{"guides": {path: guide}, "items": […]}` and each guide is written once, however
    /// many items lead to it: items refer to it by their `guide` paths.
    ///
    /// Bounded by ``batchAnswerBytes``: once the answers written reach it, each item left gets a 413
    /// problem in its place rather than an answer, and is not identified.
    func identifyBatch(
        _ items: [Result<IdentifyQuery, ServiceError>], includeAll: Bool, presentation: Presentation,
        knowledge: ServiceKnowledge, _ scope: RequestScope
    ) -> HTTPResponse {
        let language = presentation.language
        var guideOrder: [String] = []
        var guides: [String: GuideResponses.Rendered] = [:]
        var guideBytes = 0
        var answers = JSONWriter(capacity: 1_024 * items.count)
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        answers.raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { answers.raw(",") }
            let result =
                answers.output.count + guideBytes < Self.batchAnswerBytes
                ? item : .failure(.contentTooLarge(ProblemTexts.batchFull))
            switch result {
            case .success(let query):
                let document = identifyOne(query, language: language, rules: knowledge.rules, scope)
                if query.includeGuide || includeAll {
                    for (id, guide) in embeddedGuides(for: document, language: language, knowledge: knowledge)
                    where guides.updateValue(guide, forKey: id) == nil {
                        guideOrder.append(id)
                        guideBytes += guide.json.count
                    }
                }
                document.write(to: &answers)
                texts.append(document.plainText(language: language))
            case .failure(let error):
                // One shape per item: an identification, or an object holding the item's problem.
                answers.object { $0.member("problem", error.problem(in: language)) }
                texts.append(
                    "\(error.status.code) \(ServiceError.title(for: error.status, in: language)): "
                        + "\(error.detail(in: language))\n")
            }
        }
        answers.raw("]")
        texts += guideOrder.compactMap { guides[$0]?.text }
        let text = texts.joined(separator: "\n")
        guard includeAll || items.contains(where: { (try? $0.get())?.includeGuide == true }) else {
            return presentation.response(json: answers.bytes, text: text)
        }
        var writer = JSONWriter(capacity: answers.output.count + guideBytes + 64)
        writer.object {
            $0.key("guides")
            $0.object { json in
                for id in guideOrder {
                    json.key(escaping: GuidePath(id).text)
                    json.append(guides[id]?.json ?? [])
                }
            }
            $0.key("items")
            $0.append(answers.bytes)
        }
        return presentation.response(json: writer.bytes, text: text)
    }
}
