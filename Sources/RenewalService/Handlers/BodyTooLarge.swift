import MicroHTTP
import RenewalRules

extension RenewalService {
    /// A declared body over the limit, refused with the head in hand: in the client's language, with
    /// what to send instead for the route it was meant for. Protocol errors without a head are
    /// answered by ``respondToProtocolError(_:_:)``.
    func refuseBodyTooLarge(_ head: HTTPRequestHead) -> HTTPResponse {
        let route = Route.match(path: head.path)?.route
        metrics.recordRequest(route: route, method: head.method, status: 413, duration: .zero)
        let requestID = RequestID.resolve(head.headers["X-Request-ID"])
        logger.notice(
            "body too large", metadata: ["request_id": .string(requestID), "path": "\(head.path.prefix(64))"])
        let language = problemLanguage(head.query.first { $0.name == "lang" }?.value, head.headers)
        var response = HTTPResponse.problem(
            .contentTooLarge(Self.bodyTooLarge(limit: configuration.maxBodyBytes, route: route)), language: language)
        response.headers.replace(name: "X-Request-ID", value: requestID)
        response.forbidSniffing()
        return response
    }

    /// What a body over `limit` bytes should be sent as instead, for its route.
    static func bodyTooLarge(limit: Int, route: Route?) -> LocalizedText {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        let sizeJa = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit)バイト"
        switch route {
        case .identify:
            return LocalizedText(
                ja: "本文が上限(\(sizeJa))を超えています。バッチは1,000件以下、全体で\(sizeJa)以下に分けて送ってください。"
                    + "1件の問い合わせなら、注文番号か取引明細の行だけを貼り付けてください。",
                en:
                    "The body is over the limit of \(size). Split a batch into parts of at most 1,000 items and \(size) "
                    + "each; for one question, paste just the order number or the statement line.")
        case .scan:
            return LocalizedText(
                ja: "明細が上限(\(sizeJa))を超えています。月ごとなど、\(sizeJa)以下のファイルに分けて一つずつ送ってください。",
                en:
                    "The statement is over the limit of \(size). Split it into files of at most \(size) (by month, say) "
                    + "and send each.")
        default:
            return LocalizedText(
                ja: "本文が上限(\(sizeJa))を超えています。\(sizeJa)以下に分けて送ってください。",
                en: "The body is over the limit of \(size); send it in parts of at most \(size).")
        }
    }
}
