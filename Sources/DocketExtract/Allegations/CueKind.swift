/// What a matched accusation cue is, which decides how the parties are read around it.
enum CueKind: Int, Sendable, Comparable, CaseIterable {
    /// `A accused B`, `A sued B`, `A fined B`: subject accuses, object is accused (or passive).
    case active
    /// `B accused by A`: from the dictionary's passive list.
    case passive
    /// `lawsuit`, `complaint`, `investigation`, `fine`.
    case noun
    /// `B violated …`: the subject is accused.
    case violation
    /// `A alleged that B …`, `A said B copied …`: speaker accuses, the content names the accused.
    case complement
    /// `according to A, B …`.
    case reported
    case denial
    case negative

    static func < (a: CueKind, b: CueKind) -> Bool { a.rawValue < b.rawValue }

    /// Constructions that name the parties by grammar; the others need content cues.
    var isPrimary: Bool { self == .active || self == .passive || self == .noun }
}
