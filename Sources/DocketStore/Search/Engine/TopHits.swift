/// The best `limit` hits seen so far, kept as a binary heap whose root is the worst of them:
/// most candidates are rejected by one comparison with it, and one that enters costs
/// O(log limit) (a date-only query over items stored oldest first makes nearly every match
/// enter, which a sorted array paid for with a move of the whole array each time).
struct TopHits {
    let limit: Int
    private var heap: [Hit] = []
    /// Every hit offered: the number of matches.
    private(set) var total = 0

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(limit)
    }

    /// The kept hits, best first.
    var hits: [Hit] {
        heap.sorted { $0.ranksAbove($1) }
    }

    /// True when a hit of this score cannot enter (it would rank below every kept hit even
    /// with the newest date). Counts it as a match.
    @inline(__always)
    mutating func rejects(_ score: Double) -> Bool {
        guard heap.count == limit else { return false }
        if limit == 0 || score < heap[0].score {
            total += 1
            return true
        }
        return false
    }

    /// The score a hit needs to enter (it enters at this score only if it is newer than the
    /// worst kept hit), or nil while there is room.
    @inline(__always)
    var floor: Double? {
        heap.count == limit ? (limit == 0 ? .infinity : heap[0].score) : nil
    }

    /// Counts a match that was rejected without computing its score (it was shown to score
    /// below `floor`).
    @inline(__always)
    mutating func countRejected() {
        total += 1
    }

    /// Adds the hits and the count of another share of the documents.
    mutating func merge(_ other: TopHits) {
        for hit in other.heap {
            offer(hit)
            total -= 1
        }
        total += other.total
    }

    @inline(__always)
    mutating func offer(_ hit: Hit) {
        total += 1
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if hit.ranksAbove(heap[0]) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// Heap order: a parent never ranks above its children.
    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[parent].ranksAbove(heap[i]) else { return }
            heap.swapAt(parent, i)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        let n = heap.count
        while true {
            let left = 2 * i + 1
            let right = left + 1
            var worst = i
            if left < n && heap[worst].ranksAbove(heap[left]) { worst = left }
            if right < n && heap[worst].ranksAbove(heap[right]) { worst = right }
            if worst == i { return }
            heap.swapAt(worst, i)
            i = worst
        }
    }
}
