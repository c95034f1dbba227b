/// A rendered briefing: the document, the snapshot to keep under `briefs/`, and the view it
/// was rendered from.
public struct RenderedBriefing: Sendable {
    public var document: String
    public var snapshot: BriefingSnapshot
    public var view: BriefingView
}
