import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Titles, summaries and contents become plain text: HTML parsed (tags gone, entities
/// decoded, scripts dropped), whitespace collapsed; Atom's text/html/xhtml types and
/// Atom 0.3's escaped and base64 modes.
@Suite("FeedParser text")
struct FeedParserTextTests {
    static let rssSummaries: [(title: String, summary: String)] = [
        ("escaped-html", "Hello & welcome to the hearing."),
        ("cdata-html", "In CDATA & with a caf\u{E9} \u{2014} and\u{A0}more."),
        ("whitespace", "Line one line two"),
        ("plain-text-with-ampersand", "Fish & chips for 2 < 3 people"),
    ]

    @Test("RSS description HTML (escaped or CDATA) becomes plain text", arguments: rssSummaries)
    func rssDescription(title: String, summary: String) throws {
        let feed = try FeedFixture.parse("text/html-rss.xml")
        let item = try FeedFixture.item(feed, titled: title)
        if title == "cdata-html" {
            // A no-break space may be kept or turned into a space; nothing else may differ.
            #expect([summary, summary.replacingOccurrences(of: "\u{A0}", with: " ")].contains(item.summary ?? ""),
                "got \(item.summary ?? "nil")")
        } else {
            #expect(item.summary == summary)
        }
    }

    @Test("content:encoded: block elements become spaces; script and style are dropped")
    func blocksScriptsAndStyles() throws {
        let feed = try FeedFixture.parse("text/html-rss.xml")
        let item = try FeedFixture.item(feed, titled: "blocks-and-script")
        let content = try #require(item.content)
        #expect(!content.contains("alert"))
        #expect(!content.contains("tracking"))
        #expect(!content.contains("color"))
        #expect(!content.contains("<"))
        #expect(content == "Heading First paragraph. one two")
    }

    @Test("an RSS title that is HTML becomes plain text")
    func htmlTitle() throws {
        let feed = try FeedFixture.parse("text/html-rss.xml")
        #expect(feed.items.last?.title == "Title with bold & markup")
    }

    @Test("Atom type=text keeps markup characters literally; collapses whitespace")
    func atomText() throws {
        let feed = try FeedFixture.parse("text/atom-types.atom")
        let item = try #require(feed.items.first { $0.guid == "tag:types.example.org,2026:text" })
        #expect(item.title == "AT&T <b> is not a tag here")
        #expect(item.summary == "1 < 2 and 3 > 2")
    }

    @Test("Atom type=html is unescaped, then converted to plain text")
    func atomHTML() throws {
        let feed = try FeedFixture.parse("text/atom-types.atom")
        #expect(feed.title == "Atom text constructs")
        let item = try #require(feed.items.first { $0.guid == "tag:types.example.org,2026:html" })
        #expect(item.title == "Bold & escaped")
        #expect(item.content == "Para link \u{E9}t\u{E9}")
    }

    @Test("Atom type=xhtml: the inline div's text, its escaped characters decoded once")
    func atomXHTML() throws {
        let feed = try FeedFixture.parse("text/atom-types.atom")
        let item = try #require(feed.items.first { $0.guid == "tag:types.example.org,2026:xhtml" })
        #expect(item.title == "Bold & inline")
        #expect(item.content == "XHTML content with 1 < 2. Second paragraph.")
    }

    static let atom03Modes: [(title: String, content: String)] = [
        ("escaped", "Escaped HTML content"),
        ("base64", "Base64 HTML body & more"),
        ("xml", "Inline XHTML content"),
    ]

    @Test("Atom 0.3 content modes: escaped, base64, xml", arguments: atom03Modes)
    func atom03Mode(title: String, content: String) throws {
        let feed = try FeedFixture.parse("text/atom03-modes.xml")
        #expect(feed.format == .atom03)
        #expect(try FeedFixture.item(feed, titled: title).content == content)
    }

    @Test("Atom 0.3 mode=escaped type=text/html title")
    func atom03EscapedTitle() throws {
        #expect(try FeedFixture.parse("text/atom03-modes.xml").title == "Atom 0.3 modes")
    }

    @Test("keepMarkup keeps the item's HTML in contentHTML, and only then")
    func keepMarkup() throws {
        var options = FeedParserOptions()
        options.keepMarkup = true
        let kept = try FeedFixture.parse("namespaces/content-encoded.xml", options: options)
        let html = try #require(try FeedFixture.item(kept, titled: "Full text item").contentHTML)
        #expect(html.contains("<strong>full</strong>"))
        let plain = try FeedFixture.parse("namespaces/content-encoded.xml")
        #expect(try FeedFixture.item(plain, titled: "Full text item").contentHTML == nil)
    }
}
