import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Relative links resolved against nested xml:base and then the feed URL; enclosure
/// URLs; Atom ids that are not links; RSS guids that are (or are not) permalinks.
@Suite("FeedParser links")
struct FeedParserLinkTests {
    // MARK: xml:base

    @Test(
        "nested xml:base: feed, entry and element bases compose; the feed URL does not override an absolute base",
        arguments: [nil, "https://ignored.example.com/some/feed.atom"] as [String?])
    func nestedXMLBase(url: String?) throws {
        let feed = try FeedFixture.parse("links/xml-base.atom", url: url)
        #expect(feed.link == "http://base.example.org/blog/index.html")
        #expect(feed.selfLink == "http://base.example.org/blog/feed.atom")

        let first = try FeedFixture.item(feed, titled: "Entry base is relative to the feed base")
        #expect(first.link == "http://base.example.org/blog/2026/post.html")
        #expect(
            first.enclosures == [Enclosure(url: "http://base.example.org/blog/media/one.mp3", type: "audio/mpeg")])
        #expect(first.authors == [Author(name: "Base Author", uri: "http://base.example.org/blog/2026/authors/base")])

        let second = try FeedFixture.item(feed, titled: "Link with its own base")
        #expect(second.link == "http://base.example.org/root/deeper/x.html?q=1#frag")

        let third = try FeedFixture.item(feed, titled: "Absolute entry base")
        #expect(third.link == "https://other.example.net/three")

        let fourth = try FeedFixture.item(feed, titled: "Absolute link ignores the base")
        #expect(fourth.link == "https://absolute.example.com/four")
    }

    // MARK: The feed URL

    static let relativeRows: [(title: String, link: String)] = [
        ("Root-relative", "https://news.example.com/posts/1"),
        ("Path-relative", "https://news.example.com/feeds/posts/2"),
        ("Dot-dot", "https://news.example.com/archive/3"),
        ("Relative xml:base, then the feed URL", "https://news.example.com/section/story.html"),
        ("Already absolute", "https://elsewhere.example.org/5"),
    ]

    @Test("item links resolve against the url: passed in", arguments: relativeRows)
    func relativeToFeedURL(title: String, link: String) throws {
        let feed = try FeedFixture.parse("links/relative.xml", url: "https://news.example.com/feeds/main.xml")
        #expect(try FeedFixture.item(feed, titled: title).link == link)
    }

    @Test("channel link, image, comments and enclosure URLs resolve against the feed URL too")
    func otherURLsRelativeToFeedURL() throws {
        let feed = try FeedFixture.parse("links/relative.xml", url: "https://news.example.com/feeds/main.xml")
        #expect(feed.link == "https://news.example.com/")
        #expect(feed.image == "https://news.example.com/feeds/img/logo.png")
        let item = try FeedFixture.item(feed, titled: "Root-relative")
        #expect(item.comments == "https://news.example.com/posts/1#comments")
        #expect(
            item.enclosures == [
                Enclosure(url: "https://news.example.com/feeds/media/ep1.mp3", type: "audio/mpeg", length: 100)
            ])
    }

    @Test("without a feed URL or xml:base, a relative link is kept as written")
    func relativeWithoutBase() throws {
        let feed = try FeedFixture.parse("links/relative.xml")
        #expect(try FeedFixture.item(feed, titled: "Root-relative").link == "/posts/1")
        #expect(try FeedFixture.item(feed, titled: "Path-relative").link == "posts/2")
    }

    @Test("links inside HTML content resolve against xml:base (contentHTML, keepMarkup)")
    func linksInsideHTMLContent() throws {
        var options = FeedParserOptions()
        options.keepMarkup = true
        let feed = try FeedFixture.parse("links/html-content.xml", url: "https://html.example.org/feed.xml", options: options)
        let item = try #require(feed.items.first)
        #expect(item.link == "https://html.example.org/news/2026/story.html")
        let html = try #require(item.contentHTML)
        #expect(html.contains("href=\"https://html.example.org/news/2026/related.html\""), "\(html)")
        #expect(html.contains("href=\"https://html.example.org/about\""), "\(html)")
        #expect(html.contains("src=\"https://html.example.org/img/chart.png\""), "\(html)")
        #expect(item.content == "See the related story and about us.")

        let plain = try FeedFixture.parse("links/html-content.xml", url: "https://html.example.org/feed.xml")
        #expect(plain.items.first?.contentHTML == nil)
    }

    // MARK: Ids and guids

    @Test("an Atom id is the guid, never the link")
    func atomIDIsNotALink() throws {
        let feed = try FeedFixture.parse("links/atom-id.atom")
        #expect(feed.link == nil)
        let httpID = try FeedFixture.item(feed, titled: "HTTP id, no link")
        #expect(httpID.guid == "https://atomid.example.org/entries/1")
        #expect(httpID.link == nil)
        let withLink = try FeedFixture.item(feed, titled: "tag id, with link")
        #expect(withLink.guid == "tag:atomid.example.org,2026:2")
        #expect(withLink.link == "https://atomid.example.org/posts/2")
    }

    static let guidRows: [(title: String, guid: String, link: String?)] = [
        ("Permalink guid, no link", "https://guid.example.org/posts/1", "https://guid.example.org/posts/1"),
        ("isPermaLink false, no link", "https://guid.example.org/not-a-link/2", nil),
        ("Permalink guid that is no URL", "guid-3-abc", nil),
        ("Link and permalink guid", "https://guid.example.org/?p=4", "https://guid.example.org/posts/4"),
        ("Link and opaque guid", "5@guid.example.org", "https://guid.example.org/posts/5"),
    ]

    @Test("guid isPermaLink: a permalink guid is the link when there is none", arguments: guidRows)
    func guidPermaLink(title: String, guid: String, link: String?) throws {
        let feed = try FeedFixture.parse("links/guid.xml")
        let item = try FeedFixture.item(feed, titled: title)
        #expect(item.guid == guid)
        #expect(item.link == link)
    }

    @Test("an item with a guid keeps its id when its link changes")
    func guidIDIgnoresLink() throws {
        let original = try FeedFixture.text("links/guid.xml")
        let changed = original.replacingOccurrences(
            of: "https://guid.example.org/posts/4", with: "https://guid.example.org/moved/4")
        #expect(changed != original)
        let before = try FeedFixture.item(FeedFixture.parse("links/guid.xml"), titled: "Link and permalink guid")
        let after = try FeedFixture.item(
            FeedParser.parse(Array(changed.utf8), source: "links/guid.xml"), titled: "Link and permalink guid")
        #expect(after.link == "https://guid.example.org/moved/4")
        #expect(after.id == before.id)
    }
}
