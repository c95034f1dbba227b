import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct CrashSafetyTests {
    @Test func crashBetweenTemporaryWriteAndRenameKeepsTheOldFile() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        let before = Sample.bytes(kb.feedsURL)

        // A writer killed after writing and fsyncing its temporary file, before the rename.
        let stray = kb.root.appendingPathComponent(".feeds.json.tmp-99999-12345")
        try Sample.write(#"[{"id":"half-written"#, to: stray)

        let reopened = try KnowledgeBase.open(at: kb.root)
        #expect(try reopened.feeds().map(\.id) == ["alpha"])
        #expect(Sample.bytes(kb.feedsURL) == before)
        #expect(try reopened.verify().isEmpty)

        // The next write removes the stray temporary file.
        try reopened.write { try $0.saveCompanies([Company(id: "openai", name: "OpenAI")]) }
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(try reopened.feeds().map(\.id) == ["alpha"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: kb.root.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func tornLastLineIsIgnoredThenRepaired() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        try kb.append([Sample.item(feed: "alpha", guid: "g1"), Sample.item(feed: "alpha", guid: "g2")])
        let file = kb.monthFile("2026-11")
        let intact = Sample.bytes(file)

        // An append killed half-way through a line.
        try Sample.append(#"{"feed":"alpha","id":"torn","title":"Half a"#, to: file)
        #expect(try kb.items(month: "2026-11").map(\.guid) == ["g1", "g2"])
        #expect(try kb.verify().isEmpty)
        #expect(try kb.stats().items == 2)
        #expect(try kb.item(id: "torn") == nil)

        // The next append cuts the torn line off and starts on a line of its own.
        let result = try kb.append([Sample.item(feed: "alpha", guid: "g3")])
        #expect(result.added.count == 1)
        let after = Sample.bytes(file)
        #expect(Array(after.prefix(intact.count)) == intact)
        #expect(!String(decoding: after, as: UTF8.self).contains("torn"))
        #expect(after.last == 0x0A)
        #expect(try kb.items(month: "2026-11").map(\.guid) == ["g1", "g2", "g3"])
        #expect(try kb.verify().isEmpty)
    }

    @Test func appendKilledBeforeTheIndexUpdateIsCaughtUp() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")]) }
        try kb.append([Sample.item(feed: "alpha", guid: "g1")])
        // Lines that reached the month file while the index never heard of them.
        let orphan = Sample.item(feed: "alpha", guid: "orphan", link: "https://news.example/orphan")
        try Sample.append(String(decoding: StoredItem(item: orphan).line(), as: UTF8.self), to: kb.monthFile("2026-11"))

        let again = try kb.append([orphan, Sample.item(feed: "beta", guid: "b1", link: "https://news.example/orphan?utm_source=rss")])
        #expect(again.skipped == 1)
        #expect(again.added.isEmpty)
        #expect(again.duplicates.map(\.duplicateOf) == [orphan.id])
        #expect(try kb.verify().isEmpty)
    }
}
