/// A law, bill, rule or order known by name (`instruments.json`).
public struct NamedInstrument: Codable, Sendable, Hashable, Identifiable {
    /// The regulation id the knowledge base uses (`eu-ai-act`).
    public var id: String
    public var title: String
    /// How the news names it (`AI Act`, `Artificial Intelligence Act`, `Regulation (EU) 2024/1689`).
    public var names: [String]
    /// `EU`, an ISO 3166 code, or a subdivision (`US-CA`).
    public var jurisdiction: String
    public var body: String?
    /// act, bill, regulation, directive, rule, proposed-rule, guidance, executive-order, strategy, …
    public var instrument: String
    public var topics: [String]

    public init(
        id: String, title: String, names: [String] = [], jurisdiction: String, body: String? = nil,
        instrument: String, topics: [String] = []
    ) {
        self.id = id
        self.title = title
        self.names = names
        self.jurisdiction = jurisdiction
        self.body = body
        self.instrument = instrument
        self.topics = topics
    }

    enum CodingKeys: String, CodingKey { case id, title, names, jurisdiction, body, instrument, topics }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        jurisdiction = try c.decode(String.self, forKey: .jurisdiction)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        instrument = try c.decodeIfPresent(String.self, forKey: .instrument) ?? "other"
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
    }
}
