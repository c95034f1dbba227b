/// One of the summary's "biggest moves": a status change, a new allegation, a regulation's
/// step, a milestone reached.
public struct MoveView: Sendable {
    /// `new-allegation`, `allegation-status`, `regulation-status`, `new-regulation`, `milestone`.
    public var kind: String
    /// One line, escaped.
    public var text: String
}
