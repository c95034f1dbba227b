import DocketModel
import Foundation

/// A field filter of a query (`company:alibaba`, `since:2026-09`). Values are normalised as
/// `TextAnalyzer.filterValue` does: folded, lower case, runs of other characters as `-`.
public enum QueryFilter: Sendable, Hashable, CustomStringConvertible {
    /// Items that mention the company; allegations where it accuses or is accused; the company itself.
    case company(String)
    /// Item categories, allegation categories, regulation topics and instruments.
    case category(String)
    /// Regulations by jurisdiction (`US` also matches `US-CA`); companies by country.
    case jurisdiction(String)
    /// Allegation and regulation status.
    case status(String)
    /// Items from one feed (its id).
    case feed(String)
    /// One kind of record.
    case kind(SearchKind)
    /// Records dated on or after this instant (start of the given day or month, UTC).
    case since(Date)
    /// Records dated before this instant (the end of the given day or month, UTC, excluded).
    case until(Date)

    /// The field names a query may use before `:`.
    public static let fieldNames = ["company", "category", "jurisdiction", "status", "feed", "kind", "since", "until"]

    public var description: String {
        switch self {
        case .company(let v): return "company:\(v)"
        case .category(let v): return "category:\(v)"
        case .jurisdiction(let v): return "jurisdiction:\(v)"
        case .status(let v): return "status:\(v)"
        case .feed(let v): return "feed:\(v)"
        case .kind(let k): return "kind:\(k.rawValue)"
        case .since(let d): return "since:\(ISO8601.string(from: d))"
        case .until(let d): return "until<\(ISO8601.string(from: d))"
        }
    }
}
