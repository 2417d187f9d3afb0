// The three benchmarked calls, written the way Hummingbird 2 users write them:
// a Router, Codable responses through ResponseEncodable, request.decode(as:context:).
import Foundation
import Hummingbird
import PeerDocuments
import RenewalRules

func port() -> Int {
    let arguments = CommandLine.arguments
    if let index = arguments.firstIndex(of: "--port"), index + 1 < arguments.count, let port = Int(arguments[index + 1]) {
        return port
    }
    return ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 8081
}

struct Health: ResponseEncodable {
    let status: String
}

struct IdentifyInput: Decodable {
    let query: String
}

extension PeerGuide: ResponseEncodable {}
extension PeerIdentification: ResponseEncodable {}

let router = Router()
router.get("/healthz") { _, _ in
    Health(status: "ok")
}
router.get("/guide/allsoft") { _, _ in
    PeerGuide(GuideDocument(GuideCatalog.standard.guide(for: .allsoft), language: .ja))
}
router.post("/identify") { request, context -> PeerIdentification in
    let input = try await request.decode(as: IdentifyInput.self, context: context)
    return PeerIdentification(IdentificationDocument(Identifier.identify(input.query), language: .ja))
}

let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port()), serverName: "HummingbirdPeer")
)
try await app.runService()
