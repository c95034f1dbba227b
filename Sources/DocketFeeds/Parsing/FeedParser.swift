import CLibXML2
import DocketModel
import Foundation

/// Parses one RSS or Atom document, of any version and in any state of repair, into a
/// normalised `ParsedFeed`.
///
/// Push-style: hand it bytes as they arrive (`push`), then `finish`. Under the hood the
/// bytes are decoded to UTF-8 (`CharsetDetector`, iconv, `UTF8Repairer`), made safe and
/// readable (`MarkupSanitizer`), and streamed through libxml2's push SAX2 parser in recover
/// mode (`XMLPushParser`) into a `FeedBuilder`. No DOM of the feed is ever built, so memory
/// follows the largest item when items are taken as they complete (`onItem`).
///
/// ```swift
/// let feed = try FeedParser.parse(bytes, source: "https://example.org/feed.xml",
///                                 url: "https://example.org/feed.xml", contentType: "application/rss+xml")
/// ```
///
/// Not thread-safe: one instance per document, used from one task.
public final class FeedParser {
    /// Called with each item as soon as it is complete. When set, items are not kept in
    /// `ParsedFeed.items`.
    public var onItem: ((Item) -> Void)?

    let source: String
    private let options: FeedParserOptions
    let builder: FeedBuilder
    private(set) var xml: XMLPushParser!
    private var items: [Item] = []
    /// The byte side (charset, repair, sanitising); on another thread during `parse(reading:)`.
    var input: FeedInput
    private var sanitized: [UInt8] = []
    var finished = false
    /// During `parse(reading:)`: the line of the event being replayed.
    var replayLine: Int?

    /// - Parameters:
    ///   - source: how to name the document in messages (a path or URL).
    ///   - url: the document's URL, the last base for relative links (after `xml:base`).
    ///   - contentType: the HTTP Content-Type, whose `charset` wins over the document's own.
    ///   - feedID: the id item ids are derived from; defaults to `url`, else `source`.
    public init(
        source: String, url: String? = nil, contentType: String? = nil, feedID: String? = nil,
        options: FeedParserOptions = FeedParserOptions()
    ) {
        FeedParser.initializeLibrary()
        self.source = source
        self.options = options
        input = FeedInput(source: source, contentType: contentType, options: options)
        builder = FeedBuilder(source: source, feedKey: feedID ?? url ?? source, documentURL: url, options: options)
        xml = XMLPushParser(handler: builder, documentName: source)
        builder.stopParser = { [unowned self] in self.xml.stop() }
        builder.currentLine = { [unowned self] in self.replayLine ?? self.xml.line }
        builder.emit = { [unowned self] item in
            if let onItem = self.onItem { onItem(item) } else { self.items.append(item) }
        }
    }

    /// libxml2's one-time set-up; safe to call any number of times.
    public static func initializeLibrary() {
        _ = libraryInitialized
    }

    private static let libraryInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Feeds the next bytes of the document.
    public func push(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!finished, "FeedParser.push after finish")
        sanitized.removeAll(keepingCapacity: true)
        try input.take(bytes, into: &sanitized)
        try readXML(sanitized, doctype: input.doctype, final: false)
    }

    /// Feeds the next bytes of the document.
    public func push(_ data: some DataProtocol) throws {
        for region in data.regions {
            try region.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in try push(raw) }
        }
    }

    /// Ends the document and returns what was read. Items completed before a truncation are kept.
    public func finish() throws -> ParsedFeed {
        precondition(!finished, "FeedParser.finish called twice")
        sanitized.removeAll(keepingCapacity: true)
        try input.finish(into: &sanitized)
        try readXML(sanitized, doctype: input.doctype, final: true)
        return try finishDocument()
    }

    /// Parses a whole document held in memory.
    public static func parse(
        _ data: some DataProtocol, source: String, url: String? = nil, contentType: String? = nil,
        feedID: String? = nil, options: FeedParserOptions = FeedParserOptions()
    ) throws -> ParsedFeed {
        let parser = FeedParser(source: source, url: url, contentType: contentType, feedID: feedID, options: options)
        try parser.push(data)
        return try parser.finish()
    }

    // MARK: - The two halves

    /// libxml2 reads the next sanitised bytes into the builder (`final` ends the document).
    func readXML(_ chunk: [UInt8], doctype: String?, final: Bool) throws {
        builder.doctype = doctype
        if !chunk.isEmpty || final { chunk.withUnsafeBytes { xml.push($0, terminate: final) } }
        if let fatal = builder.fatal { throw fatal }
    }

    /// After the last bytes: the feed, or why there is none.
    func finishDocument() throws -> ParsedFeed {
        finished = true
        builder.finishDocument()
        if let fatal = builder.fatal { throw fatal }
        guard input.sawNonSpace else { throw FeedParseError.notAFeed(source: source, what: .empty) }
        guard builder.rootSeen else {
            if !input.sawMarkup { throw FeedParseError.notAFeed(source: source, what: .text) }
            let p = builder.firstFatalProblem
            throw FeedParseError.malformed(
                source: source, line: p?.line ?? 1, column: p?.column ?? 1, message: p?.message ?? "no root element")
        }
        var feed = builder.feed
        feed.encoding = input.charset?.label ?? "utf-8"
        feed.items = items
        items = []
        return feed
    }
}
