import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Real-world damage: HTML entities, bare ampersands, unknown entities, broken tags,
/// junk before the document, byte-order marks, truncation, missing guids, control
/// characters, stray `<`. Each is read, with as much of the feed as the bytes allow.
@Suite("FeedParser damage")
struct FeedParserDamageTests {
    @Test("HTML named entities XML does not define, in text and in attributes")
    func htmlEntities() throws {
        let feed = try FeedFixture.parse("damage/html-entities.xml")
        #expect(feed.title == "Caf\u{E9} & Cr\u{E8}me \u{2014} Feed")
        #expect(feed.items.count == 2)
        let item = try #require(feed.items.first)
        let title = "\u{2018}Quoted\u{2019} \u{201C}title\u{201D} \u{2026} \u{2014} \u{2013} end\u{A0}x"
        #expect(
            [title, title.replacingOccurrences(of: "\u{A0}", with: " ")].contains(item.title ?? ""),
            "got \(item.title ?? "nil")")
        #expect(item.link == "https://entities.example.org/caf\u{E9}?q=\u{2018}x\u{2019}")
        #expect(item.summary == "\u{A9} 2026 \u{20AC}5 \u{BD} \u{2122}")
        #expect(item.categories == ["R\u{E9}sum\u{E9}"])
        #expect(item.enclosures.map(\.url) == ["https://entities.example.org/m\u{FC}sik.mp3"])
        #expect(item.guid == "entity-\u{E9}-1")
        #expect(feed.items.last?.title == "Second item still \u{E9}")
    }

    @Test("a bare & in text, links and attributes reads as written")
    func bareAmpersand() throws {
        let feed = try FeedFixture.parse("damage/bare-ampersand.xml")
        #expect(feed.title == "AT&T News & Views")
        #expect(feed.link == "https://amp.example.org/?a=1&b=2")
        #expect(feed.items.count == 2)
        let item = try #require(feed.items.first)
        #expect(item.title == "AT&T and Q&A")
        #expect(item.link == "https://amp.example.org/story?id=7&lang=en&x")
        #expect(item.summary == "Tom & Jerry; R&D; 5 & 6")
        #expect(item.enclosures.map(\.url) == ["https://amp.example.org/file.mp3?a=1&b=2"])
        #expect(feed.items.last?.title == "Second")
    }

    @Test("an entity nobody defines is kept literally, and later entities still decode")
    func unknownEntity() throws {
        let feed = try FeedFixture.parse("damage/unknown-entity.xml")
        #expect(feed.items.map(\.title) == ["Hello &foo; world & &bar-baz; end", "After the unknown entity \u{E9}"])
    }

    @Test(
        "an unclosed tag, a misnamed end tag, or both, in one item: every later item is still read",
        arguments: ["damage/unclosed-tag.xml", "damage/misnamed-end-tag.xml", "damage/mismatched-tags.xml"])
    func mismatchedTags(path: String) throws {
        let feed = try FeedFixture.parse(path)
        #expect(feed.recovered)
        #expect(feed.problemCount >= 1)
        #expect(feed.diagnostics.allSatisfy { $0.line >= 1 })
        #expect(feed.items.map(\.title) == ["One", "Two", "Three", "Four"])
        #expect(feed.items.map(\.link) == (1...4).map { "https://mismatch.example.org/\($0)" })
    }

    @Test(
        "junk, whitespace or a UTF-8 BOM before <?xml",
        arguments: [
            ("damage/garbage-before.xml", "Garbage before the declaration", "Survivor"),
            ("damage/whitespace-before.xml", "Whitespace before the declaration", "Survivor"),
            ("damage/utf8-bom.xml", "BOM: \u{DC}nic\u{F6}de \u{2013} ok", "Na\u{EF}ve caf\u{E9}"),
        ])
    func leadingJunk(path: String, title: String, itemTitle: String) throws {
        let feed = try FeedFixture.parse(path)
        #expect(feed.format == .rss20)
        #expect(feed.title == title)
        #expect(feed.items.map(\.title) == [itemTitle])
    }

    @Test("the UTF-8 BOM is not part of any text, and the encoding is utf-8")
    func utf8BOM() throws {
        let feed = try FeedFixture.parse("damage/utf8-bom.xml")
        #expect(feed.encoding == "utf-8")
        #expect(!FeedFixture.everything(feed).contains("\u{FEFF}"))
    }

    @Test("a feed truncated mid-item yields exactly the items completed before the cut")
    func truncatedMidItem() throws {
        let feed = try FeedFixture.parse("damage/truncated-mid-item.xml")
        #expect(feed.title == "Truncated mid-item")
        #expect(feed.items.map(\.title) == ["One", "Two", "Three"])
        #expect(feed.items.map(\.summary) == ["First.", "Second.", "Third."])
        #expect(feed.recovered)
    }

    @Test("a feed truncated mid-tag (inside </item>) yields the items whose end tag was read")
    func truncatedMidTag() throws {
        let feed = try FeedFixture.parse("damage/truncated-mid-tag.xml")
        #expect(feed.title == "Truncated mid-tag")
        #expect(feed.items.map(\.title) == ["One", "Two"])
    }

    /// Offsets in `push/twelve-items.xml` where each `</item>` starts.
    private static func itemEndTags() throws -> (bytes: [UInt8], starts: [Int]) {
        let bytes = try FeedFixture.bytes("push/twelve-items.xml")
        let endTag = Array("</item>".utf8)
        var starts: [Int] = []
        var i = 0
        while i + endTag.count <= bytes.count {
            if bytes[i..<(i + endTag.count)].elementsEqual(endTag) { starts.append(i) }
            i += 1
        }
        try #require(starts.count == 12)
        return (bytes, starts)
    }

    @Test("cut right after the k-th </item>: exactly k items", arguments: [1, 2, 6, 11, 12])
    func truncatedAfterEndTag(k: Int) throws {
        let (bytes, starts) = try Self.itemEndTags()
        let feed = try FeedParser.parse(Array(bytes.prefix(starts[k - 1] + 7)), source: "cut")
        #expect(feed.items.count == k)
        #expect(feed.items.last?.title?.hasPrefix("Item \(k):") == true)
    }

    @Test("cut just before the k-th </item>: exactly k - 1 items", arguments: [1, 2, 6, 11, 12])
    func truncatedBeforeEndTag(k: Int) throws {
        let (bytes, starts) = try Self.itemEndTags()
        let feed = try FeedParser.parse(Array(bytes.prefix(starts[k - 1])), source: "cut")
        #expect(feed.items.count == k - 1)
    }

    @Test(
        "cut inside the k-th </item> (the end tag never arrived): exactly k - 1 items",
        arguments: [1, 6, 12], [2, 4, 6])
    func truncatedInsideEndTag(k: Int, keep: Int) throws {
        let (bytes, starts) = try Self.itemEndTags()
        // keep = 2: "</", 4: "</it", 6: "</item" (no ">").
        let feed = try FeedParser.parse(Array(bytes.prefix(starts[k - 1] + keep)), source: "cut")
        #expect(feed.items.count == k - 1)
    }

    @Test("every problem is counted; at most maxDiagnostics are kept, each with a line")
    func diagnosticsAreBounded() throws {
        var options = FeedParserOptions()
        options.maxDiagnostics = 5
        let feed = try FeedFixture.parse("damage/many-errors.xml", options: options)
        #expect(feed.items.map(\.title) == (1...30).map { "Item \($0)" })
        #expect(feed.items.last?.categories == ["Typo 30"])
        #expect(feed.problemCount >= 30)
        #expect(feed.diagnostics.count == 5)
        #expect(feed.recovered)
        #expect(feed.diagnostics.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
        #expect(feed.diagnostics.first.map { $0.line >= 7 } == true, "\(feed.diagnostics)")
    }

    // MARK: Stable ids

    @Test("items without guid: ids from the link, else the content; stable across parses")
    func stableIDs() throws {
        let first = try FeedFixture.parse("damage/no-guid.xml")
        let second = try FeedFixture.parse("damage/no-guid.xml")
        #expect(first.items.count == 4)
        #expect(first.items.allSatisfy { $0.guid == nil })
        #expect(first.items.map(\.id) == second.items.map(\.id))
        #expect(Set(first.items.map(\.id)).count == 4)
        #expect(first.items.allSatisfy { !$0.id.isEmpty })
    }

    @Test("a different link gives a different id; a different title with the same link does not")
    func idFollowsLink() throws {
        let text = try FeedFixture.text("damage/no-guid.xml")
        let original = try FeedFixture.parse("damage/no-guid.xml")
        let relinked = try FeedParser.parse(
            Array(text.replacingOccurrences(of: "https://noguid.example.org/a", with: "https://noguid.example.org/a2").utf8),
            source: "damage/no-guid.xml")
        #expect(relinked.items[0].id != original.items[0].id)
        #expect(relinked.items[1...].map(\.id) == original.items[1...].map(\.id))

        let retitled = try FeedParser.parse(
            Array(text.replacingOccurrences(of: "Linked A", with: "Linked A, updated headline").utf8),
            source: "damage/no-guid.xml")
        #expect(retitled.items[0].title == "Linked A, updated headline")
        #expect(retitled.items[0].id == original.items[0].id)
    }

    @Test("an item without guid or link gets its id from its content, not its position")
    func idFromContent() throws {
        let text = try FeedFixture.text("damage/no-guid.xml")
        let original = try FeedFixture.parse("damage/no-guid.xml")
        let unlinkedC = try FeedFixture.item(original, titled: "Unlinked C")
        let unlinkedD = try FeedFixture.item(original, titled: "Unlinked D")

        // Drop the first item: C and D move up one place and keep their ids.
        let start = try #require(text.range(of: "<item>"))
        let end = try #require(text.range(of: "</item>"))
        let shifted = try FeedParser.parse(
            Array(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "").utf8),
            source: "damage/no-guid.xml")
        #expect(shifted.items.count == 3)
        #expect(try FeedFixture.item(shifted, titled: "Unlinked C").id == unlinkedC.id)
        #expect(try FeedFixture.item(shifted, titled: "Unlinked D").id == unlinkedD.id)

        // Different words: a different item.
        let reworded = try FeedParser.parse(
            Array(text.replacingOccurrences(of: "Only words identify this item.", with: "Other words.").utf8),
            source: "damage/no-guid.xml")
        #expect(try FeedFixture.item(reworded, titled: "Unlinked C").id != unlinkedC.id)
    }

    @Test("ids depend on the feed: the same item in another feed has another id")
    func idsArePerFeed() throws {
        let a = try FeedFixture.parse("damage/no-guid.xml", feedID: "feed-a")
        let b = try FeedFixture.parse("damage/no-guid.xml", feedID: "feed-b")
        #expect(Set(a.items.map(\.id)).isDisjoint(with: b.items.map(\.id)))
    }

    // MARK: Characters

    @Test("control characters XML forbids are dropped, and the feed is read to the end")
    func controlCharacters() throws {
        let feed = try FeedFixture.parse("damage/control-chars.xml")
        #expect(feed.title == "Control characters")
        #expect(feed.items.map(\.title) == ["Bell and backspace here", "After the controls"])
        #expect(feed.items.first?.summary == "Null byte inside")
        let texts = [feed.title] + feed.items.flatMap { [$0.title, $0.summary] }
        for text in texts.compactMap({ $0 }) {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 }, "control character in \(text.debugDescription)")
        }
    }

    @Test("a < that cannot start a tag is text")
    func strayLessThan() throws {
        let feed = try FeedFixture.parse("damage/less-than.xml")
        #expect(feed.title == "Stray < signs")
        #expect(feed.items.count == 2)
        #expect(feed.items.first?.title == "1 < 2 and 3 > 2")
        #expect(feed.items.first?.summary == "I <3 feeds, x <= y")
        #expect(feed.items.last?.title == "Still read after the stray signs")
    }
}
