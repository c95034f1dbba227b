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

    private let source: String
    private let contentType: String?
    private let options: FeedParserOptions
    private let builder: FeedBuilder
    private var xml: XMLPushParser!
    private var items: [Item] = []

    private var charset: Charset?
    private var pending: [UInt8] = []
    private var repairer = UTF8Repairer()
    private var iconv: IconvDecoder?
    private var sanitizer: MarkupSanitizer
    private var decoded: [UInt8] = []
    private var sanitized: [UInt8] = []
    private var received = 0
    private var sawNonSpace = false
    private var finished = false

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
        self.contentType = contentType
        self.options = options
        sanitizer = MarkupSanitizer(maxEntityExpansion: options.maxEntityExpansion)
        builder = FeedBuilder(source: source, feedKey: feedID ?? url ?? source, documentURL: url, options: options)
        xml = XMLPushParser(handler: builder, documentName: source)
        builder.stopParser = { [unowned self] in self.xml.stop() }
        builder.currentLine = { [unowned self] in self.xml.line }
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
        received += bytes.count
        if received > options.maxInputBytes {
            throw FeedParseError.tooLarge(source: source, limit: options.maxInputBytes)
        }
        if !sawNonSpace { sawNonSpace = bytes.contains(where: { !isXMLSpace($0) }) }
        if charset == nil {
            pending.append(contentsOf: bytes)
            guard pending.count >= CharsetDetector.sniffLength else { return }
            let first = pending
            pending = []
            try first.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in
                try process(raw, final: false)
            }
        } else {
            try process(bytes, final: false)
        }
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
        let rest = pending
        pending = []
        try rest.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in try process(raw, final: true) }
        finished = true
        builder.finishDocument()
        if let fatal = builder.fatal { throw fatal }
        guard sawNonSpace else { throw FeedParseError.notAFeed(source: source, what: .empty) }
        guard builder.rootSeen else {
            if !sanitizer.sawMarkup { throw FeedParseError.notAFeed(source: source, what: .text) }
            let p = builder.firstFatalProblem
            throw FeedParseError.malformed(
                source: source, line: p?.line ?? 1, column: p?.column ?? 1, message: p?.message ?? "no root element")
        }
        var feed = builder.feed
        feed.encoding = charset?.label ?? "utf-8"
        feed.items = items
        items = []
        return feed
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

    // MARK: - The byte pipeline

    private func process(_ bytes: UnsafeRawBufferPointer, final: Bool) throws {
        var input = bytes
        if charset == nil {
            let detected = CharsetDetector.detect(prefix: bytes, contentType: contentType)
            charset = detected
            if case .iconv(let name) = detected.kind {
                iconv = IconvDecoder(from: name)
                if iconv == nil { charset = .utf8 }
            }
            input = UnsafeRawBufferPointer(rebasing: bytes[min(detected.bomLength, bytes.count)...])
        }
        decoded.removeAll(keepingCapacity: true)
        sanitized.removeAll(keepingCapacity: true)
        var utf8 = [UInt8]()
        let outcome: UTF8Repairer.Outcome
        if let iconv {
            iconv.decode(input, into: &utf8, final: final)
            outcome = utf8.withUnsafeBytes { repairer.repair($0, into: &decoded, final: final) }
            if case .unchanged(let n) = outcome { decoded.append(contentsOf: utf8[..<n]) }
        } else {
            outcome = repairer.repair(input, into: &decoded, final: final)
        }
        do {
            if case .unchanged(let n) = outcome, iconv == nil {
                // Valid UTF-8 as it came: sanitise straight from the input, no copy.
                try sanitizer.sanitize(UnsafeRawBufferPointer(rebasing: input[..<n]), into: &sanitized, final: final)
            } else {
                try decoded.withUnsafeBytes { try sanitizer.sanitize($0, into: &sanitized, final: final) }
            }
        } catch MarkupSanitizer.Failure.json {
            throw FeedParseError.notAFeed(source: source, what: .json)
        } catch MarkupSanitizer.Failure.entityExpansion(let name, let limit) {
            throw FeedParseError.entityExpansion(source: source, entity: name, limit: limit)
        }
        builder.doctype = sanitizer.doctype
        sanitized.withUnsafeBytes { xml.push($0, terminate: final) }
        if let fatal = builder.fatal { throw fatal }
    }
}
