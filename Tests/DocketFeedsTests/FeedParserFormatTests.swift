import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Every syndication format and version: what each one is recognised as, and the
/// channel and item fields that format carries.
@Suite("FeedParser formats")
struct FeedParserFormatTests {
    struct FormatCase: Sendable, CustomTestStringConvertible {
        var path: String
        var format: FeedFormat
        var title: String
        var link: String
        var itemTitles: [String?]
        var itemLinks: [String?]
        var testDescription: String { path }
    }

    static let cases: [FormatCase] = [
        FormatCase(
            path: "formats/rss090.rdf", format: .rss090, title: "Netscape Ninety Wire",
            link: "http://ninety.example.com/",
            itemTitles: [
                "Regulators open an inquiry into model scraping", "Chip export rules tightened again",
                "Parliament schedules AI hearing",
            ],
            itemLinks: [
                "http://ninety.example.com/news/inquiry.html", "http://ninety.example.com/news/exports.html",
                "http://ninety.example.com/news/hearing.html",
            ]),
        FormatCase(
            path: "formats/rss091-netscape.xml", format: .rss091netscape, title: "Netscape Policy Digest",
            link: "http://digest.example.net/",
            itemTitles: ["Caf\u{E9} owners sue over facial recognition", "Standards body publishes draft"],
            itemLinks: ["http://digest.example.net/2001/01/cafe.html", "http://digest.example.net/2001/01/draft.html"]),
        FormatCase(
            path: "formats/rss091-userland.xml", format: .rss091userland, title: "UserLand Scripting News",
            link: "http://scripting.example.com/",
            itemTitles: ["Outline processors and the web", "XML-RPC turns two"],
            itemLinks: [
                "http://scripting.example.com/2000/10/30#outliners", "http://scripting.example.com/2000/10/29#xmlrpc",
            ]),
        FormatCase(
            path: "formats/rss092.xml", format: .rss092, title: "Ninety-Two Radio", link: "http://radio92.example.org/",
            itemTitles: ["Episode 12: the licensing debate", nil],
            itemLinks: ["http://radio92.example.org/shows/12", nil]),
        FormatCase(
            path: "formats/rss093.xml", format: .rss093, title: "Ninety-Three Notes", link: "http://notes93.example.org/",
            itemTitles: ["Draft rules on deepfake labels", "Comment period closes"],
            itemLinks: ["http://notes93.example.org/2002/deepfakes", "http://notes93.example.org/2002/comments"]),
        FormatCase(
            path: "formats/rss094.xml", format: .rss094, title: "Ninety-Four Journal",
            link: "http://journal94.example.org/",
            itemTitles: ["Court hears scraping appeal"], itemLinks: ["http://journal94.example.org/2003/appeal"]),
        FormatCase(
            path: "formats/rss20.xml", format: .rss20, title: "Tech Policy Daily", link: "https://daily.example.com/",
            itemTitles: ["Anthropic accuses rival of distilling its model", "EU delays high-risk rules"],
            itemLinks: ["https://daily.example.com/2026/11/20/distillation", "https://daily.example.com/2026/11/21/omnibus"]),
        FormatCase(
            path: "formats/rss10.rdf", format: .rss10, title: "RDF Site Summary Wire", link: "http://rdf.example.org/",
            itemTitles: ["Data protection board fines chatbot maker", "Ministry publishes AI strategy"],
            itemLinks: ["http://rdf.example.org/news/fine", "http://rdf.example.org/news/strategy"]),
        FormatCase(
            path: "formats/atom03.xml", format: .atom03, title: "Atom Zero Three Log", link: "http://atom03.example.org/",
            itemTitles: ["Hearing on the data bill", "Second entry"],
            itemLinks: ["http://atom03.example.org/2004/01/10/hearing", "http://atom03.example.org/2004/01/11/second"]),
        FormatCase(
            path: "formats/atom10.xml", format: .atom10, title: "Atom One Policy Tracker",
            link: "https://atom10.example.org/",
            itemTitles: ["Senate committee advances chip export bill", "Agency issues guidance", "Entry with only an id"],
            itemLinks: [
                "https://atom10.example.org/2026/11/20/chips", "https://atom10.example.org/2026/11/19/guidance", nil,
            ]),
    ]

    @Test("format, feed title and link, item count, titles and links", arguments: cases)
    func formatTitleLinkAndItems(_ c: FormatCase) throws {
        let feed = try FeedFixture.parse(c.path)
        #expect(feed.format == c.format)
        #expect(feed.title == c.title)
        #expect(feed.link == c.link)
        #expect(feed.items.count == c.itemTitles.count)
        #expect(feed.items.map(\.title) == c.itemTitles)
        #expect(feed.items.map(\.link) == c.itemLinks)
    }

