/// One regulation as a briefing shows it.
public struct RegulationView: Sendable {
    public var id: String
    public var title: String
    public var jurisdiction: String
    /// Who makes or enforces it, when known.
    public var body: String?
    public var instrument: String
    public var status: String
    /// Topics joined with `, `; nil when none.
    public var topics: String?
    /// What happened in the period, one escaped line each (`Status: proposed → adopted
    /// (2026-11-24)`, `Milestone reached 2026-11-25: …`).
    public var developments: [String]
    public var hasDevelopments: Bool
    /// One line drawn from the period's evidence; nil when there is none.
    public var summary: String?
    /// `[5] [6]`, or nil when nothing is cited.
    public var citations: String?
    /// The first milestone after the period, when there is one.
    public var nextMilestone: MilestoneView?
}
