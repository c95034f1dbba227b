/// The best `limit` hits seen so far, best first. Most candidates are rejected by one
/// comparison with the worst kept.
struct TopHits {
    let limit: Int
    private(set) var hits: [Hit] = []
    /// Every hit offered: the number of matches.
    private(set) var total = 0

    init(limit: Int) {
        self.limit = limit
        hits.reserveCapacity(limit + 1)
    }

    /// True when a hit of this score cannot enter (it would rank below every kept hit even
    /// with the newest date). Counts it as a match.
    @inline(__always)
    mutating func rejects(_ score: Double) -> Bool {
        guard hits.count == limit else { return false }
        if limit == 0 || score < hits[limit - 1].score {
            total += 1
            return true
        }
        return false
    }

    /// The score a hit needs to enter (it enters at this score only if it is newer than the
    /// worst kept hit), or nil while there is room.
    @inline(__always)
    var floor: Double? {
        hits.count == limit ? (limit == 0 ? .infinity : hits[limit - 1].score) : nil
    }

    /// Counts a match that was rejected without computing its score (it was shown to score
    /// below `floor`).
    @inline(__always)
    mutating func countRejected() {
        total += 1
    }

    /// Adds the hits and the count of another share of the documents.
    mutating func merge(_ other: TopHits) {
        for hit in other.hits {
            offer(hit)
            total -= 1
        }
        total += other.total
    }

    @inline(__always)
    mutating func offer(_ hit: Hit) {
        total += 1
        guard limit > 0 else { return }
        if hits.count == limit {
            guard hit.ranksAbove(hits[limit - 1]) else { return }
            hits.removeLast()
        }
        var i = hits.count
        while i > 0, hit.ranksAbove(hits[i - 1]) { i -= 1 }
        hits.insert(hit, at: i)
    }
}
