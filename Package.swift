// swift-tools-version:6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "renewal-guide",
    // Linux only: MicroHTTP runs on epoll and Glibc (see its Socket.swift), so no other platform is
    // claimed here.
    products: [
        .executable(name: "renewal-guide", targets: ["renewal-guide"]),
        .library(name: "RenewalRules", targets: ["RenewalRules"]),
        .library(name: "MicroHTTP", targets: ["MicroHTTP"]),
        .library(name: "HTTPProtocol", targets: ["HTTPProtocol"]),
        // libFuzzer harnesses, built by `make fuzz-identify` and `make fuzz-rules` with the sanitizers
        // and linked into libFuzzer's own driver (Fuzz/README.md).
        .library(name: "IdentifyFuzzing", type: .dynamic, targets: ["IdentifyFuzzing"]),
        .library(name: "RulesFuzzing", type: .dynamic, targets: ["RulesFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // Pure rules: providers, normalisation, identification, guides. No I/O: the rule book is
        // read from text (the repository's rules.yaml, compiled in, or one an operator loads).
        .target(
            name: "RenewalRules",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Knowledge/rules.yaml")],
            swiftSettings: strictSettings
        ),

        // The documents every answer is made of (identification, guide, guide list, rules, scan),
        // each with its JSON and its text beside it, and the JSON reader and writer. The CLI and the
        // service both print from here.
        .target(
            name: "RenewalDocuments", dependencies: ["RenewalRules", "HTTPProtocol"], swiftSettings: strictSettings),

        // C shims for what Glibc does not export to Swift (accept4, epoll).
        .target(name: "CMicroHTTPShims"),

        // HTTP/1.1 as bytes: the types, the request parser, the response encoder, form decoding.
        // No sockets, no Dispatch: what the parser tests and the fuzzer build on.
        .target(name: "HTTPProtocol", swiftSettings: strictSettings),

        // Our HTTP/1.1 server on POSIX sockets and Dispatch, above the protocol target.
        .target(
            name: "MicroHTTP",
            dependencies: [
                "HTTPProtocol",
                "CMicroHTTPShims",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // The service: routes, handlers, JSON, configuration. Plugs the rules into MicroHTTP.
        .target(
            name: "RenewalService",
            dependencies: [
                "RenewalRules",
                "RenewalDocuments",
                "MicroHTTP",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
                // Reads openapi.yaml's schemas once, for the MCP tools' output schemas.
                .product(name: "Yams", package: "Yams"),
            ],
            // The page's template and assets, compiled into the binary: nothing to find at run time.
            resources: [
                .embedInCode("Page/Templates/page.mustache"), .embedInCode("Page/Templates/guide.mustache"),
                .embedInCode("Page/Templates/page.css"), .embedInCode("Page/Templates/page.js"),
                // A link to the package's own openapi.yaml: the contract is served exactly as written.
                .embedInCode("openapi.yaml"),
            ],
            swiftSettings: strictSettings
        ),

        // The thin executable.
        .executableTarget(
            name: "renewal-guide",
            dependencies: [
                "RenewalRules",
                "RenewalDocuments",
                "RenewalService",
                "MicroHTTP",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        .target(
            name: "IdentifyFuzzing", dependencies: ["RenewalRules", "RenewalDocuments"], path: "Fuzz/identify",
            exclude: ["corpus"], swiftSettings: strictSettings),
        .target(
            name: "RulesFuzzing", dependencies: ["RenewalRules"], path: "Fuzz/rules", exclude: ["corpus"],
            swiftSettings: strictSettings),

        // `make bench`: identifications per second on one core.
        .executableTarget(name: "rules-benchmark", dependencies: ["RenewalRules"], swiftSettings: strictSettings),

        // The rules' tests read guides and answers through their documents, as people do.
        .testTarget(
            name: "RenewalRulesTests", dependencies: ["RenewalRules", "RenewalDocuments"], swiftSettings: strictSettings
        ),
        // Finds JSON keys out of sorted order, for the tests of every target that writes JSON.
        .target(name: "JSONTestSupport", path: "Tests/JSONTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "RenewalDocumentsTests", dependencies: ["RenewalDocuments", "RenewalRules", "JSONTestSupport"],
            swiftSettings: strictSettings),
        // The parser fed whole, byte by byte and split everywhere, for both HTTP test targets.
        .target(
            name: "HTTPParserHarness", dependencies: ["HTTPProtocol"], path: "Tests/HTTPParserHarness",
            swiftSettings: strictSettings),
        .testTarget(
            name: "HTTPProtocolTests", dependencies: ["HTTPProtocol", "HTTPParserHarness"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "MicroHTTPTests", dependencies: ["MicroHTTP", "HTTPParserHarness"], swiftSettings: strictSettings),
        .testTarget(
            name: "RenewalServiceTests",
            dependencies: ["RenewalService", "RenewalDocuments", "MicroHTTP", "RenewalRules", "JSONTestSupport"],
            swiftSettings: strictSettings),

        // End-to-end tests of the built executable.
        .testTarget(
            name: "RenewalGuideCLITests", dependencies: ["renewal-guide", "CurlClient"], swiftSettings: strictSettings),

        // libcurl, for the integration tests' client only: the server binary never links it.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "CurlClient", dependencies: ["CCurl"], swiftSettings: strictSettings),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["RenewalService", "MicroHTTP", "RenewalRules", "CurlClient"],
            swiftSettings: strictSettings),
    ]
)
