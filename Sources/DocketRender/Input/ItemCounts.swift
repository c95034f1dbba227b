/// How many items the knowledge base holds for a period: all kept items published in it,
/// and how many of those came from a feed's first fetch (`Item.backlog`), which are never
/// counted as new.
public struct ItemCounts: Sendable, Hashable, Codable {
    public var items: Int
    public var backlog: Int

    public init(items: Int, backlog: Int) {
        self.items = items
        self.backlog = backlog
    }

    /// Items that arrived as news: `items - backlog`.
    public var new: Int { max(0, items - backlog) }
}
