/// What changed since the last briefing recorded in the knowledge base's `briefs/`.
public struct ChangesView: Sendable {
    /// True when an earlier briefing was found to compare with.
    public var hasPrevious: Bool
    /// That briefing's period label, when there is one.
    public var previous: String?
    public var newAllegations: [ChangeView]
    public var statusChanges: [ChangeView]
    public var newRegulations: [ChangeView]
    public var newMilestones: [ChangeView]
    /// True when any of the four lists is non-empty.
    public var hasChanges: Bool
}
