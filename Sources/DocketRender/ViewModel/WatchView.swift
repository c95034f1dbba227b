/// A saved search and what it matched in the period.
public struct WatchView: Sendable {
    public var name: String
    public var query: String
    /// Items matched in all.
    public var count: Int
    /// The count in words: "1 matching item", "12 matching items".
    public var matches: String
    public var items: [WatchItemView]
    public var hasItems: Bool
    /// Matches not listed (beyond the limit).
    public var more: Int
    public var hasMore: Bool
}
