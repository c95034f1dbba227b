import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// The extension namespaces Docket reads (Dublin Core, content, Atom in RSS, Media RSS,
/// iTunes, syndication), and foreign namespaces it must ignore.
@Suite("FeedParser namespaces")
struct FeedParserNamespaceTests {
    @Test("Dublin Core: dc:title, dc:description, dc:creator, dc:date, dc:subject, dc:language")
    func dublinCore() throws {
        let feed = try FeedFixture.parse("namespaces/dublincore.xml")
        #expect(feed.title == "Dublin Core Channel")
        #expect(feed.subtitle == "A channel described only with Dublin Core.")
        #expect(feed.language == "fr")
        #expect(feed.items.count == 2)

        let dcOnly = try FeedFixture.item(feed, titled: "Only Dublin Core here")
        #expect(dcOnly.summary == "Described by dc:description.")
        #expect(dcOnly.authors == [Author(name: "Jane Roe")])
        #expect(dcOnly.published == FeedFixture.utc("2026-03-04T05:06:07Z"))
        #expect(dcOnly.categories == ["Policy", "Safety"])

        let mixed = try FeedFixture.item(feed, titled: "Core and Dublin Core together")
        #expect(mixed.authors == [Author(name: "John Doe"), Author(name: "Mary Major")])
        #expect(mixed.summary == "Core description.")
        // pubDate is the publication date; dc:date does not override it, and is not lost.
        #expect(mixed.published == FeedFixture.utc("2026-03-04T10:00:00Z"))
        #expect(mixed.updated == FeedFixture.utc("2026-03-05T00:00:00Z"))
    }

    @Test("content:encoded is the content; description stays the summary")
    func contentEncoded() throws {
        let feed = try FeedFixture.parse("namespaces/content-encoded.xml")
        let full = try FeedFixture.item(feed, titled: "Full text item")
        #expect(full.summary == "Short teaser.")
        #expect(full.content == "The full story, in HTML. Second paragraph.")
        let escaped = try FeedFixture.item(feed, titled: "Escaped full text")
        #expect(escaped.content == "Escaped markup here.")
    }

    @Test("atom:link rel=self in RSS 2.0 is the self link, never the site link")
    func atomLinkInRSS() throws {
        let feed = try FeedFixture.parse("namespaces/atom-in-rss.xml")
        #expect(feed.format == .rss20)
        #expect(feed.selfLink == "https://rss-atom.example.org/feed.xml")
        #expect(feed.link == "https://rss-atom.example.org/")
        #expect(feed.items.first?.link == "https://rss-atom.example.org/items/1")
        #expect(feed.items.first?.guid == "rss-atom-1")
    }

    @Test("Atom link relations: alternate is the link, enclosure an enclosure, self and related neither")
    func atomLinkRelations() throws {
        let feed = try FeedFixture.parse("namespaces/atom-links.atom")
        #expect(feed.link == "https://links.example.org/")
        #expect(feed.selfLink == "https://links.example.org/feed.atom")

        let episode = try FeedFixture.item(feed, titled: "Podcast episode")
        #expect(episode.link == "https://links.example.org/ep1")
        #expect(
            episode.enclosures == [
                Enclosure(url: "https://links.example.org/audio/ep1.mp3", type: "audio/mpeg", length: 1337),
                Enclosure(url: "https://links.example.org/docs/ep1.pdf", type: "application/pdf", length: nil),
            ])

