import DocketModel
import Foundation

/// A feed as `FeedParser` read it: the channel's metadata, its items, and what had to be repaired.
public struct ParsedFeed: Sendable {
    public var format: FeedFormat
    public var title: String?
    /// The site the feed belongs to (RSS channel `link`, Atom `link rel="alternate"`).
    public var link: String?
    /// Where the feed says it lives (Atom `link rel="self"`).
    public var selfLink: String?
    public var subtitle: String?
    public var language: String?
    public var updated: Date?
    public var image: String?
    public var generator: String?
    /// RSS `<ttl>`: minutes the feed may be cached.
    public var ttl: Int?
    /// `sy:updatePeriod` and `sy:updateFrequency` as one interval in seconds.
    public var updateInterval: Int?
    /// The encoding the bytes were decoded from (lowercase label).
    public var encoding: String
    /// Items in document order. Empty when items were streamed to an `onItem` handler.
    public var items: [Item]
    /// Repairs and errors libxml2 reported while recovering, at most `FeedParserOptions.maxDiagnostics`.
    public var diagnostics: [FeedDiagnostic]
    /// Total number of problems reported, including those not kept in `diagnostics`.
    public var problemCount: Int

    /// True when the document was not well-formed and Docket recovered what it could.
    public var recovered: Bool { problemCount > 0 }

    public init(format: FeedFormat, encoding: String = "utf-8") {
        self.format = format
        self.encoding = encoding
        items = []
        diagnostics = []
        problemCount = 0
    }
}

/// One problem found in a feed and recovered from: where, and what libxml2 said.
public struct FeedDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
