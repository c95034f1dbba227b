/// A scored match before it is rendered: which segment and document, and what orders it.
struct Hit: Sendable {
    var score: Double
    var date: Int64
    var location: UInt64
    var segment: Int
    var doc: UInt32

    /// Higher score first; on a tie the more recent; then the earlier stored.
    @inline(__always)
    func ranksAbove(_ other: Hit) -> Bool {
        if score != other.score { return score > other.score }
        if date != other.date { return date > other.date }
        return location < other.location
    }
}
