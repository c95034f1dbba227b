/// A node of a query compiled against one segment: it walks the documents that match, in
/// increasing order, and scores the current one.
///
/// Subclasses override `next()`, `advance(to:)` and `score()`. `advance(to:)` returns the
/// first matching document at or after `target` (the current one when it already is), and
/// `end` once there is none. `collect(into:docTable:segment:docs:)` walks every match in a
/// range of documents into the top hits; terms and conjunctions of terms override it with
/// tighter loops that skip scoring what cannot enter.
class Matcher {
    static let end = UInt32.max

    /// The current document, once started.
    var doc: UInt32 = 0
    var started = false

    /// At most how many documents match (orders the operands of an AND: rarest first).
    var cost: Int { 0 }

    func next() -> UInt32 { advance(to: started ? (doc == Self.end ? doc : doc + 1) : 0) }

    func advance(to target: UInt32) -> UInt32 { fatalError("subclass") }

    /// The current document's score (0 for filters).
    func score() -> Double { 0 }

    /// Offers every match in `docs` of a fresh matcher to `top` (a match that cannot enter
    /// is only counted). Overrides must offer the same hits with the same scores as this loop.
    func collect(into top: inout TopHits, docTable: DocTable, segment: Int, docs: Range<UInt32>) {
        var d = advance(to: docs.lowerBound)
        while d < docs.upperBound {
            let s = score()
            if !top.rejects(s) {
                top.offer(Hit(score: s, date: docTable.date(d), location: docTable.location(d), segment: segment, doc: d))
            }
            d = next()
        }
    }

    /// Adds this node's matched terms at the current document to `out` (for explanations and
    /// tests); filters add nothing.
    func collectMatchedTerms(into out: inout [String]) {}
}
