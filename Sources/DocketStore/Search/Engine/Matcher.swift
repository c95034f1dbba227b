/// A node of a query compiled against one segment: it walks the documents that match, in
/// increasing order, and scores the current one.
///
/// Subclasses override `next()`, `advance(to:)` and `score()`. `advance(to:)` returns the
/// first matching document at or after `target` (the current one when it already is), and
/// `end` once there is none.
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

    /// Adds this node's matched terms at the current document to `out` (for explanations and
    /// tests); filters add nothing.
    func collectMatchedTerms(into out: inout [String]) {}
}
