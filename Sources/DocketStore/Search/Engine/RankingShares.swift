/// What the threads that rank shares of the documents at once have in common: the segments,
/// which they only read (a `SegmentReader` reads bytes that do not change while it is open),
/// and one result slot per share, each written by its own thread before the threads are
/// joined. Cursors, matchers and top hits each thread creates for itself.
final class RankingShares: @unchecked Sendable {
    let segments: [SegmentReader]
    let count: Int
    private let results: UnsafeMutablePointer<Result<TopHits, Error>?>

    init(segments: [SegmentReader], count: Int) {
        self.segments = segments
        self.count = count
        results = .allocate(capacity: count)
        results.initialize(repeating: nil, count: count)
    }

    deinit {
        results.deinitialize(count: count)
        results.deallocate()
    }

    /// The documents of segment `index` that share `part` ranks.
    func documents(part: Int, segment index: Int) -> Range<UInt32> {
        let n = UInt64(segments[index].docCount)
        return UInt32(n * UInt64(part) / UInt64(count))..<UInt32(n * UInt64(part + 1) / UInt64(count))
    }

    func store(_ result: Result<TopHits, Error>, part: Int) {
        results[part] = result
    }

    /// The merged best hits of every share (after all have been stored).
    func merged(limit: Int) throws -> TopHits {
        var top = TopHits(limit: limit)
        for part in 0..<count {
            guard let result = results[part] else { continue }
            top.merge(try result.get())
        }
        return top
    }
}