        let noRel = try FeedFixture.item(feed, titled: "Link without rel")
        #expect(noRel.link == "https://links.example.org/ep2")
        #expect(noRel.enclosures.isEmpty)
    }

    @Test("media:content and media:thumbnail, alone and in media:group")
    func mediaRSS() throws {
        let feed = try FeedFixture.parse("namespaces/media.xml")
        #expect(feed.items.count == 3)

        let video = try FeedFixture.item(feed, titled: "Video report")
        #expect(
            video.enclosures == [
                Enclosure(url: "https://media.example.org/video/1.mp4", type: "video/mp4", length: 7_340_032)
            ])
        #expect(video.thumbnails == ["https://media.example.org/video/1.jpg"])
        #expect(video.categories == ["Hearings", "senate", "testimony"])

        // No <title> or <description>: the group's media:title and media:description stand in.
        let grouped = try #require(feed.items.first { $0.link == "https://media.example.org/video/2" })
        #expect(grouped.title == "Grouped renditions")
        #expect(grouped.summary == "Three renditions of one clip.")
        #expect(
            grouped.enclosures == [
                Enclosure(url: "https://media.example.org/video/2-hd.mp4", type: "video/mp4", length: 9_000_000),
                Enclosure(url: "https://media.example.org/video/2-sd.mp4", type: "video/mp4", length: 3_000_000),
            ])
        #expect(grouped.thumbnails == ["https://media.example.org/video/2.jpg"])

        // An RSS enclosure wins over media:content; image media:content become thumbnails.
        let photo = try FeedFixture.item(feed, titled: "Photo item")
        #expect(
            photo.enclosures == [Enclosure(url: "https://media.example.org/audio/3.mp3", type: "audio/mpeg", length: 1000)]
        )
        #expect(photo.thumbnails == ["https://media.example.org/photo/3.jpg", "https://media.example.org/photo/3.png"])
    }

    @Test("iTunes: author, summary, image, category, keywords")
    func iTunes() throws {
        let feed = try FeedFixture.parse("namespaces/itunes.xml")
        #expect(feed.image == "https://pod.example.org/art.jpg")
        let episode = try #require(feed.items.first)
        #expect(episode.authors == [Author(name: "Alex Host")])
        #expect(episode.summary == "We explain model distillation.")
        #expect(episode.thumbnails == ["https://pod.example.org/1.jpg"])
        #expect(episode.categories == ["Technology", "ai", "distillation", "policy"])
        #expect(
            episode.enclosures == [Enclosure(url: "https://pod.example.org/1.mp3", type: "audio/mpeg", length: 40_000_000)])
    }

    @Test("sy:updatePeriod hourly with sy:updateFrequency 2 is every 30 minutes")
    func syndication() throws {
        let feed = try FeedFixture.parse("namespaces/syndication.rdf")
        #expect(feed.format == .rss10)
        #expect(feed.updateInterval == 1800)
        #expect(feed.ttl == nil)
    }

    @Test("RSS ttl; sy:updatePeriod weekly without a frequency")
    func ttl() throws {
        let feed = try FeedFixture.parse("namespaces/ttl.xml")
        #expect(feed.ttl == 90)
        #expect(feed.updateInterval == 7 * 86_400)
    }

    @Test("elements of an unknown namespace never override the real ones of the same local name")
    func foreignNamespaceClash() throws {
        let feed = try FeedFixture.parse("namespaces/foreign-clash.xml")
        #expect(feed.title == "Right channel title")
        #expect(feed.link == "https://right.example.com/")
        let item = try #require(feed.items.first)
        #expect(feed.items.count == 1)
        #expect(item.title == "Right item title")
        #expect(item.link == "https://right.example.com/item")
        #expect(item.summary == "Right description")
        #expect(item.guid == "right-guid")
        #expect(item.published == FeedFixture.utc("2026-11-21T12:00:00Z"))
        #expect(item.authors.isEmpty)
        #expect(!FeedFixture.everything(feed).contains("WRONG"))
    }

    @Test("a feed that binds the Atom namespace to a prefix (atom:feed)")
    func prefixedAtom() throws {
        let feed = try FeedFixture.parse("namespaces/prefixed-atom.xml")
        #expect(feed.format == .atom10)
        #expect(feed.title == "Prefixed Atom feed")
        #expect(feed.link == "https://prefixed.example.org/")
        #expect(feed.selfLink == "https://prefixed.example.org/feed")
        #expect(feed.updated == FeedFixture.utc("2026-11-21T00:00:00Z"))
        let entry = try #require(feed.items.first)
        #expect(feed.items.count == 1)
        #expect(entry.title == "Prefixed entry")
        #expect(entry.link == "https://prefixed.example.org/1")
        #expect(entry.guid == "tag:prefixed.example.org,2026:1")
        #expect(entry.updated == FeedFixture.utc("2026-11-21T01:02:03Z"))
        #expect(entry.authors == [Author(name: "Pat Prefix")])
        #expect(entry.summary == "Every element carries the atom: prefix.")
    }
}
