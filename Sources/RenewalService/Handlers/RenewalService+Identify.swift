import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `GET /identify?q=…` and `POST /identify` (JSON object, JSON batch, or form).
    func identify(_ request: HTTPRequest) throws(ServiceError) -> HTTPResponse {
        let presentation = try Presentation(request, negotiator: negotiator)
        let payload: IdentifyPayload =
            request.method == .post
            ? try IdentifyRequest.fromBody(request.body, contentType: request.headers["Content-Type"])
            : .single(try IdentifyRequest.fromParameters(request.query))
        switch payload {
        case .single(let query):
            let document = identifyOne(query, language: presentation.language)
            var writer = JSONWriter()
            writer.identification(document)
            return presentation.response(
                json: writer.bytes, text: document.plainText(language: presentation.language))
        case .batch(let items):
            let results = items.map { item in
                item.map { identifyOne($0, language: presentation.language) }
            }
            var writer = JSONWriter(capacity: 512 * results.count)
            writer.raw("[")
            for (index, result) in results.enumerated() {
                if index > 0 { writer.raw(",") }
                switch result {
                case .success(let document): writer.identification(document)
                case .failure(let error): writer.problem(error.problem)
                }
            }
            writer.raw("]")
            return presentation.response(
                json: writer.bytes,
                text: results.map { result in
                    switch result {
                    case .success(let document): document.plainText(language: presentation.language)
                    case .failure(let error): "\(error.status.code) \(error.status.reason): \(error.detail)\n"
                    }
                }.joined(separator: "\n"))
        }
    }

    private func identifyOne(_ query: IdentifyQuery, language: Language) -> IdentificationDocument {
        let identification = Identifier.identify(query.text, as: query.kind)
        metrics.recordIdentification(identification)
        logger.debug(
            "identified",
            metadata: ["query": .string(query.text), "status": .string(identification.status.rawValue)])
        return IdentificationDocument(identification, language: language)
    }
}