    @Test("RSS 0.90: channel description, image beside the channel, items with title and link only")
    func rss090() throws {
        let feed = try FeedFixture.parse("formats/rss090.rdf")
        #expect(feed.subtitle == "An RSS 0.90 channel: items and image are siblings of the channel.")
        #expect(feed.image == "http://ninety.example.com/images/logo.gif")
        for item in feed.items {
            #expect(item.guid == nil)
            #expect(item.summary == nil)
            #expect(item.published == nil)
        }
        #expect(Set(feed.items.map(\.id)).count == 3)
    }

    @Test("RSS 0.91 Netscape: DOCTYPE recognised, its HTML entities decoded, declared encoding kept")
    func rss091Netscape() throws {
        let feed = try FeedFixture.parse("formats/rss091-netscape.xml")
        #expect(feed.language == "en-us")
        #expect(feed.image == "http://digest.example.net/images/digest.gif")
        #expect(feed.subtitle == "Weekly digest in the Netscape flavour of RSS 0.91.")
        #expect(feed.encoding == "iso-8859-1")
        #expect(feed.items.first?.summary == "A group of caf\u{E9} owners filed suit on Monday.")
    }

    @Test("RSS 0.91 UserLand: lastBuildDate, language, item descriptions")
    func rss091UserLand() throws {
        let feed = try FeedFixture.parse("formats/rss091-userland.xml")
        #expect(FeedFixture.sameInstant(feed.updated, FeedFixture.utc("2000-10-30T23:56:58Z")))
        #expect(feed.language == "en-us")
        #expect(feed.items.map(\.summary) == ["Thinking about outliners again today.", "Two years of XML-RPC."])
    }

