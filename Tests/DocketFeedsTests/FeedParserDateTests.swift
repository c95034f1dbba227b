import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Dates as they arrive inside feeds: one fixture with an item per dialect (RSS pubDate and
/// dc:date), and Atom's published/updated. Every instant is checked in UTC; a date that
/// cannot be read is nil.
@Suite("FeedParser dates")
struct FeedParserDateTests {
    /// Item title in `dates/dialects.xml` → expected UTC instant (nil: unreadable).
    static let dialects: [(name: String, utc: String?)] = [
        ("rfc822-full", "2004-01-01T19:48:21Z"),
        ("rfc822-no-dayname", "2004-01-01T19:48:21Z"),
        ("rfc822-no-seconds", "2004-01-01T19:48:00Z"),
        ("rfc822-two-digit-year", "2004-01-01T19:48:21Z"),
        ("rfc822-one-digit-day", "2004-04-05T10:00:00Z"),
        ("zone-EST", "2004-01-26T21:31:00Z"),
        ("zone-EDT", "2004-06-26T20:31:00Z"),
        ("zone-CST", "2004-01-26T22:31:00Z"),
        ("zone-MST", "2004-01-26T23:31:00Z"),
        ("zone-PST", "2004-01-27T00:31:00Z"),
        ("zone-PDT", "2003-06-10T16:41:01Z"),
        ("zone-UT", "2004-01-01T19:48:21Z"),
        ("zone-Z", "2004-01-01T19:48:21Z"),
        // Military letters with RFC 822's signs (A = -1 h, N = +1 h, Y = +12 h), as feedparser reads them.
        ("zone-military-A", "2004-01-01T20:48:21Z"),
        ("zone-military-N", "2004-01-01T18:48:21Z"),
        ("zone-military-Y", "2004-01-01T07:48:21Z"),
        ("offset-minus-0800", "2004-01-02T03:48:21Z"),
        ("offset-plus-0530", "2004-01-01T14:18:21Z"),
        ("no-zone", "2004-01-01T19:48:21Z"),
        ("iso-utc", "2003-12-31T10:14:55Z"),
        ("iso-fraction", "2007-04-23T13:25:47.538Z"),
        ("iso-offset-minus", "2003-12-31T18:14:55Z"),
        ("iso-offset-plus", "2003-12-31T10:14:55Z"),
        ("iso-compact-offset", "2003-12-31T18:14:55Z"),
        ("iso-space", "2004-07-08T23:56:58Z"),
        ("iso-date-only", "2003-12-31T00:00:00Z"),
        ("iso-year-month", "2003-12-01T00:00:00Z"),
        ("broken-month", nil),
        ("broken-words", nil),
        ("broken-iso", nil),
        ("broken-day", nil),
    ]

    @Test("each dialect's item has the right UTC instant, or nil", arguments: dialects)
    func dialect(name: String, utc: String?) throws {
        let feed = try FeedFixture.parse("dates/dialects.xml")
        let item = try FeedFixture.item(feed, titled: name)
        let expected = utc.map(FeedFixture.utc)
        #expect(
            FeedFixture.sameInstant(item.published, expected),
            "\(name): got \(item.published.map { ISO8601.string(from: $0) } ?? "nil"), expected \(utc ?? "nil")")
    }

    @Test("every dialect in the fixture is in the table, and no item is lost")
    func tableCoversFixture() throws {
        let feed = try FeedFixture.parse("dates/dialects.xml")
        #expect(feed.items.map(\.title) == Self.dialects.map(\.name))
        #expect(feed.updated == FeedFixture.utc("2026-11-21T09:00:00Z"))
    }

    @Test("Atom published and updated, with fractions and offsets; broken ones are nil")
    func atomDates() throws {
        let feed = try FeedFixture.parse("dates/atom-dates.atom")
        #expect(FeedFixture.sameInstant(feed.updated, FeedFixture.utc("2026-11-21T09:30:00.250Z")))

        let both = try FeedFixture.item(feed, titled: "published and updated differ")
        #expect(FeedFixture.sameInstant(both.published, FeedFixture.utc("2026-11-21T04:59:59Z")))
        #expect(FeedFixture.sameInstant(both.updated, FeedFixture.utc("2026-11-21T06:00:00.500Z")))

        let updatedOnly = try FeedFixture.item(feed, titled: "updated only")
        #expect(updatedOnly.updated == FeedFixture.utc("2026-02-27T22:00:00Z"))

        let broken = try FeedFixture.item(feed, titled: "broken dates")
        #expect(broken.published == nil)
        #expect(broken.updated == nil)
    }
}
