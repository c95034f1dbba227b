import Foundation

/// One result: what it is, how well it matched, and a snippet to show.
///
/// Highlights are half-open ranges of Unicode scalar offsets (code points, as Python's `str`
/// counts them) into `snippet` and `title`.
public struct SearchResult: Sendable, Hashable {
    public var kind: SearchKind
    public var id: String
    /// BM25F score (comparable only within one kind and one search).
    public var score: Double
    public var title: String
    public var titleHighlights: [Range<Int>]
    /// The record's date: an item's publication (else fetch) date, an allegation's last
    /// report, a regulation's latest dated event; nil for companies.
    public var date: Date?
    /// A window of the text around the best matches, `…` where it was cut.
    public var snippet: String
    public var highlights: [Range<Int>]
    /// Items: the link and the feed id.
    public var link: String?
    public var feed: String?
    /// Allegations and regulations: their status; allegations: their category;
    /// regulations: their jurisdiction.
    public var status: String?
    public var category: String?
    public var jurisdiction: String?

    public init(
        kind: SearchKind, id: String, score: Double, title: String, titleHighlights: [Range<Int>] = [], date: Date?,
        snippet: String, highlights: [Range<Int>] = [], link: String? = nil, feed: String? = nil, status: String? = nil,
        category: String? = nil, jurisdiction: String? = nil
    ) {
        self.kind = kind
        self.id = id
        self.score = score
        self.title = title
        self.titleHighlights = titleHighlights
        self.date = date
        self.snippet = snippet
        self.highlights = highlights
        self.link = link
        self.feed = feed
        self.status = status
        self.category = category
        self.jurisdiction = jurisdiction
    }
}
