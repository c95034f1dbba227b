import Foundation

/// A claim that one party wronged another: who accuses whom, of what, and on what evidence.
///
/// Extraction creates `candidate` records; a person confirms or rejects them; later news
/// moves them on (`denied`, `upheld`, `settled`, `dismissed`). Reports of the same event
/// join one record.
public struct Allegation: Codable, Sendable, Hashable, Identifiable {
    /// Stable, derived from accusers, accused, category and the first report.
    public var id: String
    /// Company ids.
    public var accusers: [String]
    public var accused: [String]
    /// Accusers that are not in the company list (a person, an unnamed group), as written.
    public var accuserNames: [String]
    /// From the taxonomy: distillation, scraping, copyright, privacy, safety, security, antitrust, …
    public var category: String
    public var summary: String
    /// Systems implicated (`Claude`, `Qwen`).
    public var products: [String]
    public var status: Status
    public var history: [StatusChange]
    public var firstReported: Date?
    public var lastReported: Date?
    public var evidence: [Evidence]
    /// 0…1: how sure extraction was.
    public var confidence: Double
    public var duplicateOf: String?
    /// True once a person edited or decided on the record: extraction never overwrites it.
    public var edited: Bool

    /// Where an allegation stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case candidate, confirmed, rejected, denied, upheld, settled, dismissed
    }

    public init(
        id: String, accusers: [String], accused: [String], accuserNames: [String] = [], category: String,
        summary: String, products: [String] = [], status: Status = .candidate, history: [StatusChange] = [],
        firstReported: Date? = nil, lastReported: Date? = nil, evidence: [Evidence] = [], confidence: Double = 0,
        duplicateOf: String? = nil, edited: Bool = false
    ) {
        self.id = id
        self.accusers = accusers
        self.accused = accused
        self.accuserNames = accuserNames
        self.category = category
        self.summary = summary
        self.products = products
        self.status = status
        self.history = history
        self.firstReported = firstReported
        self.lastReported = lastReported
        self.evidence = evidence
        self.confidence = confidence
        self.duplicateOf = duplicateOf
        self.edited = edited
    }

    enum CodingKeys: String, CodingKey {
        case id, accusers, accused, category, summary, products, status, history, evidence, confidence, edited
        case accuserNames = "accuser_names"
        case firstReported = "first_reported"
        case lastReported = "last_reported"
        case duplicateOf = "duplicate_of"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        accusers = try c.decodeIfPresent([String].self, forKey: .accusers) ?? []
        accused = try c.decodeIfPresent([String].self, forKey: .accused) ?? []
        accuserNames = try c.decodeIfPresent([String].self, forKey: .accuserNames) ?? []
        category = try c.decode(String.self, forKey: .category)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        products = try c.decodeIfPresent([String].self, forKey: .products) ?? []
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .candidate
        history = try c.decodeIfPresent([StatusChange].self, forKey: .history) ?? []
        firstReported = try c.decodeIfPresent(Date.self, forKey: .firstReported)
        lastReported = try c.decodeIfPresent(Date.self, forKey: .lastReported)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0
        duplicateOf = try c.decodeIfPresent(String.self, forKey: .duplicateOf)
        edited = try c.decodeIfPresent(Bool.self, forKey: .edited) ?? false
    }
}
