import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

/// What `fuzz-feed-parser` (Fuzz/, `make fuzz`) found, kept so that it stays fixed. Its inputs
/// are a settings byte and a document; the documents are fixtures under `Fixtures/feeds/fuzz/`
/// (which seed every later fuzzing run too), the settings are spelled out in each test.
@Suite("FeedParser fuzz regressions")
struct FeedParserFuzzRegressionTests {
    /// Found by the target's whole-versus-chunks mode (settings byte 3: the same bytes whole and
    /// in chunks of 1 to 64 must give the same feed). A chunk that ended inside a reference in
    /// an attribute (`url="…?x=1&am` | `p;y=0"`) sent the tag's start, and the text before it,
    /// to libxml2 twice: the item gained a second, truncated enclosure (`…?x=1`) when
    /// `docket update` pushed the bytes as they arrived. (Past the first 1 KB: the charset is
    /// sniffed from that much, pushed as one.)
    @Test("a reference in an attribute cut by a chunk's end is read once, in chunks of 1 to 64 bytes")
    func attributeReferenceSplit() throws {
        let path = "fuzz/attribute-reference-split.xml"
        let bytes = try FeedFixture.bytes(path)
        let whole = try FeedFixture.parse(path)
        #expect(whole.items.map { $0.enclosures.map(\.url) } == (0..<20).map { ["https://e.org/a?x=1&y=\($0)"] })
        for size in 1...64 {
            let chunked = try FeedFixture.parseInChunks(bytes, chunkSize: size, source: path)
            #expect(chunked.items == whole.items, "chunks of \(size)")
            #expect(chunked.title == "T & U", "chunks of \(size)")
        }
    }

    /// Found while timing big inputs through the target's chunked modes: a tag held back across
    /// chunks (so that a document cut off inside it drops it whole) was read again from its
    /// start with every chunk, so a 5 MB attribute in 512-byte chunks took minutes (quadratic
    /// up to the 1 MB hold limit). An XML declaration without its `?>` was carried the same
    /// way, without a limit. Now each byte is read once: chunked costs what whole does.
    @Test("a long tag or XML declaration arriving in small chunks is read once", arguments: ["tag", "declaration"])
    func longConstructInSmallChunks(kind: String) throws {
        let filler = String(repeating: "a", count: 512 * 1024)
        let start = "<rss version=\"2.0\"><channel><title>T</title><item><title>x</title>"
        let head = kind == "tag"
            ? "<?xml version=\"1.0\"?>\n\(start)<enclosure url=\"https://e.org/\(filler)\" length=\"1\"/>"
            : "<?xml version=\"1.0\" x=\"\(filler)\"?>\n\(start)"
        let bytes = Array((head + "<guid>g</guid></item></channel></rss>\n").utf8)

        let clock = ContinuousClock()
        var whole: ParsedFeed?
        let wholeTime = try clock.measure { whole = try FeedParser.parse(bytes, source: kind) }
        var chunked: ParsedFeed?
        let chunkedTime = try clock.measure {
            chunked = try FeedFixture.parseInChunks(bytes, chunkSize: 64, source: kind)
        }
        let w = try #require(whole), c = try #require(chunked)
        #expect(c.items == w.items)
        #expect(c.items.map(\.title) == ["x"])
        if kind == "tag" {
            #expect(c.items.first?.enclosures.first?.url.count == "https://e.org/".count + filler.count)
        }
        // Read again from the start of the tag with every chunk, this was 8,192 passes over
        // up to 512 KB (over 2 GB of scanning): hundreds of times the whole parse.
        #expect(
            chunkedTime < wholeTime * 20 + .seconds(2), "whole \(wholeTime), in 64-byte chunks \(chunkedTime)")
    }

    /// Pushes `bytes` the way the fuzz target does: chunks of 1 to 64 bytes whose sizes come from
    /// xorshift64, seeded by the settings byte.
    static func parseInFuzzerChunks(_ bytes: [UInt8], seed: UInt64, parser: FeedParser) throws -> ParsedFeed {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var offset = 0
        while offset < bytes.count {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let length = min(bytes.count - offset, Int(state % 64) + 1)
            try parser.push(Array(bytes[offset..<(offset + length)]))
            offset += length
        }
        return try parser.finish()
    }

    /// Found by the whole-versus-chunks mode (crash-ad0557d2…, minimised; settings byte 0x23:
    /// compare, markup not kept, `Content-Type: text/html; charset=x-no-such-charset`). A comment
    /// opened on the first line and closed only by a `-->` 1 KB later, with damage in between:
    /// whole, the feed after it was read; in chunks of 1 to 64 bytes libxml2's push parser gave
    /// up with "Comment not terminated" and no feed was recovered. Comments are now dropped by
    /// `MarkupSanitizer` before libxml2 (their line breaks kept), as nothing reads them.
    @Test("a comment closed late reads the same whole and in the fuzzer's chunks")
    func commentClosedLate() throws {
        let path = "fuzz/comment-closed-late.xml"
        let bytes = try FeedFixture.bytes(path)
        let contentType = "text/html; charset=x-no-such-charset"
        let whole = try FeedParser.parse(bytes, source: path, contentType: contentType)
        for seed: UInt64 in [0x23, 1, 2, 3] {
            let chunked = try Self.parseInFuzzerChunks(bytes, seed: seed, parser: FeedParser(source: path, contentType: contentType))
            #expect(chunked.items == whole.items, "seed \(seed)")
            #expect(chunked.format == whole.format, "seed \(seed)")
        }
    }

    /// Found by the whole-versus-chunks mode (crash-182ffa57…; settings byte 0x17: compare,
    /// markup kept, `Content-Type: text/xml; charset=windows-1252`): a malformed processing
    /// instruction (`<?xtp:…`) made libxml2's push parser give up in chunks ("ParsePI: PI xtp:
    /// space expected; no feed could be recovered") but not whole. PIs are now dropped too.
    @Test("a malformed processing instruction reads the same whole and in the fuzzer's chunks")
    func malformedProcessingInstruction() throws {
        let path = "fuzz/malformed-pi.xml"
        let bytes = try FeedFixture.bytes(path)
        let contentType = "text/xml; charset=windows-1252"
        var options = FeedParserOptions()
        options.keepMarkup = true
        let whole = try FeedParser.parse(bytes, source: path, contentType: contentType, options: options)
        for seed: UInt64 in [0x17, 1, 2, 3] {
            let chunked = try Self.parseInFuzzerChunks(
                bytes, seed: seed, parser: FeedParser(source: path, contentType: contentType, options: options))
            #expect(chunked.items == whole.items, "seed \(seed)")
            #expect(chunked.title == whole.title, "seed \(seed)")
        }
    }

    /// Comments never reach libxml2, but the lines they spanned still count.
    @Test("a dropped comment keeps the line numbers of what follows")
    func commentKeepsLines() throws {
        let text = """
            <!-- one
            two
            three -->
            <rss version="2.0"><channel><title>T</title>
            <item><title>x</title></item>
            <bogus></channel></rss>

            """
        let feed = try FeedParser.parse(Array(text.utf8), source: "lines")
        #expect(feed.items.map(\.title) == ["x"])
        #expect(feed.title == "T")
        // `<bogus>` is never closed: libxml2 reports it at `</channel>`, on line 6.
        #expect(feed.diagnostics.contains { $0.line == 6 }, "\(feed.diagnostics)")
        #expect(!feed.diagnostics.contains { $0.line < 6 }, "\(feed.diagnostics)")
    }
}
