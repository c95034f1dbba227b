/// Matches nothing: a term the segment does not have, a filter that cannot apply here.
final class NoneMatcher: Matcher {
    override func advance(to target: UInt32) -> UInt32 {
        started = true
        doc = Self.end
        return doc
    }
}
