import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct IndexTests {
    /// A knowledge base with kept items and duplicates of every kind.
    func populate(_ kb: KnowledgeBase) throws {
        try kb.write { try $0.saveFeeds(["alpha", "beta", "gamma"].map(Sample.feed)) }
        try kb.append((1...40).map { Sample.item(feed: "alpha", guid: "https://alpha.example/p/\($0)", published: "2026-\($0 % 2 == 0 ? "10" : "11")-1\($0 % 10)T10:00:00Z") })
        try kb.append([
            Sample.item(feed: "beta", guid: "https://alpha.example/p/1", link: "https://beta.example/1"),
            Sample.item(feed: "beta", guid: "b2", title: "Other title for two", link: "https://alpha.example/https://alpha.example/p/2?utm_source=x"),
        ])
    }

    /// What dedupe says about a fixed set of probes.
    func probe(_ kb: KnowledgeBase) throws -> [String] {
        let probes = [
            Sample.item(feed: "gamma", guid: "https://alpha.example/p/3"),  // guid
            Sample.item(feed: "gamma", guid: "c4", title: "Different words for four", link: "http://www.alpha.example/https://alpha.example/p/4"),  // link
            Sample.item(feed: "gamma", guid: "c5", title: "Story https://alpha.example/p/5 from alpha about things", link: "https://gamma.example/5", published: "2026-11-15T23:00:00Z"),  // title
            Sample.item(feed: "alpha", guid: "https://alpha.example/p/6", published: "2026-10-16T10:00:00Z"),  // re-fetch
            Sample.item(feed: "gamma", guid: "c-new", title: "Brand new story for gamma"),  // new
            Sample.item(feed: "gamma", guid: "https://alpha.example/p/1"),  // guid shared with a duplicate
        ]
        let result = try kb.append(probes)
        return result.added.map { "added \($0.id)" } + result.duplicates.map { "\($0.item.id) dup of \($0.duplicateOf) by \($0.reason)" }
            + ["skipped \(result.skipped)"]
    }

    @Test func reindexGivesTheSameAnswers() throws {
        let tmp = try TemporaryFolder()
        let intact = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("a"))
        let rebuilt = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("b"))
        let lazy = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("c"))
        for kb in [intact, rebuilt, lazy] { try populate(kb) }
        try FileManager.default.removeItem(at: rebuilt.indexURL)
        try rebuilt.reindex()
        try FileManager.default.removeItem(at: lazy.indexURL)  // rebuilt by the next append

        let expected = try probe(intact)
        #expect(expected.count == 6)
        #expect(expected.contains("skipped 1"))
        #expect(expected.filter { $0.hasPrefix("added") }.count == 1)
        #expect(expected.contains { $0.hasSuffix("by guid") } && expected.contains { $0.hasSuffix("by link") } && expected.contains { $0.hasSuffix("by title") })
        #expect(try probe(rebuilt) == expected)
        #expect(try probe(lazy) == expected)
        for kb in [intact, rebuilt, lazy] { #expect(try kb.verify().isEmpty) }
    }

    @Test func damagedIndexIsRebuilt() throws {
        let tmp = try TemporaryFolder()
        let reference = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("a"))
        let damaged = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("b"))
        for kb in [reference, damaged] { try populate(kb) }
        try Sample.write("garbage, not an index", to: damaged.indexURL.appendingPathComponent("keys.bin"))
        #expect(try damaged.item(id: StableID.make("alpha", "guid", "https://alpha.example/p/7"))?.guid == "https://alpha.example/p/7")
        #expect(try probe(damaged) == probe(reference))
    }

    @Test func staleIndexFromAReplacedMonthFileIsRebuilt() throws {
        let tmp = try TemporaryFolder()
        let reference = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("a"))
        let replaced = try KnowledgeBase.create(at: tmp.url.appendingPathComponent("b"))
        for kb in [reference, replaced] { try populate(kb) }
        // A git checkout: the same content under a new inode, with lines reordered.
        let file = replaced.monthFile("2026-11")
        var lines = String(decoding: Sample.bytes(file), as: UTF8.self).split(separator: "\n").map(String.init)
        lines.reverse()
        try FileManager.default.removeItem(at: file)
        try Sample.write(lines.joined(separator: "\n") + "\n", to: file)
        #expect(try probe(replaced).sorted() == probe(reference).sorted())
    }

    @Test func logIsMergedIntoTheTable() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        // Enough entries (id, guid, link, title per item) to pass the merge threshold.
        let count = DedupeIndex.mergeThreshold / 4 + 100
        let items = (0..<count).map { Sample.item(feed: "alpha", guid: "https://alpha.example/m/\($0)") }
        try kb.append(items)
        let log = try FileManager.default.attributesOfItem(atPath: kb.indexURL.appendingPathComponent("keys.log").path)[.size] as? Int
        #expect(log == 0)
        let again = try kb.append(Array(items.suffix(10)) + [Sample.item(feed: "alpha", guid: "https://alpha.example/m/new")])
        #expect(again.skipped == 10)
        #expect(again.added.count == 1)
        #expect(try kb.item(id: items[1234].id)?.guid == items[1234].guid)
    }

    @Test func linkCanonicalForm() {
        #expect(LinkCanonicalizer.canonical("HTTPS://WWW.Example.com:443/a/B?utm_source=x&q=1&UTM_Medium=y#top") == "example.com/a/B?q=1")
        #expect(LinkCanonicalizer.canonical("http://example.com") == "example.com/")
        #expect(LinkCanonicalizer.canonical("http://example.com:8080/x?ref=a&fbclid=b&mc_cid=c&mc_eid=d&gclid=e") == "example.com:8080/x?ref=a")
        #expect(LinkCanonicalizer.canonical("https://example.com./x/") == "example.com/x/")
        #expect(LinkCanonicalizer.canonical("ftp://Example.com/x") == "ftp://Example.com/x")
        #expect(LinkCanonicalizer.canonical(" urn:isbn:123 ") == "urn:isbn:123")
    }
}

@Suite struct LookupTests {
    @Test func lookupByIDSurvivesAReplacedMonthFile() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")]) }
        let items = (0..<20).map { Sample.item(feed: "alpha", guid: "urn:l:\($0)") }
        try kb.append(items)
        let copy = Sample.item(feed: "beta", guid: "urn:l:3")
        try kb.append([copy])
        #expect(try kb.item(id: items[3].id)?.duplicates == [copy.id])
        #expect(try kb.item(id: "no-such-id") == nil)
        // Reordered behind the index's back (a checkout): lookups must not trust stale offsets.
        let file = kb.monthFile("2026-11")
        let lines = String(decoding: Sample.bytes(file), as: UTF8.self).split(separator: "\n").reversed()
        try FileManager.default.removeItem(at: file)
        try Sample.write(lines.joined(separator: "\n") + "\n", to: file)
        for item in items { #expect(try kb.item(id: item.id)?.guid == item.guid) }
        #expect(try kb.item(id: items[3].id)?.duplicates == [copy.id])
        #expect(try kb.item(id: copy.id)?.feed == "beta")
    }
}
