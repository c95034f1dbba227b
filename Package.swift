// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Docket",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
        .library(name: "DocketModel", targets: ["DocketModel"]),
        .library(name: "DocketFeeds", targets: ["DocketFeeds"]),
        .library(name: "DocketFetch", targets: ["DocketFetch"]),
        .library(name: "DocketStore", targets: ["DocketStore"]),
        .library(name: "DocketExtract", targets: ["DocketExtract"]),
        .library(name: "DocketRender", targets: ["DocketRender"]),
        .library(name: "DocketPipeline", targets: ["DocketPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // C libraries, reached through tiny shims (see DESIGN.md, "Wrapping libcurl and libxml2").
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // libcurl is opened with dlopen by the first command that fetches, not linked: its
        // forty shared libraries would cost every process, a search included, ~8 ms at start.
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        .target(
            name: "DocketModel",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "DocketFeeds",
            dependencies: ["DocketModel", "CLibXML2"]),
        .target(
            name: "DocketFetch",
            dependencies: ["DocketModel", "CCurl"]),
        .target(
            name: "DocketStore",
            dependencies: ["DocketModel"]),
        .target(
            name: "DocketExtract",
            dependencies: ["DocketModel"],
            resources: [.copy("Resources")]),
        // `make eval`: precision, recall and F1 of extraction on the labelled development set.
        .executableTarget(
            name: "docket-eval",
            dependencies: ["DocketExtract", "DocketModel"],
            path: "Sources/DocketEval"),
        .target(
            name: "DocketRender",
            dependencies: [
                "DocketModel",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Resources")]),
        // The pipelines that tie the parts together: `docket update` reads as its steps.
        .target(
            name: "DocketPipeline",
            dependencies: ["DocketModel", "DocketFeeds", "DocketFetch", "DocketStore", "DocketExtract"],
            resources: [.copy("Resources")]),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketModel", "DocketFeeds", "DocketFetch", "DocketStore", "DocketExtract", "DocketRender",
                "DocketPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // A loopback HTTP server on SwiftNIO that tests start themselves.
        .target(
            name: "DocketTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/DocketTestSupport"),

        .testTarget(name: "DocketModelTests", dependencies: ["DocketModel"]),
        .testTarget(
            name: "DocketFetchTests", dependencies: ["DocketFetch", "DocketTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "DocketStoreTests", dependencies: ["DocketStore"]),
        .testTarget(
            name: "DocketRenderTests", dependencies: ["DocketRender", "DocketFeeds"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DocketPipelineTests", dependencies: ["DocketPipeline", "DocketTestSupport"]),
        .testTarget(
            name: "DocketExtractTests", dependencies: ["DocketExtract"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DocketFeedsTests", dependencies: ["DocketFeeds"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
