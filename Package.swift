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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // C libraries, reached through tiny shims (see DESIGN.md, "Wrapping libcurl and libxml2").
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),

        .target(
            name: "DocketModel",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "DocketFeeds",
            dependencies: ["DocketModel", "CLibXML2"]),
        .target(
            name: "DocketFetch",
            dependencies: ["DocketModel", "CCurl"]),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketModel", "DocketFeeds", "DocketFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "DocketModelTests", dependencies: ["DocketModel"]),
        .testTarget(
            name: "DocketFeedsTests", dependencies: ["DocketFeeds"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
