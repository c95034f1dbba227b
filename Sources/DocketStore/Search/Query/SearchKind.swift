/// The kinds of record `docket search` finds, in the order their groups are shown: the
/// curated records first, then the feed items they were drawn from.
public enum SearchKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case allegation, regulation, company, item

    /// Reads `item`, `items`, `allegation`, `allegations`, `regulation`, `regulations`,
    /// `company`, `companies` (any case).
    public init?(name: String) {
        switch name.lowercased() {
        case "item", "items": self = .item
        case "allegation", "allegations": self = .allegation
        case "regulation", "regulations": self = .regulation
        case "company", "companies": self = .company
        default: return nil
        }
    }

    /// The heading of this kind's group of results.
    public var plural: String {
        switch self {
        case .item: return "items"
        case .allegation: return "allegations"
        case .regulation: return "regulations"
        case .company: return "companies"
        }
    }

    public static func < (a: SearchKind, b: SearchKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
