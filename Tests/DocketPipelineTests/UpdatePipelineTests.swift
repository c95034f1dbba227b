import DocketModel
import DocketStore
import DocketTestSupport
import Foundation
import Testing

@testable import DocketPipeline

/// `docket update` end to end: real libcurl against a loopback server, real libxml2, a real
/// knowledge base in a temporary folder.
@Suite("update pipeline", .serialized)
struct UpdatePipelineTests {
    /// A small RSS feed whose items are numbered `first..<first+count`.
    static func rss(_ name: String, items: Range<Int>, link: (Int) -> String = { "https://news.example/\($0)" }) -> String {
        var s = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(name)</title><link>https://\(name).example/</link><ttl>60</ttl>"
        for i in items {
            s += "<item><title>\(name) story number \(i) about policy</title><link>\(link(i))</link>"
            s += "<guid isPermaLink=\"false\">\(name)-\(i)</guid><pubDate>Mon, 16 Nov 2026 10:\(String(format: "%02d", i % 60)):00 GMT</pubDate>"
            s += "<description>Body of story \(i).</description></item>"
        }
        return s + "</channel></rss>"
    }

    /// A knowledge base in a new temporary folder, removed afterwards.
    static func withKnowledgeBase<T>(_ body: (KnowledgeBase) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kb = try KnowledgeBase.create(at: folder)
        return try await body(kb)
    }

    static func options(force: Bool = false) -> UpdateOptions {
        var options = UpdateOptions()
        options.force = force
        options.limits.totalTimeout = 10
        return options
    }

    @Test func firstFetchIsBacklogThen304StoresNothingThenNewItemsAreNew() async throws {
        let server = LoopbackHTTPServer()
        let version = Counter()
        server.route("/a.xml") { request in
            let items = version.value == 0 ? 0..<5 : 0..<7
            if version.value == 0, request.header("If-None-Match") == "\"v0\"" { return .init(status: 304) }
            return .init(headers: [("ETag", "\"v\(version.value)\""), ("Content-Type", "application/rss+xml")],
                         body: Self.rss("alpha", items: items))
        }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        try await Self.withKnowledgeBase { kb in
            try FeedRegistry(knowledgeBase: kb).add(url: "http://127.0.0.1:\(port)/a.xml")
            let first = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            #expect(first.newItems == 5)
            #expect(first.feeds.first?.outcome == .fetched)
            var stored: [Item] = []
            try kb.forEachItem { stored.append($0) }
            #expect(stored.count == 5)
            #expect(stored.allSatisfy { $0.backlog })
            #expect(try kb.feeds().first?.state.etag == "\"v0\"")
            #expect(try kb.feeds().first?.title == "alpha")

            // Conditional GET: 304, nothing parsed or written.
            let second = try await UpdatePipeline(knowledgeBase: kb, options: Self.options(force: true)).run()
            #expect(second.feeds.first?.outcome == .notModified)
            #expect(second.newItems == 0)
            #expect(server.requests.last?.header("If-None-Match") == "\"v0\"")

            // Two new items: stored, and not backlog.
            version.value = 1
            let third = try await UpdatePipeline(knowledgeBase: kb, options: Self.options(force: true)).run()
            #expect(third.newItems == 2)
            stored = []
            try kb.forEachItem { stored.append($0) }
            #expect(stored.count == 7)
            #expect(stored.filter { !$0.backlog }.count == 2)
            #expect(try kb.feeds().first?.state.items == 7)
        }
    }

