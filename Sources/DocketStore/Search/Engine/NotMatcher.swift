/// Every document the node does not match (a negation that stands alone, or inside `OR`).
final class NotMatcher: Matcher {
    private let child: Matcher
    private let count: UInt32

    init(child: Matcher, count: Int) {
        self.child = child
        self.count = UInt32(count)
    }

    override var cost: Int { Int(count) }

    override func advance(to target: UInt32) -> UInt32 {
        if started && doc >= target { return doc }
        started = true
        var d = target
        while d < count {
            if child.advance(to: d) != d {
                doc = d
                return d
            }
            d += 1
        }
        doc = Self.end
        return doc
    }
}
