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
            return presentation.response(
                json: try JSONBody.encode(document), text: document.plainText(language: presentation.language))
        case .batch(let items):
            let results = items.map { item in
                item.map { identifyOne($0, language: presentation.language) }
            }
            return presentation.response(
                json: try JSONBody.encode(results.map(BatchItem.init)),
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

/// One element of a batch answer: an identification, or the problem with that item, in place.
private enum BatchItem: Encodable {
    case identification(IdentificationDocument)
    case problem(ProblemDetails)

    init(_ result: Result<IdentificationDocument, ServiceError>) {
        switch result {
        case .success(let document): self = .identification(document)
        case .failure(let error): self = .problem(error.problem)
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .identification(let document): try document.encode(to: encoder)
        case .problem(let problem): try problem.encode(to: encoder)
        }
    }
}
