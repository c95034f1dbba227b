import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// Encodings: from the byte-order mark, the HTTP charset (which wins), the UTF-16 byte
/// pattern, the XML declaration, then UTF-8 with windows-1252 for bytes that are not UTF-8.
/// The fixtures' bytes were generated once with Python's codecs and are committed as bytes.
@Suite("FeedParser encodings")
struct FeedParserEncodingTests {
    struct EncodingCase: Sendable, CustomTestStringConvertible {
        var path: String
        var contentType: String?
        var feedTitle: String
        var itemTitle: String
        var summary: String
        /// The encoding `ParsedFeed.encoding` must report; nil: not checked.
        var encoding: String?
        var testDescription: String { contentType.map { "\(path) (\($0))" } ?? path }
    }

    static let utf16Title = "UTF-16 \u{2014} Gr\u{FC}\u{DF}e \u{65E5}\u{672C}"
    static let utf16Summary = "\u{416}\u{443}\u{440}\u{43D}\u{430}\u{43B} \u{1F600}"

    static let cases: [EncodingCase] = [
        EncodingCase(
            path: "encodings/cp1252-undeclared.xml", feedTitle: "Windows-1252 without a declaration",
            itemTitle: "\u{201C}Smart quotes\u{201D} \u{2013} it\u{2019}s caf\u{E9} \u{20AC}100",
            summary: "Ellipsis\u{2026} and \u{160}koda \u{2122}"),
        EncodingCase(
            path: "encodings/latin1-declared.xml", feedTitle: "Latin-1 d\u{E9}clar\u{E9}",
            itemTitle: "Caf\u{E9} cr\u{E8}me \u{BD} price \u{A3}5", summary: "Gr\u{FC}\u{DF}e aus K\u{F6}ln \u{A9}",
            encoding: "iso-8859-1"),
        EncodingCase(
            path: "encodings/utf8-with-cp1252.xml", feedTitle: "UTF-8 with stray bytes",
            itemTitle: "na\u{EF}ve it\u{2019}s caf\u{E9}", summary: "\u{2014} ok \u{201C}quoted\u{201D}",
            encoding: "utf-8"),
        EncodingCase(
            path: "encodings/utf16le-bom.xml", feedTitle: "UTF-16 feed", itemTitle: utf16Title, summary: utf16Summary,
            encoding: "utf-16le"),
        EncodingCase(
            path: "encodings/utf16be-bom.xml", feedTitle: "UTF-16 feed", itemTitle: utf16Title, summary: utf16Summary,
            encoding: "utf-16be"),
        EncodingCase(
            path: "encodings/utf16le-nobom.xml", feedTitle: "UTF-16 feed", itemTitle: utf16Title,
            summary: utf16Summary, encoding: "utf-16le"),
        EncodingCase(
            path: "encodings/utf16be-nobom.xml", feedTitle: "UTF-16 feed", itemTitle: utf16Title,
            summary: utf16Summary, encoding: "utf-16be"),
        EncodingCase(
            path: "encodings/shift_jis.xml",
            feedTitle: "\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30D5}\u{30A3}\u{30FC}\u{30C9}",
            itemTitle: "\u{898F}\u{5236}\u{306B}\u{95A2}\u{3059}\u{308B}\u{30CB}\u{30E5}\u{30FC}\u{30B9}",
            summary: "\u{30BD}\u{30D5}\u{30C8}\u{8868}\u{793A}\u{3068}\u{6F22}\u{5B57}", encoding: "shift_jis"),
        EncodingCase(
            path: "encodings/koi8-r.xml", feedTitle: "\u{41D}\u{43E}\u{432}\u{43E}\u{441}\u{442}\u{438}",
            itemTitle: "\u{420}\u{435}\u{433}\u{443}\u{43B}\u{438}\u{440}\u{43E}\u{432}\u{430}\u{43D}\u{438}\u{435} \u{418}\u{418}",
            summary: "\u{41F}\u{440}\u{438}\u{432}\u{435}\u{442}, \u{43C}\u{438}\u{440}", encoding: "koi8-r"),
        // The HTTP charset wins over the document's (false) declaration of iso-8859-1.
        EncodingCase(
            path: "encodings/http-charset-wins.xml", contentType: "application/rss+xml; charset=windows-1251",
            feedTitle: "\u{417}\u{430}\u{43A}\u{43E}\u{43D} \u{43E}\u{431} \u{418}\u{418}",
            itemTitle: "\u{421}\u{443}\u{434} \u{438} \u{434}\u{430}\u{43D}\u{43D}\u{44B}\u{435}",
            summary: "\u{422}\u{435}\u{43A}\u{441}\u{442}", encoding: "windows-1251"),
        EncodingCase(
            path: "encodings/http-charset-wins.xml", contentType: "text/xml;charset=\"Windows-1251\"",
            feedTitle: "\u{417}\u{430}\u{43A}\u{43E}\u{43D} \u{43E}\u{431} \u{418}\u{418}",
            itemTitle: "\u{421}\u{443}\u{434} \u{438} \u{434}\u{430}\u{43D}\u{43D}\u{44B}\u{435}",
            summary: "\u{422}\u{435}\u{43A}\u{441}\u{442}", encoding: "windows-1251"),
        // HTTP says UTF-8 for a Latin-1 document: its bytes are not UTF-8 and fall back to windows-1252.
        EncodingCase(
            path: "encodings/latin1-declared.xml", contentType: "text/xml; charset=utf-8",
            feedTitle: "Latin-1 d\u{E9}clar\u{E9}", itemTitle: "Caf\u{E9} cr\u{E8}me \u{BD} price \u{A3}5",
            summary: "Gr\u{FC}\u{DF}e aus K\u{F6}ln \u{A9}", encoding: "utf-8"),
        // An HTTP charset nobody knows is ignored: the declaration decides.
        EncodingCase(
            path: "encodings/koi8-r.xml", contentType: "application/xml; charset=x-no-such-charset",
            feedTitle: "\u{41D}\u{43E}\u{432}\u{43E}\u{441}\u{442}\u{438}",
            itemTitle: "\u{420}\u{435}\u{433}\u{443}\u{43B}\u{438}\u{440}\u{43E}\u{432}\u{430}\u{43D}\u{438}\u{435} \u{418}\u{418}",
            summary: "\u{41F}\u{440}\u{438}\u{432}\u{435}\u{442}, \u{43C}\u{438}\u{440}", encoding: "koi8-r"),
    ]

