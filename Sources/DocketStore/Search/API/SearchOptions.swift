import Foundation

/// What to search besides the query: which kinds of record, a date range, how many results.
public struct SearchOptions: Sendable, Hashable {
    /// The kinds searched (default: all of them, each shown as its own group).
    public var kinds: Set<SearchKind>
    /// Only records dated on or after this instant (`--since`; ANDed with the query's `since:`).
    public var since: Date?
    /// Only records dated before this instant (`--until`; an exclusive end).
    public var until: Date?
    /// At most this many results per kind (default 20).
    public var limit: Int

    public init(kinds: Set<SearchKind> = Set(SearchKind.allCases), since: Date? = nil, until: Date? = nil, limit: Int = 20) {
        self.kinds = kinds
        self.since = since
        self.until = until
        self.limit = limit
    }

    /// The instants a date given as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` covers (UTC): `since`
    /// takes the lower bound, `until` the upper one, so both ends are inclusive days or months.
    public static func dateRange(_ text: String) -> Range<Date>? {
        QueryParser.dateRange(text)
    }
}
