import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

/// `openapi.yaml` is the contract: it is served as written, and the router's routes and
/// methods must be exactly the spec's paths and operations.
@Suite struct OpenAPISpecTests {
    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("openapi.yaml")

    static func specText() throws -> String {
        try String(contentsOf: specURL, encoding: .utf8)
    }

    /// Path templates and their operations, read from the spec's `paths:` block by indentation.
    static func operations() throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var inPaths = false
        var current: String?
        for line in try specText().split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if !line.hasPrefix(" "), !line.isEmpty { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                current = String(line.dropFirst(2).dropLast())
                result[current!] = []
            } else if let path = current, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let key = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "head", "post", "put", "delete", "options", "patch"].contains(key) {
                    result[path]?.insert(key.uppercased())
                }
            }
        }
        return result
    }

    @Test func theServedDocumentIsTheFile() throws {
        let served = standardService.respond(to: .make(.get, "/openapi.yaml"))
        #expect(served.headers["Content-Type"] == "application/yaml; charset=utf-8")
        #expect(served.body == Array(try Self.specText().utf8))
    }

    @Test func routesAreExactlyTheSpecPaths() throws {
        let spec = try Self.operations()
        #expect(Set(spec.keys) == Set(Route.allCases.map(\.template)))
    }

    @Test(arguments: Route.allCases)
    func everyAllowedMethodIsDescribed(route: Route) throws {
        let spec = try Self.operations()
        #expect(spec[route.template] == Set(route.allowedMethods.map(\.rawValue)), "\(route.template)")
    }

    @Test func servedDocumentIsTheSpec() throws {
        let response = standardService.respond(to: .make(.get, "/openapi.yaml"))
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("openapi: 3.1.0"))
    }
}
