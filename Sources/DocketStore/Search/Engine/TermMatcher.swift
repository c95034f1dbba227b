/// One term's postings, scored by BM25F (a zero weight for filter values).
final class TermMatcher: Matcher {
    let cursor: PostingCursor
    private let idf: Double
    /// `idf · (k1 + 1)`: the score's ceiling; 0 for a filter value.
    let weight: Double
    let bm25: BM25
    private let docTable: DocTable
    let term: String

    init(cursor: PostingCursor, idf: Double, bm25: BM25, docTable: DocTable, term: String) {
        self.cursor = cursor
        self.idf = idf
        self.weight = idf * (BM25.k1 + 1)
        self.bm25 = bm25
        self.docTable = docTable
        self.term = term
    }

    override var cost: Int { cursor.df }

    override func next() -> UInt32 {
        started = true
        doc = cursor.next()
        return doc
    }

    override func advance(to target: UInt32) -> UInt32 {
        started = true
        doc = cursor.advance(to: target)
        return doc
    }

    override func score() -> Double {
        guard weight > 0 else { return 0 }
        return weight
            * bm25.saturation(
                titleTF: cursor.titleTF, bodyTF: cursor.bodyTF, titleLength: docTable.titleLength(doc),
                bodyLength: docTable.bodyLength(doc))
    }

    /// Walks the postings directly. Once `top` is full, a posting whose normalised frequency
    /// is below what the worst kept hit's score needs is counted without being scored (the
    /// score is monotonic in it), which spares most divisions on a common term.
    override func collect(into top: inout TopHits, docTable: DocTable, segment: Int, docs: Range<UInt32>) {
        guard weight > 0 else { return super.collect(into: &top, docTable: docTable, segment: segment, docs: docs) }
        let cursor = cursor
        let bm25 = bm25
        let weight = weight
        var floor = top.floor
        var least = floor.map { bm25.frequencyFloor(weight: weight, score: $0) } ?? 0
        started = true
        var d = cursor.advance(to: docs.lowerBound)
        while d < docs.upperBound {
            defer { d = cursor.next() }
            let tf = bm25.normalizedFrequency(
                titleTF: cursor.titleTF, bodyTF: cursor.bodyTF, titleLength: docTable.titleLength(d),
                bodyLength: docTable.bodyLength(d))
            if tf < least {
                top.countRejected()
                continue
            }
            let s = weight * (tf / (tf + BM25.k1))
            if top.rejects(s) { continue }
            top.offer(Hit(score: s, date: docTable.date(d), location: docTable.location(d), segment: segment, doc: d))
            if top.floor != floor {
                floor = top.floor
                least = floor.map { bm25.frequencyFloor(weight: weight, score: $0) } ?? 0
            }
        }
        doc = Self.end
    }

    override func collectMatchedTerms(into out: inout [String]) {
        if idf > 0 { out.append(term) }
    }
}
