/// One allegation as a briefing shows it.
public struct AllegationView: Sendable {
    public var id: String
    /// `Anthropic → Alibaba`.
    public var headline: String
    /// Names joined: `Anthropic`, `Anthropic and OpenAI`.
    public var accusers: String
    public var accused: String
    public var category: String
    public var status: String
    /// True for `candidate` (not yet reviewed by a person).
    public var isCandidate: Bool
    /// Implicated products joined with `, `; nil when none.
    public var products: String?
    /// One line drawn from the evidence (or the summary a person wrote); nil when there is none.
    public var summary: String?
    /// `[1] [2]`, or nil when nothing is cited.
    public var citations: String?
    /// Reports of it dated in the period.
    public var reports: Int
    /// `YYYY-MM-DD`, when known.
    public var firstReported: String?
    /// True when it is new since the last briefing.
    public var isNew: Bool
    /// The status the last briefing showed, when it differs from `status`.
    public var previousStatus: String?
}
