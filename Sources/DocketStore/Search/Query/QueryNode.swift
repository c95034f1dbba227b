/// The typed syntax tree of a search query.
///
/// Terms are already normalised (folded and stemmed as the index stores them); a word that
/// the analyzer splits into several terms (`export-controls`, `GPT-4o`) becomes a phrase.
public indirect enum QueryNode: Sendable, Hashable, CustomStringConvertible {
    /// One term that must occur.
    case term(String)
    /// Terms that must occur next to each other, in this order (at least two).
    case phrase([String])
    /// A field filter.
    case filter(QueryFilter)
    /// Records that do not match the node.
    case not(QueryNode)
    /// Records that match every node (words side by side, or `AND`).
    case and([QueryNode])
    /// Records that match at least one node (`OR`).
    case or([QueryNode])

    /// A compact rendering, e.g. `(and distillation (or alibaba "deep seek") -scraping)`.
    public var description: String {
        switch self {
        case .term(let t): return t
        case .phrase(let ts): return "\"" + ts.joined(separator: " ") + "\""
        case .filter(let f): return f.description
        case .not(let n): return "-" + n.description
        case .and(let ns): return "(and " + ns.map(\.description).joined(separator: " ") + ")"
        case .or(let ns): return "(or " + ns.map(\.description).joined(separator: " ") + ")"
        }
    }

    /// The terms that make a record relevant (and are highlighted): terms and phrase terms
    /// outside any `not`.
    public var positiveTerms: [String] {
        switch self {
        case .term(let t): return [t]
        case .phrase(let ts): return ts
        case .filter, .not: return []
        case .and(let ns), .or(let ns): return ns.flatMap(\.positiveTerms)
        }
    }

    /// The phrases outside any `not`.
    var positivePhrases: [[String]] {
        switch self {
        case .phrase(let ts): return [ts]
        case .term, .filter, .not: return []
        case .and(let ns), .or(let ns): return ns.flatMap(\.positivePhrases)
        }
    }

    /// Every term and phrase term, inside `not` too (their document frequencies are needed).
    var allTerms: [String] {
        switch self {
        case .term(let t): return [t]
        case .phrase(let ts): return ts
        case .filter: return []
        case .not(let n): return n.allTerms
        case .and(let ns), .or(let ns): return ns.flatMap(\.allTerms)
        }
    }
}