    @Test func aFailingFeedDoesNotStopTheOthers() async throws {
        let server = LoopbackHTTPServer()
        server.route("/ok.xml") { _ in .init(body: Self.rss("ok", items: 0..<3)) }
        server.route("/broken.xml") { _ in .init(status: 500, body: "oops") }
        server.route("/page.xml") { _ in .init(headers: [("Content-Type", "text/html")], body: "<html><body>hi</body></html>") }
        server.route("/gone.xml") { _ in .init(status: 410) }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        try await Self.withKnowledgeBase { kb in
            let registry = FeedRegistry(knowledgeBase: kb)
            for path in ["ok", "broken", "page", "gone"] { try registry.add(url: "http://127.0.0.1:\(port)/\(path).xml") }
            let report = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            #expect(report.feeds.count == 4)
            #expect(report.newItems == 3)
            #expect(report.failures.count == 3)
            let feeds = Dictionary(uniqueKeysWithValues: try kb.feeds().map { ($0.url.components(separatedBy: "/").last!, $0) })
            #expect(feeds["broken.xml"]?.state.consecutiveFailures == 1)
            #expect(feeds["broken.xml"]?.state.lastStatus == 500)
            #expect(feeds["page.xml"]?.state.lastError?.contains("not a feed") == true)
            #expect(feeds["gone.xml"]?.state.gone == true)
            #expect(feeds["ok.xml"]?.state.lastError == nil)
            // A gone feed is not fetched again unless forced; a failing one waits for its backoff.
            let again = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            #expect(again.feeds.isEmpty)
        }
    }

    @Test func permanentRedirectMovesTheFeedTemporaryDoesNot() async throws {
        let server = LoopbackHTTPServer()
        server.route("/old.xml") { _ in .redirect(301, to: "/new.xml") }
        server.route("/new.xml") { _ in .init(body: Self.rss("moved", items: 0..<2) { "https://moved.example/\($0)" }) }
        server.route("/temp.xml") { _ in .redirect(302, to: "/elsewhere.xml") }
        server.route("/elsewhere.xml") { _ in .init(body: Self.rss("temp", items: 0..<2) { "https://temp.example/\($0)" }) }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        try await Self.withKnowledgeBase { kb in
            let registry = FeedRegistry(knowledgeBase: kb)
            try registry.add(url: "http://127.0.0.1:\(port)/old.xml")
            try registry.add(url: "http://127.0.0.1:\(port)/temp.xml")
            let report = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            #expect(report.newItems == 4)
            let urls = Set(try kb.feeds().map(\.url))
            #expect(urls == ["http://127.0.0.1:\(port)/new.xml", "http://127.0.0.1:\(port)/temp.xml"])
        }
    }

    @Test func theSameStoryFromTwoFeedsIsStoredOnceWithItsDuplicate() async throws {
        let server = LoopbackHTTPServer()
        // Same links (with tracking parameters on one side), different guids.
        server.route("/one.xml") { _ in .init(body: Self.rss("one", items: 0..<3)) }
        server.route("/two.xml") { _ in
            .init(body: Self.rss("two", items: 0..<3) { "https://news.example/\($0)?utm_source=feed" })
        }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        try await Self.withKnowledgeBase { kb in
            let registry = FeedRegistry(knowledgeBase: kb)
            try registry.add(url: "http://127.0.0.1:\(port)/one.xml")
            try registry.add(url: "http://127.0.0.1:\(port)/two.xml")
            var options = Self.options()
            options.jobs = 1  // one after the other, so "one" is kept
            let report = try await UpdatePipeline(knowledgeBase: kb, options: options).run()
            #expect(report.newItems == 3)
            #expect(report.feeds.map(\.duplicates).reduce(0, +) == 3)
            var kept: [Item] = []
            try kb.forEachItem { kept.append($0) }
            #expect(kept.count == 3)
            #expect(kept.allSatisfy { $0.duplicates.count == 1 })
            #expect(try kb.verify().isEmpty)
        }
    }

    @Test func aSecondWriterIsRefusedWhileTheFirstHoldsTheLock() async throws {
        try await Self.withKnowledgeBase { kb in
            let writer = try kb.beginWrite()
            defer { try? writer.finish() }
            await #expect(throws: KnowledgeBaseError.self) {
                _ = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            }
        }
    }

    @Test func unknownFeedIDIsAnError() async throws {
        try await Self.withKnowledgeBase { kb in
            var options = Self.options()
            options.feedIDs = ["nope"]
            await #expect(throws: UpdateError.unknownFeed("nope")) {
                _ = try await UpdatePipeline(knowledgeBase: kb, options: options).run()
            }
        }
    }
}

/// A value shared with server handlers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var _value = 0
    var value: Int {
        get { lock.withLock { _value } }
        set { lock.withLock { _value = newValue } }
    }
}
