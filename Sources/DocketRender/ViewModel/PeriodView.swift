/// The period of a briefing, for templates.
public struct PeriodView: Sendable {
    /// `2026-W48`, or `2026-11-01 to 2026-11-15`.
    public var label: String
    /// `2026-W48` when the period is an ISO week, else nil.
    public var week: String?
    /// First day, `YYYY-MM-DD`.
    public var start: String
    /// Last day (included), `YYYY-MM-DD`.
    public var end: String
    public var days: Int
}
