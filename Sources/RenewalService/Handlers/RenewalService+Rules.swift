import MicroHTTP
import RenewalDocuments
import RenewalRules

extension RenewalService {
    /// `GET /rules`: the rule book answering now, its version, where and when it was loaded, and
    /// its rules by provider.
    func rulesDocument(_ request: HTTPRequest, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        let presentation = try scope.presentation(request.head)
        let knowledge = self.knowledge
        let document = RulesDocument(
            knowledge.rules, origin: knowledge.origin, loadedAt: Self.timestamp(knowledge.loadedAt),
            language: presentation.language)
        return presentation.response(json: document.jsonBytes(capacity: 8192), text: document.plainText())
    }

    /// Seconds since 1970 as ISO 8601 in UTC with milliseconds, as the log lines write time.
    package static func timestamp(_ seconds: Double) -> String {
        var writer = JSONWriter(capacity: 32)
        let whole = Int(seconds.rounded(.down))
        LogTimestamp.append(seconds: whole, milliseconds: Int((seconds - Double(whole)) * 1000), to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
