import DocketFeeds
import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct AtomTests {
    let options = AtomFeedOptions(
        id: AtomFeedWriter.uuidURN("docket:allegations-feed:test"), selfURL: "https://briefs.example/allegations.atom",
        siteURL: "https://briefs.example/", emptyFeedUpdated: Sample.date("2026-01-01"))

    func feed(_ allegations: [Allegation] = Sample.allegations, items: [Item] = Sample.items) throws -> String {
        let lookup = Sample.Lookup(items)
        return try AtomFeedWriter.allegations(allegations, companies: Sample.companies, feeds: Sample.feeds, options: options) {
            lookup($0)
        }
    }

    @Test func feedMatchesTheGoldenFile() throws {
        try Golden.check(try feed(), "allegations.atom")
    }

    @Test func docketsOwnParserReadsItBack() throws {
        let xml = try feed()
        let parsed = try FeedParser.parse(Array(xml.utf8), source: "allegations.atom", url: "https://briefs.example/allegations.atom")
        #expect(parsed.format == .atom10)
        #expect(parsed.title == "Docket: confirmed allegations")
        #expect(parsed.selfLink == "https://briefs.example/allegations.atom")
        #expect(parsed.link == "https://briefs.example/")
        #expect(parsed.updated == Sample.date("2026-11-27T16:00:00Z"))
        #expect(parsed.problemCount == 0)
        // Confirmed and later statuses only; newest first.
        #expect(parsed.items.map(\.guid) == [
            AtomFeedWriter.entryID(forAllegation: "a-meta-copyright"), AtomFeedWriter.entryID(forAllegation: "a-distill-alibaba"),
            AtomFeedWriter.entryID(forAllegation: "a-old"),
        ])
        let alibaba = parsed.items[1]
        #expect(alibaba.title == "Anthropic accuses Alibaba of distillation")
        #expect(alibaba.link == "https://policy.example/alibaba-denies")
        #expect(alibaba.updated == Sample.date("2026-11-26T09:00:00Z"))
        #expect(alibaba.published == Sample.date("2026-11-24T09:00:00Z"))
        #expect(alibaba.summary?.hasPrefix("Status: confirmed. Products: Claude, Qwen.") == true)
        #expect(alibaba.categories.contains("distillation"))
        let meta = parsed.items[0]
        #expect(meta.title == "Authors Guild accuses Meta of copyright infringement")
        #expect(meta.summary?.hasPrefix("Status: upheld.") == true)
    }

    @Test func entryIDsAreStableURNs() throws {
        let id = AtomFeedWriter.entryID(forAllegation: "a-distill-alibaba")
        #expect(id == AtomFeedWriter.entryID(forAllegation: "a-distill-alibaba"))
        #expect(id != AtomFeedWriter.entryID(forAllegation: "a-distill-deepseek"))
        let uuid = String(id.dropFirst("urn:uuid:".count))
        #expect(id.hasPrefix("urn:uuid:") && UUID(uuidString: uuid) != nil)
        #expect(Array(uuid)[14] == "8")  // version 8
        #expect("89ab".contains(Array(uuid)[19]))  // RFC 9562 variant
        #expect(try feed() == (try feed(Sample.allegations.reversed())))
    }

    @Test func hostileTextStaysText() throws {
        var allegations = Sample.allegations
        allegations[0].summary = "</summary><script>alert(1)</script>]]> & \u{0007}"
        allegations[0].category = "x\"/><link href=\"javascript:alert(1)\""
        var items = Sample.items
        items[0].link = "javascript:alert(1)"
        items[0].title = "<b>bold</b>"
        let xml = try feed(allegations, items: items)
        #expect(!xml.contains("<script>") && !xml.contains("href=\"javascript") && !xml.contains("\u{0007}"))
        #expect(!xml.contains("<link href"))
        let parsed = try FeedParser.parse(Array(xml.utf8), source: "hostile.atom")
        #expect(parsed.problemCount == 0)
        let alibaba = try #require(parsed.items.first { $0.guid == AtomFeedWriter.entryID(forAllegation: "a-distill-alibaba") })
        #expect(alibaba.summary?.contains("</summary><script>alert(1)</script>]]> &") == true)
        #expect(alibaba.link == "https://policy.example/alibaba-denies")
    }

    @Test func emptyFeedIsStillValidAndDated() throws {
        let xml = try feed(Sample.allegations.filter { $0.status == .candidate })
        let parsed = try FeedParser.parse(Array(xml.utf8), source: "empty.atom")
        #expect(parsed.items.isEmpty)
        #expect(parsed.updated == Sample.date("2026-01-01"))
        #expect(xml.contains("<id>urn:uuid:"))
    }
}
