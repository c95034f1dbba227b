import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// `ItemReader` (many lookups by id against one loaded index) and `itemCounts(from:to:)`
/// (a period's items counted without decoding them), checked against the plain readers.
@Suite struct ItemReaderTests {
    /// Items over two months, one of them a duplicate through another feed, one a backlog item.
    func makeKB(_ tmp: TemporaryFolder) throws -> (KnowledgeBase, [Item]) {
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds(["alpha", "beta"].map(Sample.feed)) }
        var items = [
            Sample.item(feed: "alpha", guid: "a1", published: "2026-10-31T23:59:59Z"),
            Sample.item(feed: "alpha", guid: "a2", published: "2026-11-02T00:00:00Z"),
            Sample.item(feed: "alpha", guid: "a3", published: "2026-11-08T23:59:59Z"),
            Sample.item(feed: "alpha", guid: "a4", published: "2026-11-09T00:00:00Z"),
        ]
        var old = Sample.item(feed: "beta", guid: "b1", published: "2026-11-03T12:00:00Z")
        old.backlog = true
        items.append(old)
        try kb.append(items)
        // The same story as a2 through another feed: a duplicate, never counted.
        let copy = Sample.item(feed: "beta", guid: "b-copy", link: items[1].link, published: "2026-11-04T10:00:00Z")
        let result = try kb.append([copy])
        #expect(result.duplicates.map(\.duplicateOf) == [items[1].id])
        return (kb, items + [copy])
    }

    @Test func readerGivesWhatItemByIDGives() throws {
        let tmp = try TemporaryFolder()
        let (kb, items) = try makeKB(tmp)
        let reader = try kb.itemReader()
        for item in items {
            let plain = try #require(try kb.item(id: item.id))
            #expect(try reader.item(id: item.id) == plain)
        }
        #expect(try reader.item(id: items[1].id)?.duplicates == [items[5].id])
        #expect(try reader.item(id: "no-such-item") == nil)
    }

    @Test func readerSeesLinesAppendedAfterTheIndex() throws {
        let tmp = try TemporaryFolder()
        let (kb, _) = try makeKB(tmp)
        // A line written behind the index's back (as by an update killed before it indexed).
        let late = Sample.item(feed: "alpha", guid: "late", published: "2026-11-05T08:00:00Z")
        try Sample.append(String(decoding: StoredItem(item: late).line(), as: UTF8.self), to: kb.monthFile("2026-11"))
        let reader = try kb.itemReader()
        #expect(try reader.item(id: late.id)?.title == late.title)
        #expect(try reader.item(id: late.id) == (try kb.item(id: late.id)))
    }

    @Test func readerWithoutAnIndexFallsBackToScanning() throws {
        let tmp = try TemporaryFolder()
        let (kb, items) = try makeKB(tmp)
        try FileManager.default.removeItem(at: kb.root.appendingPathComponent("index"))
        let reader = try kb.itemReader()
        #expect(try reader.item(id: items[2].id)?.title == items[2].title)
        #expect(try reader.item(id: "no-such-item") == nil)
    }

    @Test func countsArePublicationDatesInTheHalfOpenRange() throws {
        let tmp = try TemporaryFolder()
        let (kb, _) = try makeKB(tmp)
        // ISO week 2026-W45: 2 to 8 November.
        let c = try kb.itemCounts(from: Sample.date("2026-11-02T00:00:00Z"), to: Sample.date("2026-11-09T00:00:00Z"))
        #expect(c.items == 3)  // a2, a3, b1 (the duplicate of a2 is not counted; a1 and a4 lie outside)
        #expect(c.backlog == 1)
        // Across a month boundary.
        let wide = try kb.itemCounts(from: Sample.date("2026-10-31T00:00:00Z"), to: Sample.date("2026-11-10T00:00:00Z"))
        #expect(wide.items == 5 && wide.backlog == 1)
        let none = try kb.itemCounts(from: Sample.date("2026-12-01T00:00:00Z"), to: Sample.date("2026-11-01T00:00:00Z"))
        #expect(none.items == 0 && none.backlog == 0)
    }

    @Test func countsAgreeWithDecodingEveryItem() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        var items: [Item] = []
        for n in 0..<300 {
            let second = (n * 1_000_003 + n * n * 7_919) % (60 * 86_400)  // spread over 60 days
            let date = Sample.date("2026-10-15T00:00:00Z").addingTimeInterval(TimeInterval(second))
            var item = Sample.item(feed: "alpha", guid: "g\(n)", published: nil)
            if n % 7 != 0 { item.published = date } else { item.fetched = date }  // no date: by fetch time
            item.backlog = n % 5 == 0
            item.title = "Title with \"published\":\"2026-11-20T00:00:00Z\" inside, number \(n)"
            items.append(item)
        }
        try kb.append(items)
        let start = Sample.date("2026-11-02T00:00:00Z"), end = Sample.date("2026-11-16T00:00:00Z")
        var expected = (items: 0, backlog: 0)
        for month in try kb.months() {
            for item in try kb.items(month: month) {
                guard let d = item.published ?? item.fetched, d >= start, d < end else { continue }
                expected.items += 1
                if item.backlog { expected.backlog += 1 }
            }
        }
        let counted = try kb.itemCounts(from: start, to: end)
        #expect(expected.items > 0)
        #expect(counted.items == expected.items && counted.backlog == expected.backlog)
    }
}
