// swift-tools-version:5.4
// libFuzzer targets for Docket's parsers of untrusted text. Separate from the main package so
// that its builds never see -sanitize flags; see README.md here, or run `make fuzz` at the root.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM links every executable with
// `--defsym main=<module>_main` (so that tests can import executables), and a libFuzzer target
// built with -parse-as-library has no such symbol: libFuzzer's own `main` is the entry point.
// The main package keeps its own tools version and language mode; these two files are Swift 5
// mode, which they need nothing beyond.
import PackageDescription

let package = Package(
    name: "DocketFuzz",
    platforms: [.macOS("14.0")],
    dependencies: [
        .package(name: "Docket", path: ".."),
    ],
    targets: [
        // Bytes as a feed: FeedParser.parse whole and pushed in chunks, then its JSON output.
        .executableTarget(
            name: "fuzz-feed-parser",
            dependencies: [
                .product(name: "DocketFeeds", package: "Docket"),
                .product(name: "DocketModel", package: "Docket"),
            ],
            path: "Sources/FuzzFeedParser"),
        // Bytes (as UTF-8, repaired) as a search query: SearchQuery.init and its syntax tree.
        .executableTarget(
            name: "fuzz-query-parser",
            dependencies: [.product(name: "DocketStore", package: "Docket")],
            path: "Sources/FuzzQueryParser"),
    ],
    swiftLanguageVersions: [.v5]
)
