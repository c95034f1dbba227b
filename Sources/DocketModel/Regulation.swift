import Foundation

/// A rule that moves: a bill, act, regulation, executive order or guidance, where it
/// applies, where it stands, and the dates that matter.
public struct Regulation: Codable, Sendable, Hashable, Identifiable {
    /// Stable, derived from the instrument's identity (`eu-ai-act`, `us-ca-sb-53`).
    public var id: String
    public var title: String
    /// ISO 3166 code, `EU`, or a subdivision such as `US-CA`.
    public var jurisdiction: String
    /// Who makes or enforces it (`European Commission`, `California Legislature`).
    public var body: String?
    /// bill, act, rule, proposed-rule, regulation, directive, guidance, executive-order, strategy, …
    public var instrument: String
    /// proposed, consultation, introduced, passed, adopted, signed, in-force, applicable, delayed, repealed, vetoed, …
    public var status: String
    public var history: [StatusChange]
    public var milestones: [Milestone]
    public var topics: [String]
    public var evidence: [Evidence]
    public var confidence: Double
    public var mergedInto: String?
    /// True once a person edited the record: extraction never overwrites it.
    public var edited: Bool

    /// A date on which something applies or happens.
    public struct Milestone: Codable, Sendable, Hashable {
        public var date: Date
        public var what: String
        public var item: String?

        public init(date: Date, what: String, item: String? = nil) {
            self.date = date
            self.what = what
            self.item = item
        }
    }

    public init(
        id: String, title: String, jurisdiction: String, body: String? = nil, instrument: String,
        status: String, history: [StatusChange] = [], milestones: [Milestone] = [], topics: [String] = [],
        evidence: [Evidence] = [], confidence: Double = 0, mergedInto: String? = nil, edited: Bool = false
    ) {
        self.id = id
        self.title = title
        self.jurisdiction = jurisdiction
        self.body = body
        self.instrument = instrument
        self.status = status
        self.history = history
        self.milestones = milestones
        self.topics = topics
        self.evidence = evidence
        self.confidence = confidence
        self.mergedInto = mergedInto
        self.edited = edited
    }

    enum CodingKeys: String, CodingKey {
        case id, title, jurisdiction, body, instrument, status, history, milestones, topics, evidence, confidence
        case edited
        case mergedInto = "merged_into"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        jurisdiction = try c.decode(String.self, forKey: .jurisdiction)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        instrument = try c.decodeIfPresent(String.self, forKey: .instrument) ?? "other"
        status = try c.decodeIfPresent(String.self, forKey: .status) ?? "proposed"
        history = try c.decodeIfPresent([StatusChange].self, forKey: .history) ?? []
        milestones = try c.decodeIfPresent([Milestone].self, forKey: .milestones) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0
        mergedInto = try c.decodeIfPresent(String.self, forKey: .mergedInto)
        edited = try c.decodeIfPresent(Bool.self, forKey: .edited) ?? false
    }
}
