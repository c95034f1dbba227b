/// The short summary at the top of a briefing: counts and the biggest moves.
public struct SummaryView: Sendable {
    /// Items published in the period (kept items, duplicates not counted); nil when not counted.
    public var items: Int?
    /// Of those, items that arrived as news (not from a feed's first fetch).
    public var newItems: Int?
    /// Of those, items from a feed's first fetch (backlog), never counted as new.
    public var backlogItems: Int?
    public var hasItemCounts: Bool
    /// Allegations with reports or status changes in the period.
    public var allegations: Int
    public var newAllegations: Int
    public var statusChanges: Int
    /// Regulations with developments in the period.
    public var regulations: Int
    public var newMilestones: Int
    public var upcomingMilestones: Int
    public var sources: Int
    /// The counts as one or two sentences.
    public var text: String
    /// The biggest moves, most important first.
    public var moves: [MoveView]
    public var hasMoves: Bool
}
