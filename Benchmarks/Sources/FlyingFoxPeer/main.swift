// The three benchmarked calls, written the way FlyingFox users write them:
// HTTPServer, appendRoute with closures, Foundation's JSONEncoder and JSONDecoder.
import FlyingFox
import Foundation
import PeerDocuments
import RenewalRules

func port() -> UInt16 {
    let arguments = CommandLine.arguments
    if let index = arguments.firstIndex(of: "--port"), index + 1 < arguments.count, let port = UInt16(arguments[index + 1]) {
        return port
    }
    return ProcessInfo.processInfo.environment["PORT"].flatMap(UInt16.init) ?? 8082
}

struct Health: Encodable {
    let status: String
}

struct IdentifyInput: Decodable {
    let query: String
}

func json(_ value: some Encodable) throws -> HTTPResponse {
    HTTPResponse(
        statusCode: .ok,
        headers: [.contentType: "application/json"],
        body: try JSONEncoder().encode(value)
    )
}

let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port()))
await server.appendRoute("GET /healthz") { _ in
    try json(Health(status: "ok"))
}
await server.appendRoute("GET /guide/allsoft") { _ in
    try json(PeerGuide(GuideDocument(GuideCatalog.standard.guide(for: .allsoft), language: .ja)))
}
await server.appendRoute("POST /identify") { request in
    let input = try JSONDecoder().decode(IdentifyInput.self, from: try await request.bodyData)
    return try json(PeerIdentification(IdentificationDocument(Identifier.identify(input.query), language: .ja)))
}
try await server.run()