    @Test("decoded text and reported encoding", arguments: cases)
    func decode(_ c: EncodingCase) throws {
        let feed = try FeedFixture.parse(c.path, contentType: c.contentType)
        #expect(feed.title == c.feedTitle)
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.title == c.itemTitle)
        #expect(feed.items.first?.summary == c.summary)
        #expect(feed.items.first?.link == "https://enc.example.org/1")
        if let encoding = c.encoding { #expect(feed.encoding == encoding) }
        #expect(!FeedFixture.everything(feed).contains("\u{FFFD}"))
    }

    @Test("without the HTTP charset, the false declaration is believed (so the header made the difference)")
    func declarationWithoutHeader() throws {
        let feed = try FeedFixture.parse("encodings/http-charset-wins.xml")
        #expect(feed.encoding == "iso-8859-1")
        #expect(feed.title != "\u{417}\u{430}\u{43A}\u{43E}\u{43D} \u{43E}\u{431} \u{418}\u{418}")
        #expect(feed.items.count == 1)
    }

    @Test("each encoding fixture pushed one byte at a time reads the same", arguments: cases)
    func oneByteChunks(_ c: EncodingCase) throws {
        let whole = try FeedFixture.parse(c.path, contentType: c.contentType)
        let chunked = try FeedFixture.parseInChunks(
            FeedFixture.bytes(c.path), chunkSize: 1, source: c.path, contentType: c.contentType)
        #expect(chunked.items == whole.items)
        #expect(chunked.title == whole.title)
        #expect(chunked.encoding == whole.encoding)
    }
}
