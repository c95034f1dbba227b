import Foundation

/// What `docket table` asks for.
public struct TableRequest: Sendable, Hashable {
    /// Which records the table compares.
    public enum Kind: String, Sendable, CaseIterable {
        case allegation
        case regulation
    }

    public var kind: Kind
    /// A category (`distillation`) for allegations, a topic for regulations; nil for all
    /// (allegations: one table per category).
    public var topic: String?
    /// Company ids (or names) whose rows to show, in this order; empty shows every company
    /// involved. Ignored for regulations.
    public var companies: [String]
    /// Column names (see `AllegationColumn`, `RegulationColumn`); nil for the defaults.
    public var columns: [String]?
    /// The day "next milestone" counts from (midnight UTC of it).
    public var asOf: Date
    /// Leave out allegations awaiting review.
    public var confirmedOnly: Bool
    /// Sources cited per allegation or regulation (the most recent kept).
    public var citationLimit: Int
    /// Overrides the document's title.
    public var title: String?

    public init(
        kind: Kind = .allegation, topic: String? = nil, companies: [String] = [], columns: [String]? = nil,
        asOf: Date, confirmedOnly: Bool = false, citationLimit: Int = 3, title: String? = nil
    ) {
        self.kind = kind
        self.topic = topic
        self.companies = companies
        self.columns = columns
        self.asOf = asOf
        self.confirmedOnly = confirmedOnly
        self.citationLimit = citationLimit
        self.title = title
    }
}
