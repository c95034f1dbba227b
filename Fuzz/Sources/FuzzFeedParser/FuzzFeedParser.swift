// libFuzzer target: an input is one settings byte followed by a feed document from the open web.
//
// What counts as a bug: a crash or trap, a sanitizer report, a hang (`-timeout`), unbounded
// memory (`-rss_limit_mb`), or `docket parse --json` output that is not valid JSON. A thrown
// `FeedParseError` (not a feed, too deep, entity expansion, …) is the parser doing its job.
//
// One parse per input (two in mode 3 below). The first byte chooses how (so that a mutation of
// the document never changes the settings, and one mutation of that byte tries the same
// document another way):
//
//   bits 0-1  0: pushed whole, as `docket parse FILE` does
//             1: in chunks of 1 to 8 bytes (splits every UTF-8 sequence, BOM, tag and entity)
//             2: in chunks of 1 to 512 bytes, as `docket update` does while bytes arrive
//             3: whole AND in chunks of 1 to 64 bytes, and the two feeds must be the same
//                (FeedParser's promise: any chunking of the same bytes gives the same feed).
//                The one mode with two parses; a crash-only oracle misses wrong output.
//   bit 2     markup kept (`docket parse --markup`) or not
//   bits 3-7  the HTTP Content-Type: (byte >> 3) % 5 of `contentTypes`
//
// `run.sh` writes each fixture as a seed with a settings byte in front (see there), so the seeds
// stay plain documents. The JSON output is checked with Foundation's parser (not instrumented,
// linear) only when it is under 64 KB, which is nearly always: a check, not the point.
import DocketFeeds
import DocketModel
import Foundation

private let contentTypes: [String?] = [
    nil,
    "application/rss+xml",
    "text/xml; charset=windows-1252",
    "application/atom+xml; charset=\"utf-16\"",
    "text/html; charset=x-no-such-charset",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let settings = data[0]
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    var options = FeedParserOptions()
    options.keepMarkup = settings & 4 != 0
    let contentType = contentTypes[Int(settings >> 3) % contentTypes.count]
    if settings & 3 == 3 {
        compareChunkedWithWhole(bytes, contentType: contentType, options: options, seed: settings)
        return 0
    }
    let parser = FeedParser(
        source: "https://example.org/news/feed.xml", url: "https://example.org/news/feed.xml",
        contentType: contentType, feedID: "fuzz", options: options)
    var json = JSONWriter()
    json.beginObject()
    json.key("items")
    json.beginArray()
    parser.onItem = { item in item.writeJSON(to: &json) }
    do {
        switch settings & 3 {
        case 1: try push(bytes, to: parser, chunksUpTo: 8, seed: settings)
        case 2: try push(bytes, to: parser, chunksUpTo: 512, seed: settings)
        default: try parser.push(bytes)
        }
        let feed = try parser.finish()
        if !feed.items.isEmpty { fatalError("items were streamed through onItem, yet also kept") }
        json.endArray()
        feed.writeMetadata(to: &json)
        json.endObject()
        if json.bytes.count < 65_536 { checkJSON(json.bytes) }
    } catch {
        _ = String(describing: error)  // the one-line message a user sees
    }
    return 0
}

/// Parses `bytes` whole and in chunks of 1 to 64 bytes: both must fail, or give the same feed.
private func compareChunkedWithWhole(
    _ bytes: UnsafeRawBufferPointer, contentType: String?, options: FeedParserOptions, seed: UInt8
) {
    func parse(chunked: Bool) -> Result<ParsedFeed, Error> {
        let parser = FeedParser(
            source: "https://example.org/news/feed.xml", url: "https://example.org/news/feed.xml",
            contentType: contentType, feedID: "fuzz", options: options)
        return Result {
            if chunked { try push(bytes, to: parser, chunksUpTo: 64, seed: seed) } else { try parser.push(bytes) }
            return try parser.finish()
        }
    }
    switch (parse(chunked: false), parse(chunked: true)) {
    case (.success(let whole), .success(let chunked)):
        same("format", whole.format, chunked.format)
        same("title", whole.title, chunked.title)
        same("link", whole.link, chunked.link)
        same("encoding", whole.encoding, chunked.encoding)
        same("item count", whole.items.count, chunked.items.count)
        for (a, b) in zip(whole.items, chunked.items) { same("item", a, b) }
    case (.failure(let whole), .failure(let chunked)):
        if type(of: whole) != type(of: chunked) { fatalError("\(whole) whole, \(chunked) in chunks") }
    case (.success, .failure(let error)):
        fatalError("parsed whole, failed in chunks: \(error)")
    case (.failure(let error), .success):
        fatalError("failed whole, parsed in chunks: \(error)")
    }
}

/// Stops the run when the whole parse and the chunked one disagree about `what`.
private func same<T: Equatable>(_ what: String, _ whole: T, _ chunked: T) {
    if whole != chunked { fatalError("\(what) differs:\nwhole:     \(whole)\nin chunks: \(chunked)") }
}

/// Pushes `bytes` in chunks of 1 to `limit` bytes, their sizes fixed by `seed` (xorshift64).
private func push(_ bytes: UnsafeRawBufferPointer, to parser: FeedParser, chunksUpTo limit: Int, seed: UInt8) throws {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    var offset = 0
    while offset < bytes.count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        let length = min(bytes.count - offset, Int(state % UInt64(limit)) + 1)
        try parser.push(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]))
        offset += length
    }
}

/// `docket parse --json` promises one JSON document: whatever the feed held, the output parses.
private func checkJSON(_ bytes: [UInt8]) {
    do {
        _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
    } catch {
        let text = String(decoding: bytes.prefix(2000), as: UTF8.self)
        fatalError("invalid JSON from a parsed feed (\(error)): \(text)")
    }
}
