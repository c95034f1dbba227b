/// Documents that every required node matches, no excluded node matches, and every date
/// window admits. The rarest required node leads; the others are advanced to it.
final class AndMatcher: Matcher {
    private let required: [Matcher]
    /// `required` again, unretained: the per-document loops then cost no reference counting
    /// (the nodes live as long as `required` holds them).
    private let requiredRefs: [Unmanaged<Matcher>]
    /// `required` again as terms when every one is a term (the common case): `collect` then
    /// scores them with each document's field lengths loaded once, and only when the score
    /// can enter the top hits.
    private let terms: [Unmanaged<TermMatcher>]?
    private let excluded: [Matcher]
    private let windows: [DateWindow]
    private let docTable: DocTable

    /// `required` must not be empty (lead with an `AllMatcher` when there is nothing else).
    init(required: [Matcher], excluded: [Matcher], windows: [DateWindow], docTable: DocTable) {
        self.required = required.sorted { $0.cost < $1.cost }
        requiredRefs = self.required.map { Unmanaged.passUnretained($0) }
        let termNodes = self.required.compactMap { $0 as? TermMatcher }
        terms = termNodes.count == self.required.count ? termNodes.map { Unmanaged.passUnretained($0) } : nil
        self.excluded = excluded
        self.windows = windows
        self.docTable = docTable
    }

    override var cost: Int { required.first?.cost ?? 0 }

    override func advance(to target: UInt32) -> UInt32 {
        if started && doc >= target { return doc }
        started = true
        var target = target
        let lead = requiredRefs[0]
        let count = requiredRefs.count
        outer: while true {
            var d = lead._withUnsafeGuaranteedRef { $0.advance(to: target) }
            if d == Self.end { break }
            var i = 1
            while i < count {
                let di = requiredRefs[i]._withUnsafeGuaranteedRef { $0.advance(to: d) }
                if di == Self.end { break outer }
                if di != d {
                    d = lead._withUnsafeGuaranteedRef { $0.advance(to: di) }
                    if d == Self.end { break outer }
                    i = 1
                    continue
                }
                i += 1
            }
            if admitted(d) {
                doc = d
                return d
            }
            target = d + 1
        }
        doc = Self.end
        return doc
    }

    @inline(__always)
    private func admitted(_ d: UInt32) -> Bool {
        for w in windows where !w.admits(docTable, d) { return false }
        for e in excluded where e.advance(to: d) == d { return false }
        return true
    }

    override func score() -> Double {
        var s = 0.0
        for r in requiredRefs { s += r._withUnsafeGuaranteedRef { $0.score() } }
        return s
    }

    /// The same sum as `score()` for a conjunction of terms, with each document's field
    /// lengths loaded once, and no division for a match that cannot enter the top hits.
    override func collect(into top: inout TopHits, docTable: DocTable, segment: Int, docs: Range<UInt32>) {
        guard let terms else { return super.collect(into: &top, docTable: docTable, segment: segment, docs: docs) }
        var d = advance(to: docs.lowerBound)
        while d < docs.upperBound {
            defer { d = advance(to: d + 1) }
            let titleLength = docTable.titleLength(d)
            let bodyLength = docTable.bodyLength(d)
            if let floor = top.floor, floor > 0 {
                // Σ wᵢ·xᵢ/(xᵢ+k1) as one fraction N/D, without dividing: below the floor
                // (with a margin against rounding) the match is only counted.
                var n = 0.0
                var q = 1.0
                for t in terms {
                    let (w, x) = t._withUnsafeGuaranteedRef { $0.weightedFrequency(titleLength: titleLength, bodyLength: bodyLength) }
                    let dx = x + BM25.k1
                    n = n * dx + w * x * q
                    q *= dx
                }
                if n < floor * q * (1 - 1e-9) {
                    top.countRejected()
                    continue
                }
            }
            var s = 0.0
            for t in terms { s += t._withUnsafeGuaranteedRef { $0.score(titleLength: titleLength, bodyLength: bodyLength) } }
            if top.rejects(s) { continue }
            top.offer(Hit(score: s, date: docTable.date(d), location: docTable.location(d), segment: segment, doc: d))
        }
        doc = Self.end
    }

    override func collectMatchedTerms(into out: inout [String]) {
        for r in required { r.collectMatchedTerms(into: &out) }
    }
}
