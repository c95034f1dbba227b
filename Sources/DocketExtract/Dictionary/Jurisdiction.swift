/// A place where rules apply (`jurisdictions.json`): a code and the words that name it.
public struct Jurisdiction: Codable, Sendable, Hashable, Identifiable {
    /// ISO 3166-1 alpha-2, `EU`, or a subdivision (`US-CA`).
    public var code: String
    /// Names, demonyms, unambiguous capitals (`California`, `Californian`, `Sacramento`).
    public var names: [String]
    /// The enclosing jurisdiction (`US` for `US-CA`).
    public var parent: String?

    public var id: String { code }

    public init(code: String, names: [String], parent: String? = nil) {
        self.code = code
        self.names = names
        self.parent = parent
    }

    enum CodingKeys: String, CodingKey { case code, names, parent }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
    }
}
