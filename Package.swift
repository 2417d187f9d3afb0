// swift-tools-version:6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "renewal-guide",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "renewal-guide", targets: ["renewal-guide"]),
        .library(name: "RenewalRules", targets: ["RenewalRules"]),
        .library(name: "MicroHTTP", targets: ["MicroHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // Pure rules: providers, normalisation, identification, guides. No I/O.
        .target(name: "RenewalRules", swiftSettings: strictSettings),

        // C shims for what Glibc does not export to Swift (accept4, epoll).
        .target(name: "CMicroHTTPShims"),

        // Our HTTP/1.1 server on POSIX sockets and Dispatch.
        .target(
            name: "MicroHTTP",
            dependencies: [
                "CMicroHTTPShims",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // The thin executable.
        .executableTarget(
            name: "renewal-guide",
            dependencies: [
                "RenewalRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // `make bench`: identifications per second on one core.
        .executableTarget(name: "rules-benchmark", dependencies: ["RenewalRules"], swiftSettings: strictSettings),

        .testTarget(name: "RenewalRulesTests", dependencies: ["RenewalRules"], swiftSettings: strictSettings),
        .testTarget(name: "MicroHTTPTests", dependencies: ["MicroHTTP"], swiftSettings: strictSettings),
    ]
)
