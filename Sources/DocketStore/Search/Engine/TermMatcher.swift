/// One term's postings, scored by BM25F (a zero weight for filter values).
final class TermMatcher: Matcher {
    let cursor: PostingCursor
    private let idf: Double
    private let weight: Double
    private let bm25: BM25
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

    override func collectMatchedTerms(into out: inout [String]) {
        if idf > 0 { out.append(term) }
    }
}
