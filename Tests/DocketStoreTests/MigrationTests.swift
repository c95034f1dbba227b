import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct MigrationTests {
    /// A knowledge base as schema 0 wrote it: no schema_version, no index/briefs/logs,
    /// feed fetch state flattened into each feed.
    func makeVersion0(in tmp: TemporaryFolder) throws -> URL {
        let root = tmp.url.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("items"), withIntermediateDirectories: true)
        try Sample.write(#"{"created":"2025-06-01T00:00:00Z","tool_version":"0.0.9"}"#, to: root.appendingPathComponent("docket.json"))
        try Sample.write(
            """
            [
              {"id": "alpha", "url": "https://alpha.example/feed", "added": "2025-06-01T00:00:00Z", "tags": ["ai"],
               "etag": "\\"v1\\"", "last_modified": "Mon, 01 Jun 2025 00:00:00 GMT", "last_status": 200,
               "consecutive_failures": 2, "next_due": "2025-06-02T00:00:00Z"}
            ]
            """, to: root.appendingPathComponent("feeds.json"))
        try Sample.write("[]", to: root.appendingPathComponent("companies.json"))
        try Sample.write(
            #"{"feed":"alpha","id":"i1","published":"2025-05-31T12:00:00Z","title":"An old story"}"# + "\n",
            to: root.appendingPathComponent("items/2025-05.jsonl"))
        return root
    }

    @Test func version0IsMigratedOnOpen() throws {
        let tmp = try TemporaryFolder()
        let root = try makeVersion0(in: tmp)
        let kb = try KnowledgeBase.open(at: root)
        #expect(try kb.manifest().schemaVersion == 1)
        #expect(try kb.manifest().toolVersion == DocketInfo.version)
        #expect(try kb.manifest().created == Sample.date("2025-06-01T00:00:00Z"))
        for folder in ["index", "briefs", "logs"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path))
        }
        let feed = try #require(try kb.feeds().first)
        #expect(feed.tags == ["ai"])
        #expect(feed.state.etag == "\"v1\"")
        #expect(feed.state.lastStatus == 200)
        #expect(feed.state.consecutiveFailures == 2)
        #expect(feed.state.nextDue == Sample.date("2025-06-02T00:00:00Z"))
        let text = String(decoding: Sample.bytes(root.appendingPathComponent("feeds.json")), as: UTF8.self)
        #expect(text.contains("\"state\""))
        #expect(try kb.items(month: "2025-05").map(\.id) == ["i1"])
        #expect(try kb.verify().isEmpty)
        // The migrated knowledge base takes writes, and its index is built on first use.
        let result = try kb.append([Sample.item(feed: "alpha", guid: "g2")])
        #expect(result.added.count == 1)
    }

    @Test func migrationIsIdempotent() throws {
        let tmp = try TemporaryFolder()
        let root = try makeVersion0(in: tmp)
        let kb = KnowledgeBase(root: root)
        // A step killed after rewriting feeds.json but before raising the manifest is redone.
        try Migration.nestFeedState.run(kb)
        let once = Sample.bytes(root.appendingPathComponent("feeds.json"))
        try Migration.nestFeedState.run(kb)
        #expect(Sample.bytes(root.appendingPathComponent("feeds.json")) == once)
        #expect(try kb.manifest().schemaVersion == 0)

        _ = try KnowledgeBase.open(at: root)
        #expect(Sample.bytes(root.appendingPathComponent("feeds.json")) == once)
        let manifest = Sample.bytes(root.appendingPathComponent("docket.json"))
        _ = try KnowledgeBase.open(at: root)
        #expect(Sample.bytes(root.appendingPathComponent("docket.json")) == manifest)
        #expect(try kb.feeds().first?.state.etag == "\"v1\"")
    }

    @Test func registryCoversEveryVersion() {
        #expect(Migration.all.map(\.from) == Array(0..<KnowledgeBase.schemaVersion))
    }
}
