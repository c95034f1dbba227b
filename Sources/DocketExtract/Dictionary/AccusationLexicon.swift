/// The words that make a sentence an accusation, by construction (`accusation.json`).
/// Verbs are lemmas (`accuse`); the extractor inflects them (accuses, accused, accusing, accusation).
public struct AccusationLexicon: Codable, Sendable, Hashable {
    /// Verbs whose subject accuses and whose object is accused: `accuse`, `sue`, `fine`,
    /// `probe`; and verbs of saying with a complement (`allege`, `claim that`, `say ... copied`).
    public var active: [String]
    /// Participles followed by the accuser: `accused by`, `sued by`, `fined by`.
    public var passive: [String]
    /// Attribution of reported speech: `according to`.
    public var reported: [String]
    /// Nouns: `lawsuit`, `complaint`, `allegation`, `investigation`, `fine`.
    public var nouns: [String]
    /// Verbs whose subject is the accused: `violated`, `breached`, `infringed`.
    public var violation: [String]
    /// Denials: `denied`, `rejected`, `dismissed the claims`.
    public var denial: [String]
    /// Phrases that look like cues but are not (`claims a record`, `act as`).
    public var negative: [String]
    /// Verbs of saying (lemmas) that introduce reported content: `say`, `allege`, `claim`.
    public var speech: [String]
    /// Cues that move an allegation on, by status: `settled` → `settle`, `reached a deal`.
    public var outcomes: [String: [String]]

    public init(
        active: [String] = [], passive: [String] = [], reported: [String] = [], nouns: [String] = [],
        violation: [String] = [], denial: [String] = [], negative: [String] = [], speech: [String] = [],
        outcomes: [String: [String]] = [:]
    ) {
        self.active = active
        self.passive = passive
        self.reported = reported
        self.nouns = nouns
        self.violation = violation
        self.denial = denial
        self.negative = negative
        self.speech = speech
        self.outcomes = outcomes
    }

    enum CodingKeys: String, CodingKey {
        case active, passive, reported, nouns, violation, denial, negative, speech, outcomes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        active = try c.decodeIfPresent([String].self, forKey: .active) ?? []
        passive = try c.decodeIfPresent([String].self, forKey: .passive) ?? []
        reported = try c.decodeIfPresent([String].self, forKey: .reported) ?? []
        nouns = try c.decodeIfPresent([String].self, forKey: .nouns) ?? []
        violation = try c.decodeIfPresent([String].self, forKey: .violation) ?? []
        denial = try c.decodeIfPresent([String].self, forKey: .denial) ?? []
        negative = try c.decodeIfPresent([String].self, forKey: .negative) ?? []
        speech = try c.decodeIfPresent([String].self, forKey: .speech) ?? []
        outcomes = try c.decodeIfPresent([String: [String]].self, forKey: .outcomes) ?? [:]
    }
}
