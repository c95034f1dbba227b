/// The period's events as a Mermaid `timeline`.
public struct TimelineView: Sendable {
    /// The code block's body (`timeline`, `title …`, one line per day and event), to be put
    /// between ```` ```mermaid ```` and ```` ``` ````. Texts are reduced to letters, digits and
    /// plain punctuation (`MermaidText`), so they cannot close the block.
    public var mermaid: String
    public var days: [TimelineDayView]
    public var hasEvents: Bool
}
