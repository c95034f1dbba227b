import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Push parsing: any chunking of the same bytes gives the same feed, and `onItem` sees
/// each item as soon as its end tag has arrived.
@Suite("FeedParser push")
struct FeedParserPushTests {
    static let fixture = "push/twelve-items.xml"

    @Test("the same feed pushed in chunks of N bytes gives exactly the items of one push", arguments: [1, 2, 7, 64, 1000, 4096])
    func chunkingDoesNotMatter(chunkSize: Int) throws {
        let bytes = try FeedFixture.bytes(Self.fixture)
        let whole = try FeedFixture.parse(Self.fixture)
        let chunked = try FeedFixture.parseInChunks(bytes, chunkSize: chunkSize, source: Self.fixture)
        #expect(whole.items.count == 12)
        #expect(chunked.items == whole.items)
        #expect(chunked.format == whole.format)
        #expect(chunked.title == whole.title)
        #expect(chunked.link == whole.link)
        #expect(chunked.encoding == whole.encoding)
        #expect(chunked.problemCount == whole.problemCount)
    }

    @Test("the pushed feed is read right: multi-byte characters and entities survive every split")
    func contentOfPushedFeed() throws {
        let feed = try FeedFixture.parseInChunks(FeedFixture.bytes(Self.fixture), chunkSize: 1, source: Self.fixture)
        #expect(feed.title == "Push parsing \u{2014} twelve items")
        let item = try #require(feed.items.first)
        #expect(item.title == "Item 1: caf\u{E9} & \u{65E5}\u{672C} \u{E9}t\u{E9} \u{1F4F0}")
        #expect(item.link == "https://push.example.org/items/1?a=1&b=1")
        #expect(item.summary == "Body of item 1 with markup & an emoji \u{1F600} and \u{2014} dashes.")
        #expect(item.guid == "push-1")
        #expect(item.published == FeedFixture.utc("2026-11-01T10:01:00Z"))
        #expect(feed.items.map(\.guid) == (1...12).map { "push-\($0)" })
    }

    static let damaged = [
        "damage/html-entities.xml", "damage/bare-ampersand.xml", "damage/unknown-entity.xml",
        "damage/mismatched-tags.xml", "damage/garbage-before.xml", "damage/utf8-bom.xml",
        "damage/truncated-mid-item.xml", "damage/truncated-mid-tag.xml", "damage/control-chars.xml",
        "damage/less-than.xml", "formats/rss091-netscape.xml", "text/atom-types.atom", "text/atom03-modes.xml",
        "safety/internal-entity.xml",
    ]

    @Test("damaged and tricky fixtures read the same in 1-, 3- and 7-byte chunks", arguments: damaged, [1, 3, 7])
    func damagedFixturesInChunks(path: String, chunkSize: Int) throws {
        let whole = try FeedFixture.parse(path)
        let chunked = try FeedFixture.parseInChunks(FeedFixture.bytes(path), chunkSize: chunkSize, source: path)
        #expect(chunked.items == whole.items)
        #expect(chunked.title == whole.title)
    }

    @Test("onItem receives every item, in order, as it completes; ParsedFeed.items is then empty")
    func onItemStreams() throws {
        let bytes = try FeedFixture.bytes(Self.fixture)
        let expected = try FeedFixture.parse(Self.fixture).items
        let parser = FeedParser(source: Self.fixture)
        var received: [Item] = []
        parser.onItem = { received.append($0) }
        var countAfterPush: [Int] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + 7, bytes.count)
            try parser.push(Array(bytes[offset..<end]))
            countAfterPush.append(received.count)
            offset = end
        }
        let beforeFinish = received.count
        let feed = try parser.finish()

        #expect(beforeFinish >= 11, "only \(beforeFinish) of 12 items arrived before finish")
        #expect(received == expected)
        #expect(feed.items.isEmpty)
        #expect(feed.title == "Push parsing \u{2014} twelve items")
        // Items arrive one by one as the bytes do, not all at the end.
        #expect(countAfterPush == countAfterPush.sorted())
        #expect(Set(countAfterPush).count >= 11)
    }

    @Test("after the bytes of five items (and a bit of the sixth), onItem has had exactly five")
    func onItemBeforeTheEnd() throws {
        let bytes = try FeedFixture.bytes(Self.fixture)
        let text = String(decoding: bytes, as: UTF8.self)
        let sixth = try #require(text.range(of: "<title>Item 6:"))
        let prefix = Array(text[..<sixth.upperBound].utf8)
        let parser = FeedParser(source: Self.fixture)
        var titles: [String?] = []
        parser.onItem = { titles.append($0.title) }
        try parser.push(prefix)
        #expect(titles.count == 5)
        #expect(titles.last??.hasPrefix("Item 5:") == true)
        try parser.push(Array(bytes[prefix.count...]))
        _ = try parser.finish()
        #expect(titles.count == 12)
    }
}
