/// One category of the allegation taxonomy (`taxonomy.json`), with the words that signal it.
public struct AllegationCategory: Codable, Sendable, Hashable, Identifiable {
    /// `distillation`, `scraping`, `copyright`, …
    public var id: String
    public var label: String
    public var description: String?
    /// Lowercase words or phrases; `...` inside a cue means "a few words"; stems match their
    /// inflections (`distil` matches distilled, distilling, distillation).
    public var cues: [String]
    /// How strongly a cue of this category counts against cues of others (default 1).
    public var weight: Double

    public init(id: String, label: String, description: String? = nil, cues: [String], weight: Double = 1) {
        self.id = id
        self.label = label
        self.description = description
        self.cues = cues
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey { case id, label, description, cues, weight }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        description = try c.decodeIfPresent(String.self, forKey: .description)
        cues = try c.decodeIfPresent([String].self, forKey: .cues) ?? []
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
    }
}
