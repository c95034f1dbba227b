import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Bytes that are not a feed at all get a plain "not a feed" error naming the source.
@Suite("FeedParser not a feed")
struct FeedParserNotAFeedTests {
    static let cases: [(path: String, what: FeedParseError.NotAFeed)] = [
        ("notafeed/page.html", .html),
        ("notafeed/legacy-page.html", .html),
        ("notafeed/xhtml-page.xhtml", .html),
        ("notafeed/feed.json", .json),
        ("notafeed/array.json", .json),
        ("notafeed/empty.xml", .empty),
        ("notafeed/whitespace.xml", .empty),
        ("notafeed/plain.txt", .text),
        ("notafeed/subscriptions.opml", .opml),
        ("notafeed/image.svg", .otherXML(root: "svg")),
    ]

    @Test("the error says what the bytes are, and names the source", arguments: cases)
    func notAFeed(path: String, what: FeedParseError.NotAFeed) throws {
        let error = FeedFixture.error { try FeedFixture.parse(path) }
        #expect(error == .notAFeed(source: path, what: what))
        #expect(error?.source == path)
    }

    @Test("the description is one line, names the source and says 'not a feed'", arguments: cases)
    func description(path: String, what: FeedParseError.NotAFeed) throws {
        let source = "https://example.org/\(path)"
        let error = try #require(FeedFixture.error { try FeedParser.parse(FeedFixture.data(path), source: source) })
        let text = error.description
        #expect(!text.contains("\n") && !text.contains("\r"))
        #expect(text.contains(source))
        #expect(text.contains("not a feed"))
        #expect(String(describing: error) == text)
    }

    @Test("an HTML page served as text/html is still an HTML page, pushed in small chunks too")
    func htmlInChunks() throws {
        let bytes = try FeedFixture.bytes("notafeed/page.html")
        let error = FeedFixture.error {
            try FeedFixture.parseInChunks(bytes, chunkSize: 5, source: "page", contentType: "text/html; charset=utf-8")
        }
        #expect(error == .notAFeed(source: "page", what: .html))
    }

    @Test("an empty push sequence is an empty body")
    func nothingPushed() throws {
        let parser = FeedParser(source: "nothing")
        let error = FeedFixture.error { try parser.finish() }
        #expect(error == .notAFeed(source: "nothing", what: .empty))
    }
}