    @Test("RSS 0.92: category, enclosure, an item with only a description; <source> is not the title")
    func rss092() throws {
        let feed = try FeedFixture.parse("formats/rss092.xml")
        let first = try #require(feed.items.first)
        #expect(first.categories == ["Copyright"])
        #expect(
            first.enclosures == [
                Enclosure(url: "http://radio92.example.org/audio/12.mp3", type: "audio/mpeg", length: 12_216_320)
            ])
        #expect(first.summary == "We talk about licensing training data.")
        let second = try #require(feed.items.last)
        #expect(second.title == nil)
        #expect(second.link == nil)
        #expect(second.summary == "An item with no title and no link, only this description.")
        #expect(!second.id.isEmpty && second.id != first.id)
    }

    @Test("RSS 0.93: item pubDate and enclosure")
    func rss093() throws {
        let feed = try FeedFixture.parse("formats/rss093.xml")
        #expect(
            feed.items.map(\.published) == [
                FeedFixture.utc("2002-03-05T14:30:00Z"), FeedFixture.utc("2002-03-06T09:00:00Z"),
            ] as [Date?])
        #expect(
            feed.items.first?.enclosures == [
                Enclosure(url: "http://notes93.example.org/docs/draft.pdf", type: "application/pdf", length: 52000)
            ])
    }

    @Test("RSS 0.94: guid, author, comments, category, pubDate")
    func rss094() throws {
        let item = try #require(try FeedFixture.parse("formats/rss094.xml").items.first)
        #expect(item.guid == "journal94-2003-appeal")
        #expect(item.authors == [Author(name: "Court Clerk", email: "clerk@journal94.example.org")])
        #expect(item.comments == "http://journal94.example.org/2003/appeal#comments")
        #expect(item.categories == ["Courts"])
        #expect(item.published == FeedFixture.utc("2003-01-14T16:00:00Z"))
        #expect(item.summary == "The appeals court heard arguments on Tuesday.")
    }

    @Test("RSS 2.0: every channel and item element")
    func rss20() throws {
        let feed = try FeedFixture.parse("formats/rss20.xml")
        #expect(feed.subtitle == "RSS 2.0 with every common channel and item element.")
        #expect(feed.language == "en-gb")
        #expect(feed.updated == FeedFixture.utc("2026-11-21T10:00:00Z"))
        #expect(feed.image == "https://daily.example.com/logo.png")
        #expect(feed.generator == "Hand-written fixture 1.0")
        #expect(feed.ttl == 45)
        #expect(feed.encoding == "utf-8")

        let first = try #require(feed.items.first)
        #expect(first.summary == "The company says its model was queried at scale.")
        #expect(first.authors == [Author(name: "Sam Reporter", email: "reporter@daily.example.com")])
        #expect(first.categories == ["Distillation", "Anthropic"])
        #expect(first.comments == "https://daily.example.com/2026/11/20/distillation#comments")
        #expect(
            first.enclosures == [
                Enclosure(url: "https://daily.example.com/audio/distillation.mp3", type: "audio/mpeg", length: 3_145_728)
            ])
        #expect(first.guid == "https://daily.example.com/?p=1001")
        #expect(first.published == FeedFixture.utc("2026-11-20T08:15:00Z"))

        let second = try #require(feed.items.last)
        #expect(second.guid == "daily-omnibus-2026")
        #expect(second.published == FeedFixture.utc("2026-11-21T08:45:00Z"))
        #expect(second.authors.isEmpty)
        #expect(second.enclosures.isEmpty)
    }

    @Test("RSS 1.0: rdf:about is the guid; Dublin Core date, creator and subject; image beside the channel")
    func rss10() throws {
        let feed = try FeedFixture.parse("formats/rss10.rdf")
        #expect(feed.subtitle == "RSS 1.0: items outside the channel, ids in rdf:about.")
        #expect(feed.language == "de")
        #expect(feed.image == "http://rdf.example.org/logo.png")
        let first = try #require(feed.items.first)
        #expect(first.guid == "http://rdf.example.org/items/1")
        #expect(first.authors == [Author(name: "Anna Schmidt")])
        #expect(first.published == FeedFixture.utc("2026-11-18T11:00:00Z"))
        #expect(first.categories == ["Privacy"])
        #expect(first.summary == "The board imposed a fine of 15 million euros.")
        let second = try #require(feed.items.last)
        #expect(second.guid == "http://rdf.example.org/items/2")
        #expect(second.published == FeedFixture.utc("2026-11-19T00:00:00Z"))
    }

    @Test("Atom 0.3: tagline, modified, issued, person url, escaped content")
    func atom03() throws {
        let feed = try FeedFixture.parse("formats/atom03.xml")
        #expect(feed.subtitle == "An Atom 0.3 feed, as blogs wrote them in 2004")
        #expect(feed.updated == FeedFixture.utc("2004-01-10T18:30:02Z"))
        #expect(feed.generator == "LogTool")
        let first = try #require(feed.items.first)
        #expect(first.guid == "tag:atom03.example.org,2004:entry-1")
        #expect(first.published == FeedFixture.utc("2004-01-10T12:29:29Z"))
        #expect(first.updated == FeedFixture.utc("2004-01-10T18:30:02Z"))
        #expect(
            first.authors == [
                Author(
                    name: "Mark Writer", email: "mark@atom03.example.org", uri: "http://atom03.example.org/about/mark")
            ])
        #expect(first.summary == "Committee hears testimony on the data bill.")
        #expect(first.content == "The committee heard four witnesses.")
        #expect(feed.items.last?.guid == "tag:atom03.example.org,2004:entry-2")
    }

    @Test("Atom 1.0: self and alternate links, icon, authors, categories, text constructs")
    func atom10() throws {
        let feed = try FeedFixture.parse("formats/atom10.xml")
        #expect(feed.subtitle == "Rules, bills and enforcement")
        #expect(feed.selfLink == "https://atom10.example.org/feed.atom")
        #expect(feed.updated == FeedFixture.utc("2026-11-21T09:30:00Z"))
        #expect(feed.generator == "TrackerGen")
        #expect(feed.image == "https://atom10.example.org/icon.png")

        let first = try #require(feed.items.first)
        #expect(first.guid == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a")
        #expect(first.published == FeedFixture.utc("2026-11-20T14:30:00Z"))
        #expect(first.updated == FeedFixture.utc("2026-11-20T16:00:00Z"))
        #expect(
            first.authors == [
                Author(
                    name: "Jordan Ellis", email: "jordan@atom10.example.org",
                    uri: "https://atom10.example.org/staff/jordan"),
                Author(name: "Second Author"),
            ])
        #expect(first.categories == ["export-controls", "us"])
        #expect(first.summary == "The bill moves to the floor.")
        #expect(first.content == "The committee voted 14\u{2013}9 to advance the bill.")

        let second = feed.items[1]
        #expect(second.summary == "Guidance on model evaluations.")
        #expect(second.updated == FeedFixture.utc("2026-11-19T16:12:00Z"))

        let third = try #require(feed.items.last)
        #expect(third.guid == "tag:atom10.example.org,2026:no-link")
    }

    @Test("item.feed is the feed id, else the URL, else the source")
    func itemFeedKey() throws {
        let byID = try FeedFixture.parse("formats/rss20.xml", url: "https://daily.example.com/rss", feedID: "daily")
        #expect(byID.items.allSatisfy { $0.feed == "daily" })
        let byURL = try FeedFixture.parse("formats/rss20.xml", url: "https://daily.example.com/rss")
        #expect(byURL.items.allSatisfy { $0.feed == "https://daily.example.com/rss" })
        let bySource = try FeedFixture.parse("formats/rss20.xml")
        #expect(bySource.items.allSatisfy { $0.feed == "formats/rss20.xml" })
        // Ids are per feed: the same guid in two feeds is two items.
        #expect(Set(byID.items.map(\.id)).isDisjoint(with: byURL.items.map(\.id)))
    }
}
