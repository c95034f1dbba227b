import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// The hand-written feed fixtures under `Fixtures/feeds/<class>/`, and how the
/// `FeedParser*Tests` suites load and parse them.
enum FeedFixture {
    static let root = "Fixtures/feeds"

    /// The bundled file at `path`, relative to `Fixtures/feeds` (e.g. `"formats/rss20.xml"`).
    static func url(_ path: String) throws -> URL {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { "\(root)/\(path[..<$0])" } ?? root
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let dot = file.lastIndex(of: ".")
        let name = dot.map { String(file[..<$0]) } ?? file
        let ext = dot.map { String(file[file.index(after: $0)...]) }
        return try #require(
            Bundle.module.url(forResource: name, withExtension: ext, subdirectory: folder),
            "missing fixture \(root)/\(path)")
    }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        try Array(data(path))
    }

    /// The fixture as UTF-8 text (for fixtures that are templates, such as the safety files).
    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// Parses the fixture in one push; the source named in errors is `path`.
    static func parse(
        _ path: String, url: String? = nil, contentType: String? = nil, feedID: String? = nil,
        options: FeedParserOptions = FeedParserOptions()
    ) throws -> ParsedFeed {
        try FeedParser.parse(
            data(path), source: path, url: url, contentType: contentType, feedID: feedID, options: options)
    }

    /// Parses `bytes` pushed in chunks of `chunkSize` bytes.
    static func parseInChunks(
        _ bytes: [UInt8], chunkSize: Int, source: String, url: String? = nil, contentType: String? = nil,
        options: FeedParserOptions = FeedParserOptions()
    ) throws -> ParsedFeed {
        let parser = FeedParser(source: source, url: url, contentType: contentType, options: options)
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunkSize, bytes.count)
            try parser.push(Array(bytes[offset..<end]))
            offset = end
        }
        return try parser.finish()
    }

    /// The `FeedParseError` that `body` throws; records an issue if it throws nothing or something else.
    static func error(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> ParsedFeed
    ) -> FeedParseError? {
        do {
            let feed = try body()
            Issue.record(
                "expected a FeedParseError, got a \(feed.format) feed with \(feed.items.count) items",
                sourceLocation: sourceLocation)
            return nil
        } catch let error as FeedParseError {
            return error
        } catch {
            Issue.record("expected a FeedParseError, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The first item with this title.
    static func item(
        _ feed: ParsedFeed, titled title: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Item {
        try #require(
            feed.items.first { $0.title == title }, "no item titled \(title) in \(feed.items.map(\.title))",
            sourceLocation: sourceLocation)
    }

    /// Everything the parse produced, as one string: for "this text appears nowhere" checks.
    static func everything(_ feed: ParsedFeed) -> String {
        var out = String(reflecting: feed)
        let encoder = JSONEncoder()
        if let json = try? encoder.encode(feed.items) { out += String(decoding: json, as: UTF8.self) }
        return out
    }

    /// A UTC instant written in ISO 8601 (`2004-01-01T19:48:21Z`, optionally with a fraction),
    /// read by Foundation, independently of the parser under test.
    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        guard let date = formatter.date(from: text) else {
            Issue.record("bad expectation \(text)")
            return .distantPast
        }
        return date
    }

    /// True when both are nil, or both are set and within a millisecond of each other.
    static func sameInstant(_ a: Date?, _ b: Date?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a.timeIntervalSince(b)) < 0.001
        default: false
        }
    }

    /// Names of the fixture files in one class folder (e.g. `"formats"`).
    static func files(in folder: String) throws -> [String] {
        let base = try #require(Bundle.module.resourceURL).appendingPathComponent("\(root)/\(folder)")
        return try FileManager.default.contentsOfDirectory(atPath: base.path).filter { !$0.hasPrefix(".") }.sorted()
    }
}

extension FeedParseError {
    /// The "not a feed" kind, or nil for the other cases.
    var notAFeedKind: NotAFeed? {
        if case .notAFeed(_, let what) = self { return what }
        return nil
    }
}

/// Checks that apply to every well-formed fixture at once.
@Suite("FeedParser fixtures")
struct FeedParserFixtureTests {
    /// The classes whose fixtures are all well-formed feeds.
    static let wellFormedFolders = ["formats", "namespaces", "links", "dates", "text", "push"]

    @Test("each fixture class folder is bundled and not empty", arguments: [
        "formats", "namespaces", "links", "dates", "text", "damage", "notafeed", "encodings", "safety", "push",
    ])
    func folderIsBundled(_ folder: String) throws {
        let files = try FeedFixture.files(in: folder)
        #expect(files.count >= 1, "no fixtures in \(folder)")
    }

    @Test("every well-formed fixture parses cleanly: items, unique ids, nothing to recover", arguments: wellFormedFolders)
    func wellFormedFixturesParse(_ folder: String) throws {
        for file in try FeedFixture.files(in: folder) {
            let path = "\(folder)/\(file)"
            let feed = try FeedFixture.parse(path)
            #expect(!feed.items.isEmpty, "\(path): no items")
            #expect(feed.title?.isEmpty == false, "\(path): no title")
            #expect(feed.items.allSatisfy { !$0.id.isEmpty }, "\(path): an item without id")
            #expect(Set(feed.items.map(\.id)).count == feed.items.count, "\(path): duplicate item ids")
            #expect(!feed.recovered, "\(path): \(feed.problemCount) problems: \(feed.diagnostics)")
            #expect(feed.items.allSatisfy { $0.feed == path }, "\(path): item.feed is not the feed id")
        }
    }
}
