/// What one cue in one sentence says: who accuses whom, by which construction.
struct Reading: Sendable {
    var accusers: Party?
    var accused: Party
    /// The construction that assigned the roles.
    var kind: CueKind
    /// True when the roles came from an agentless passive or a construction that names no accuser.
    var agentless: Bool = false
    let sentence: Int
    /// The cue's first token (for choosing the category nearest to it).
    let anchor: Int
    /// The cues as the dictionary writes them.
    var cues: [String]
    /// A plural noun (`investigations`, `lawsuits`): coordinated accusers brought separate ones.
    var plural: Bool = false
}
