/// The results of one kind of record, best first.
public struct SearchResultGroup: Sendable, Hashable {
    public var kind: SearchKind
    /// At most `SearchOptions.limit` results.
    public var results: [SearchResult]
    /// How many records of this kind matched in all.
    public var total: Int

    public init(kind: SearchKind, results: [SearchResult], total: Int) {
        self.kind = kind
        self.results = results
        self.total = total
    }
}
