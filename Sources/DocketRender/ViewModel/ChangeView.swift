/// One change since the last briefing.
public struct ChangeView: Sendable {
    /// `new-allegation`, `allegation-status`, `regulation-status`, `new-regulation`, `new-milestone`.
    public var kind: String
    /// What changed: `Anthropic → Alibaba (distillation)`, `EU AI Act (EU)`.
    public var subject: String
    /// How: `candidate → confirmed`, `2026-12-02: obligations apply`, an evidence line.
    public var detail: String
    /// For status changes: the earlier and the current status.
    public var from: String?
    public var to: String?
    /// When it happened (`YYYY-MM-DD`), when known.
    public var date: String?
    /// `[3] [4]`, or nil when nothing is cited.
    public var citations: String?
    /// `subject: detail`, the whole line.
    public var text: String
}
