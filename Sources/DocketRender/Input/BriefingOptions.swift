/// Choices about what a briefing includes. The defaults are what `docket brief` uses.
public struct BriefingOptions: Sendable, Hashable {
    /// Leave out allegations still awaiting review (`candidate`). Rejected allegations and
    /// duplicates are always left out.
    public var confirmedOnly: Bool = false
    /// How far after the period's end "upcoming milestones" reach.
    public var upcomingDays: Int = 90
    /// Sources cited for one allegation or regulation (the most recent are dropped first).
    public var citationLimit: Int = 5
    /// Lines of the summary's "biggest moves".
    public var movesLimit: Int = 3
    /// Events in the Mermaid timeline.
    public var timelineLimit: Int = 30
    /// Items listed per saved search.
    public var watchItemLimit: Int = 10
    /// Characters of a one-line summary.
    public var summaryLength: Int = 200
    /// Overrides the document's title (default: "Docket briefing: <period>").
    public var title: String?

    public init() {}
}
