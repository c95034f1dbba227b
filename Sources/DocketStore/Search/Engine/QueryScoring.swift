/// What ranking one query over some segments needs besides the segments: BM25 with the
/// statistics of all of them together (so a score does not depend on how the index is cut)
/// and the idf of each of the query's terms. Compiles the query against one segment.
struct QueryScoring {
    let root: QueryNode
    let kind: SearchKind
    let companyIDs: [String: [String]]
    let bm25: BM25
    let idf: [String: Double]

    init(_ root: QueryNode, segments: [SegmentReader], kind: SearchKind, companyIDs: [String: [String]]) throws {
        var documents = 0
        var titleTokens: UInt64 = 0
        var bodyTokens: UInt64 = 0
        for s in segments {
            documents += s.docCount
            titleTokens += s.header.titleTokens
            bodyTokens += s.header.bodyTokens
        }
        let bm25 = BM25(documents: documents, titleTokens: titleTokens, bodyTokens: bodyTokens)
        var idf: [String: Double] = [:]
        for term in Set(root.allTerms) {
            var df = 0
            let bytes = Array(term.utf8)
            for s in segments { df += Int(try s.lookup(bytes)?.df ?? 0) }
            idf[term] = bm25.idf(df: df)
        }
        self.root = root
        self.kind = kind
        self.companyIDs = companyIDs
        self.bm25 = bm25
        self.idf = idf
    }

    /// The query as a fresh matcher over `segment`.
    func matcher(_ segment: SegmentReader) throws -> Matcher {
        try MatcherCompiler(segment: segment, kind: kind, idf: idf, bm25: bm25, companyIDs: companyIDs).compile(root)
    }
}
