import Foundation

/// A saved search: a name and a query, kept in the knowledge base's `watches.json` (sorted
/// by name), so a briefing can report what it matched in its period
/// (`KnowledgeBase.matches(of:since:until:)`).
public struct Watch: Codable, Sendable, Hashable, Identifiable {
    /// Letters, digits, `-`, `_` and `.`; at most 64 characters; unique in the knowledge base.
    public var name: String
    /// The query as typed (`SearchQuery` syntax); checked when the watch is added.
    public var query: String
    /// When it was added.
    public var created: Date

    public var id: String { name }

    public init(name: String, query: String, created: Date) {
        self.name = name
        self.query = query
        self.created = created
    }

    /// Why `name` cannot name a watch, or nil when it can.
    public static func problem(withName name: String) -> String? {
        if name.isEmpty { return "a watch needs a name" }
        if name.count > 64 { return "a watch name has at most 64 characters" }
        let allowed = name.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0))
        }
        if !allowed { return "a watch name may hold letters, digits, '-', '_' and '.' only: \"\(name)\"" }
        if name.hasPrefix(".") || name.hasPrefix("-") { return "a watch name starts with a letter or digit: \"\(name)\"" }
        return nil
    }
}
