/// The events of one day of the timeline.
public struct TimelineDayView: Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Mermaid-safe lines.
    public var events: [String]
}
