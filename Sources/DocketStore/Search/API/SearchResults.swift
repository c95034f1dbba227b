/// What a search found: one group per kind of record that matched, in `SearchKind` order
/// (allegations, regulations, companies, items), and warnings worth showing (an index that
/// is missing or out of date: the answers are still complete, only slower).
public struct SearchResults: Sendable, Hashable {
    public var query: SearchQuery
    public var groups: [SearchResultGroup]
    public var warnings: [String]

    public init(query: SearchQuery, groups: [SearchResultGroup], warnings: [String] = []) {
        self.query = query
        self.groups = groups
        self.warnings = warnings
    }

    /// Every result, group after group.
    public var all: [SearchResult] { groups.flatMap(\.results) }

    /// The group of one kind, if anything of that kind matched.
    public func group(_ kind: SearchKind) -> SearchResultGroup? { groups.first { $0.kind == kind } }
}
