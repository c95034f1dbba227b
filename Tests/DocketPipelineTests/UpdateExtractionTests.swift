import DocketExtract
import DocketModel
import DocketStore
import DocketTestSupport
import Foundation
import Testing

@testable import DocketPipeline

/// `docket update` with extraction: the sample feeds of `feeds/samples/` over a loopback
/// server into a knowledge base seeded like `docket init` does, then what the knowledge base
/// learned from them.
@Suite("update with extraction", .serialized)
struct UpdateExtractionTests {
    /// The repository's sample feeds (the ones `make demo` serves).
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("feeds/samples", isDirectory: true)
    static let feeds = [
        ("technews.rss", "application/rss+xml"), ("policywatch.atom", "application/atom+xml"),
        ("wire.rdf", "application/rdf+xml"),
    ]

    /// Serves the samples, runs `body` with a seeded knowledge base subscribed to all three.
    static func withSamples(_ body: (KnowledgeBase) async throws -> Void) async throws {
        let server = LoopbackHTTPServer()
        for (name, type) in feeds {
            let body = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
            server.route("/\(name)") { _ in .init(headers: [("Content-Type", type)], body: body) }
        }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-extraction-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kb = try KnowledgeBase.create(at: folder, companies: try ExtractionDictionary.bundled().companies)
        for (name, _) in feeds { try FeedRegistry(knowledgeBase: kb).add(url: "http://127.0.0.1:\(port)/\(name)") }
        try await body(kb)
    }

    static func options(extract: Bool = true, force: Bool = false) -> UpdateOptions {
        var options = UpdateOptions()
        options.extract = extract
        options.force = force
        options.limits.totalTimeout = 10
        return options
    }

    static func items(_ kb: KnowledgeBase) throws -> [Item] {
        var items: [Item] = []
        try kb.forEachItem { items.append($0) }
        return items
    }

    @Test func theDistillationDisputeBecomesOneAllegationWithBothCompaniesAndProducts() async throws {
        try await Self.withSamples { kb in
            let report = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            #expect(report.failures.isEmpty)
            #expect(report.newAllegations >= 1)

            let distillation = try kb.allegations().filter { $0.category == "distillation" && $0.duplicateOf == nil }
            #expect(distillation.count == 1, "the reports of one dispute join one record")
            let allegation = try #require(distillation.first)
            #expect(allegation.accusers == ["anthropic"])
            #expect(allegation.accused == ["alibaba"])
            let products = Set(allegation.products.map { $0.lowercased() })
            #expect(products.contains { $0.contains("claude") } && products.contains { $0.contains("qwen") })
            #expect(allegation.evidence.count >= 2, "several stories are evidence for it")
            let stored = Set(try Self.items(kb).map(\.id))
            #expect(allegation.evidence.allSatisfy { stored.contains($0.item) }, "every piece of evidence names a stored item")
            // Alibaba's denial (a later story) is recorded as a status change with its date; nothing
            // is confirmed without a person (no auto-confirm threshold is set).
            #expect(allegation.status == .denied)
            #expect(allegation.history.contains { $0.status == "denied" })
            #expect(!allegation.history.contains { $0.status == "confirmed" })

            // Every stored item was linked: the dispute's stories name both companies.
            let story = try #require(try Self.items(kb).first { $0.title?.hasPrefix("Anthropic accuses Alibaba") == true })
            #expect(story.companies.contains("anthropic") && story.companies.contains("alibaba"))
            #expect(try kb.regulations().isEmpty == false, "the policy samples move at least one regulation")
        }
    }

    @Test func fetchingTheSameStoriesAgainChangesNothing() async throws {
        try await Self.withSamples { kb in
            _ = try await UpdatePipeline(knowledgeBase: kb, options: Self.options()).run()
            let allegations = try kb.allegations()
            let regulations = try kb.regulations()
            let again = try await UpdatePipeline(knowledgeBase: kb, options: Self.options(force: true)).run()
            #expect(again.newItems == 0)
            #expect(again.changes.isEmpty)
            #expect(try kb.allegations() == allegations)
            #expect(try kb.regulations() == regulations)
        }
    }

    @Test func withoutExtractionItemsAreStoredUnlinkedAndNothingIsProposed() async throws {
        try await Self.withSamples { kb in
            let report = try await UpdatePipeline(knowledgeBase: kb, options: Self.options(extract: false)).run()
            #expect(report.newItems > 0)
            #expect(report.newAllegations == 0 && report.newRegulations == 0)
            #expect(try kb.allegations().isEmpty)
            #expect(try Self.items(kb).allSatisfy { $0.companies.isEmpty })
        }
    }
}
