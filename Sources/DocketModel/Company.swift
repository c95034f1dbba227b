/// An organisation the knowledge base tracks: a company or lab, or a party that is not a
/// company but accuses, fines or rules (a regulator, a court, a government).
public struct Company: Codable, Sendable, Hashable, Identifiable {
    /// A slug: `anthropic`, `openai`, `ftc`.
    public var id: String
    public var name: String
    /// Other names it goes by (`Facebook` for Meta, `Google DeepMind` for Google).
    public var aliases: [String]
    /// Products and models, which identify their maker when named alone (`Claude`, `Qwen`).
    public var products: [String]
    /// ISO 3166 country code, or `EU`.
    public var country: String?
    public var kind: Kind
    /// True when the name is also an ordinary word or another thing (Apple, Meta, X):
    /// a mention needs evidence that the company is meant.
    public var ambiguous: Bool
    public var notes: String?
    /// Set when this record turned out to be the same as another: the id it was merged into.
    public var mergedInto: String?
    /// True once a person edited the record: dictionaries updates never overwrite it.
    public var edited: Bool

    /// What kind of party this is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case company, lab, regulator, court, government, legislature, organisation
    }

    public init(
        id: String, name: String, aliases: [String] = [], products: [String] = [], country: String? = nil,
        kind: Kind = .company, ambiguous: Bool = false, notes: String? = nil, mergedInto: String? = nil,
        edited: Bool = false
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.products = products
        self.country = country
        self.kind = kind
        self.ambiguous = ambiguous
        self.notes = notes
        self.mergedInto = mergedInto
        self.edited = edited
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, products, country, kind, ambiguous, notes, edited
        case mergedInto = "merged_into"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        products = try c.decodeIfPresent([String].self, forKey: .products) ?? []
        country = try c.decodeIfPresent(String.self, forKey: .country)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .company
        ambiguous = try c.decodeIfPresent(Bool.self, forKey: .ambiguous) ?? false
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        mergedInto = try c.decodeIfPresent(String.self, forKey: .mergedInto)
        edited = try c.decodeIfPresent(Bool.self, forKey: .edited) ?? false
    }
}
