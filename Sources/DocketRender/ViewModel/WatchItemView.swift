/// An item a saved search matched.
public struct WatchItemView: Sendable {
    public var title: String
    public var outlet: String
    /// `YYYY-MM-DD`, when the item is dated.
    public var date: String?
    /// http(s) only; nil when the item has no usable link.
    public var link: String?
    /// `[9]`, or nil when the item could not be cited.
    public var citations: String?
}
