/// Documents that every required node matches, no excluded node matches, and every date
/// window admits. The rarest required node leads; the others are advanced to it.
final class AndMatcher: Matcher {
    private let required: [Matcher]
    /// `required` again, unretained: the per-document loops then cost no reference counting
    /// (the nodes live as long as `required` holds them).
    private let requiredRefs: [Unmanaged<Matcher>]
    /// `required` and `excluded` again as terms when every node is one (words, excluded
    /// words): `collect` then walks their cursors directly.
    private let terms: (required: [TermMatcher], excluded: [TermMatcher])?
    private let excluded: [Matcher]
    private let windows: [DateWindow]
    private let docTable: DocTable

    /// `required` must not be empty (lead with an `AllMatcher` when there is nothing else).
    init(required: [Matcher], excluded: [Matcher], windows: [DateWindow], docTable: DocTable) {
        self.required = required.sorted { $0.cost < $1.cost }
        requiredRefs = self.required.map { Unmanaged.passUnretained($0) }
        let requiredTerms = self.required.compactMap { $0 as? TermMatcher }
        let excludedTerms = excluded.compactMap { $0 as? TermMatcher }
        terms =
            requiredTerms.count == self.required.count && excludedTerms.count == excluded.count
            ? (requiredTerms, excludedTerms) : nil
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

    /// `collect` for words, excluded words and dates (the common queries): the cursors are
    /// intersected and the matches scored in one loop, without a call through `Matcher` per
    /// document. A match is scored exactly as `score()` does (the same operations in the
    /// same order), then offered.
    override func collect(into top: inout TopHits, docTable: DocTable, segment: Int, docs: Range<UInt32>) {
        guard let (terms, excluding) = terms else {
            return super.collect(into: &top, docTable: docTable, segment: segment, docs: docs)
        }
        let cursors = ContiguousArray(terms.map(\.cursor))
        let excludedCursors = ContiguousArray(excluding.map(\.cursor))
        let windows = windows
        let weights = ContiguousArray(terms.map(\.weight))
        let bm25 = terms[0].bm25
        let lead = cursors[0]
        let count = cursors.count
        withExtendedLifetime((terms, excluding)) {
            var d = lead.advance(to: docs.lowerBound)
            walk: while d < docs.upperBound {
                var i = 1
                while i < count {
                    let di = cursors[i].advance(to: d)
                    if di != d {
                        d = lead.advance(to: di)
                        if d >= docs.upperBound { break walk }
                        i = 1
                        continue
                    }
                    i += 1
                }
                for w in windows where !w.admits(docTable, d) {
                    d = lead.next()
                    continue walk
                }
                for e in excludedCursors where e.advance(to: d) == d {
                    d = lead.next()
                    continue walk
                }
                let titleLength = docTable.titleLength(d)
                let bodyLength = docTable.bodyLength(d)
                var s = 0.0
                for k in 0..<count where weights[k] > 0 {
                    let c = cursors[k]
                    s += weights[k]
                        * bm25.saturation(titleTF: c.titleTF, bodyTF: c.bodyTF, titleLength: titleLength, bodyLength: bodyLength)
                }
                if !top.rejects(s) {
                    top.offer(Hit(score: s, date: docTable.date(d), location: docTable.location(d), segment: segment, doc: d))
                }
                d = lead.next()
            }
        }
        doc = Self.end
    }

    override func collectMatchedTerms(into out: inout [String]) {
        for r in required { r.collectMatchedTerms(into: &out) }
    }
}
