// swift-tools-version:6.2
// Peer servers for `make bench-http`: the same three calls as renewal-guide, served by
// Hummingbird and FlyingFox through the same RenewalRules library. A package of its own, so
// the product never depends on these frameworks.
import PackageDescription

let package = Package(
    name: "renewal-guide-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "renewal-guide", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", exact: "0.27.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
    ],
    targets: [
        .target(
            name: "PeerDocuments",
            dependencies: [.product(name: "RenewalRules", package: "renewal-guide")]
        ),
        .executableTarget(
            name: "HummingbirdPeer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "RenewalRules", package: "renewal-guide"),
                "PeerDocuments",
            ]
        ),
        .executableTarget(
            name: "HTTPTypesCost",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HTTPProtocol", package: "renewal-guide"),
            ]
        ),
        .executableTarget(
            name: "FlyingFoxPeer",
            dependencies: [
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "RenewalRules", package: "renewal-guide"),
                "PeerDocuments",
            ]
        ),
    ]
)
