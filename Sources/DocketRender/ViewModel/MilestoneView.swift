/// A dated milestone of a regulation.
public struct MilestoneView: Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var what: String
    /// The regulation's title, jurisdiction and id.
    public var regulation: String
    public var jurisdiction: String
    public var regulationID: String
    /// Days from the end of the period (or the `--as-of` day) to the milestone.
    public var inDays: Int
    /// `[7]` when the milestone's source is cited, else nil.
    public var citations: String?
}
