/// What the `weekly` template renders: one briefing, every text already escaped for the
/// output (see `MarkdownEscaper`), every list already sorted. Field by field documentation
/// for template authors is in `templates/README.md`.
public struct BriefingView: Sendable {
    public var title: String
    public var period: PeriodView
    /// `Docket 0.1.0`.
    public var generator: String
    public var summary: SummaryView
    public var changes: ChangesView
    public var allegations: [AllegationView]
    public var hasAllegations: Bool
    /// Regulations with developments in the period, grouped by jurisdiction.
    public var jurisdictions: [JurisdictionView]
    public var hasRegulations: Bool
    /// Milestones from the period's end to `upcomingDays` after it.
    public var upcoming: [MilestoneView]
    public var hasUpcoming: Bool
    public var upcomingDays: Int
    /// One company comparison table per category of the period's allegations.
    public var tables: [TableView]
    public var hasTables: Bool
    public var timeline: TimelineView
    public var hasTimeline: Bool
    public var watches: [WatchView]
    public var hasWatches: Bool
    public var sources: [SourceView]
    public var hasSources: Bool
}
