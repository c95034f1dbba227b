import DocketModel

/// News that moves an existing allegation on without being one: `Alibaba denied the
/// allegations`. The merger applies it to the matching record (same accused; the same
/// accusers and category when the sentence names them).
public struct AllegationStatusReport: Sendable, Hashable {
    public var status: Allegation.Status
    /// Who denies (the accused of the allegation it answers).
    public var accused: [String]
    /// The accusers, when the sentence names them (`denied Anthropic's claims`).
    public var accusers: [String]
    /// The category, when the sentence or item shows it.
    public var category: String?
    public var evidence: Evidence

    public init(
        status: Allegation.Status, accused: [String], accusers: [String] = [], category: String? = nil,
        evidence: Evidence
    ) {
        self.status = status
        self.accused = accused
        self.accusers = accusers
        self.category = category
        self.evidence = evidence
    }
}
