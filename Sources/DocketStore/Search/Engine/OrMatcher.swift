/// Documents that at least one node matches, scored by the sum of the nodes that match.
final class OrMatcher: Matcher {
    private let children: [Matcher]

    init(children: [Matcher]) {
        self.children = children
    }

    override var cost: Int { children.reduce(0) { $0 + $1.cost } }

    override func advance(to target: UInt32) -> UInt32 {
        if started && doc >= target { return doc }
        started = true
        var least = Self.end
        for c in children {
            let d = c.advance(to: target)
            if d < least { least = d }
        }
        doc = least
        return least
    }

    override func score() -> Double {
        var s = 0.0
        for c in children where c.doc == doc { s += c.score() }
        return s
    }

    override func collectMatchedTerms(into out: inout [String]) {
        for c in children where c.doc == doc { c.collectMatchedTerms(into: &out) }
    }
}
