import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct DedupeTests {
    func makeKB(_ tmp: TemporaryFolder) throws -> KnowledgeBase {
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds(["alpha", "beta", "gamma"].map(Sample.feed)) }
        return kb
    }

    @Test func sameGuidAcrossFeedsIsADuplicate() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let kept = Sample.item(feed: "alpha", guid: "https://pub.example/p/1", link: "https://alpha.example/one")
        let copy = Sample.item(feed: "beta", guid: "https://pub.example/p/1", title: "A different headline entirely", link: "https://beta.example/x")
        let first = try kb.append([kept])
        #expect(first.added.map(\.id) == [kept.id])
        let second = try kb.append([copy])
        #expect(second.added.isEmpty)
        #expect(second.duplicates.map(\.duplicateOf) == [kept.id])
        #expect(second.duplicates.map(\.reason) == [.guid])

        let stored = try kb.items(month: "2026-11")
        #expect(stored.map(\.id) == [kept.id])
        #expect(stored.first?.duplicates == [copy.id])
        #expect(try kb.item(id: kept.id)?.duplicates == [copy.id])
        #expect(try kb.item(id: copy.id)?.feed == "beta")
        #expect(try kb.stats().items == 1)
        #expect(try kb.stats().duplicates == 1)
    }

    @Test func shortGuidsDoNotDedupeAcrossFeeds() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let result = try kb.append([Sample.item(feed: "alpha", guid: "123"), Sample.item(feed: "beta", guid: "123")])
        #expect(result.added.count == 2)
        #expect(result.duplicates.isEmpty)
    }

    @Test func canonicalLinkMatchesAcrossTrackingSchemeAndHost() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let kept = Sample.item(feed: "alpha", guid: "a-7", title: "First headline here", link: "https://www.Example.COM/story?id=7&utm_source=rss&utm_medium=feed#comments")
        let copy = Sample.item(feed: "beta", guid: "b-7", title: "Second headline there", link: "http://example.com:80/story?fbclid=XYZ&id=7&gclid=1")
        let other = Sample.item(feed: "gamma", guid: "c-8", title: "Third headline elsewhere", link: "https://example.com/story?id=8")
        let withRef = Sample.item(feed: "gamma", guid: "c-9", title: "Fourth headline elsewhere", link: "https://example.com/story?id=7&ref=home")
        let result = try kb.append([kept, copy, other, withRef])
        #expect(result.added.map(\.id) == [kept.id, other.id, withRef.id])
        #expect(result.duplicates.map(\.item.id) == [copy.id])
        #expect(result.duplicates.first?.reason == .link)
        #expect(result.duplicates.first?.duplicateOf == kept.id)
        #expect(try kb.item(id: kept.id)?.duplicates == [copy.id])
    }

    @Test func normalisedTitleOnTheSameDayMatches() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let kept = Sample.item(feed: "alpha", guid: "t1", title: "Anthropic Says Labs Distilled Claude!", published: "2026-11-20T08:00:00Z")
        let copy = Sample.item(feed: "beta", guid: "t2", title: "  anthropic says labs — distilled CLAUDE ", published: "2026-11-20T21:30:00Z")
        let nextDay = Sample.item(feed: "gamma", guid: "t3", title: "Anthropic says labs distilled Claude", published: "2026-11-21T08:00:00Z")
        let shortA = Sample.item(feed: "alpha", guid: "s1", title: "Weekly roundup", published: "2026-11-20T08:00:00Z")
        let shortB = Sample.item(feed: "beta", guid: "s2", title: "Weekly Roundup", published: "2026-11-20T08:00:00Z")
        let result = try kb.append([kept, copy, nextDay, shortA, shortB])
        #expect(result.added.map(\.id) == [kept.id, nextDay.id, shortA.id, shortB.id])
        #expect(result.duplicates.map(\.item.id) == [copy.id])
        #expect(result.duplicates.first?.reason == .title)
        // The stored hash is the normalised title and day.
        let hashes = try kb.items(month: "2026-11").compactMap(\.hash)
        #expect(hashes.count == 4)
        #expect(result.added.first?.hash == DedupeKeys.contentHash(title: "anthropic says labs distilled claude", published: kept.published))
    }

    @Test func refetchingAddsNothing() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let items = (1...5).map { Sample.item(feed: "alpha", guid: "g\($0)") }
        let copy = Sample.item(feed: "beta", guid: "x", title: items[0].title, link: items[0].link)
        let first = try kb.append(items + [copy])
        #expect(first.added.count == 5)
        #expect(first.duplicates.count == 1)
        let file = kb.monthFile("2026-11")
        let before = Sample.bytes(file)
        let again = try kb.append(items + [copy])
        #expect(again.skipped == 6)
        #expect(again.added.isEmpty && again.duplicates.isEmpty)
        #expect(Sample.bytes(file) == before)
        // Within one batch too.
        let twice = try kb.append([Sample.item(feed: "alpha", guid: "new"), Sample.item(feed: "alpha", guid: "new")])
        #expect(twice.added.count == 1 && twice.skipped == 1)
    }

    @Test func duplicateOfADuplicatePointsAtTheKeptItem() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let kept = Sample.item(feed: "alpha", guid: "urn:story:1", title: "Kept headline one two", link: "https://alpha.example/1")
        let viaGuid = Sample.item(feed: "beta", guid: "urn:story:1", title: "Beta headline one two", link: "https://beta.example/1")
        // Matches only viaGuid's link: must still land on the kept item.
        let viaLink = Sample.item(feed: "gamma", guid: "g-1", title: "Gamma headline one two", link: "https://beta.example/1?utm_campaign=x")
        try kb.append([kept])
        try kb.append([viaGuid])
        let result = try kb.append([viaLink])
        #expect(result.duplicates.map(\.duplicateOf) == [kept.id])
        #expect(try kb.item(id: kept.id)?.duplicates == [viaGuid.id, viaLink.id])
        #expect(try kb.verify().isEmpty)
    }

    @Test func duplicatesLiveInTheKeptItemsMonth() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        let kept = Sample.item(feed: "alpha", guid: "urn:x:1", published: "2026-10-31T23:00:00Z")
        let late = Sample.item(feed: "beta", guid: "urn:x:1", published: "2026-11-01T01:00:00Z")
        let undated = Sample.item(feed: "beta", guid: "undated", published: nil)
        let fetched = Sample.date("2026-12-05T00:00:00Z")
        let result = try kb.write { try $0.appendItems([kept, late, undated], now: fetched) }
        #expect(result.duplicates.count == 1)
        #expect(try kb.months() == ["2026-10", "2026-12"])
        #expect(try kb.items(month: "2026-10").first?.duplicates == [late.id])
        #expect(try kb.items(month: "2026-12").map(\.id) == [undated.id])
        #expect(try kb.items(month: "2026-12").first?.fetched == fetched)
        var all: [String] = []
        try kb.forEachItem { all.append($0.id) }
        #expect(all == [kept.id, undated.id])
        #expect(throws: KnowledgeBaseError.self) { try kb.items(month: "2026-13") }
    }

    @Test func storedItemsRoundTrip() throws {
        let tmp = try TemporaryFolder()
        let kb = try makeKB(tmp)
        var item = Sample.item(feed: "alpha", guid: "full", title: "Quotes \" and \\ backslashes\nand lines ü 🚀")
        item.updated = Sample.date("2026-11-21T00:00:00Z")
        item.authors = [Author(name: "Ana", email: "ana@example.com"), Author(uri: "https://x.example")]
        item.content = "Body\ttext"
        item.categories = ["ai", "policy"]
        item.enclosures = [Enclosure(url: "https://x.example/a.mp3", type: "audio/mpeg", length: 123)]
        item.thumbnails = ["https://x.example/t.png"]
        item.comments = "https://x.example/c"
        item.contentHTML = "<p>Body</p>"
        item.companies = ["anthropic"]
        item.backlog = true
        item.fetched = Sample.date("2026-11-22T00:00:00Z")
        let result = try kb.append([item])
        let stored = try #require(try kb.item(id: item.id))
        #expect(stored == result.added.first)
        var expected = item
        expected.hash = stored.hash
        #expect(stored == expected)
        #expect(stored.hash != nil)
    }
}
