import DocketModel

/// What `KnowledgeBaseWriter.appendItems` did with each item it was given.
public struct AppendResult: Sendable {
    /// New stories, stored as kept items (with `fetched` and `hash` set), in input order.
    public var added: [Item] = []
    /// Items that were the same story as one already kept (from another feed, or the same
    /// feed under a new guid): stored as duplicate lines that point at the kept item.
    public var duplicates: [Duplicate] = []
    /// Items already stored under the same id (a re-fetch): not stored again.
    public var skipped = 0

    public init() {}

    /// A stored duplicate: the item, the kept item's id, and which key matched.
    public struct Duplicate: Sendable, Hashable {
        public var item: Item
        public var duplicateOf: String
        public var reason: Reason
    }

    /// The dedupe key that matched, strongest first.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The same globally unique guid.
        case guid
        /// The same canonical link.
        case link
        /// The same normalised title on the same day.
        case title
    }
}
