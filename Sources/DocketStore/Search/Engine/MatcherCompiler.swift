import Foundation

/// Compiles a query tree against one segment of one kind of record.
///
/// Field filters become postings of filter values, date windows over the doc table, or a
/// constant (`kind:`, or a field this kind of record does not have). Inside an AND,
/// negations are checked per candidate and date filters are windows, so the rarest
/// positive node drives the walk.
struct MatcherCompiler {
    let segment: SegmentReader
    let kind: SearchKind
    /// Idf of each text term (filters weigh nothing).
    let idf: [String: Double]
    let bm25: BM25
    /// Company filter value → the company ids it stands for (aliases and merged records).
    let companyIDs: [String: [String]]

    func compile(_ node: QueryNode) throws -> Matcher {
        switch node {
        case .term(let t):
            guard let info = try segment.lookup(Array(t.utf8)) else { return NoneMatcher() }
            return TermMatcher(cursor: segment.cursor(info), idf: idf[t] ?? 0, bm25: bm25, docTable: segment.docTable, term: t)
        case .phrase(let ts):
            var cursors: [PostingCursor] = []
            for t in ts {
                guard let info = try segment.lookup(Array(t.utf8)) else { return NoneMatcher() }
                cursors.append(segment.cursor(info))
            }
            let weight = ts.reduce(0) { $0 + (idf[$1] ?? 0) }
            return PhraseMatcher(cursors: cursors, idf: weight, bm25: bm25, docTable: segment.docTable, terms: ts)
        case .filter(let f):
            return try filter(f)
        case .not(let inner):
            return NotMatcher(child: try compile(inner), count: segment.docCount)
        case .and(let children):
            var required: [Matcher] = []
            var excluded: [Matcher] = []
            var windows: [DateWindow] = []
            for child in children {
                switch child {
                case .not(let inner):
                    let m = try compile(inner)
                    if !(m is NoneMatcher) { excluded.append(m) }
                case .filter(.since(let d)):
                    windows.append(DateWindow(since: Self.seconds(d), until: nil))
                case .filter(.until(let d)):
                    windows.append(DateWindow(since: nil, until: Self.seconds(d)))
                default:
                    let m = try compile(child)
                    if m is NoneMatcher { return m }
                    if !(m is AllMatcher && (m as! AllMatcher).isPlain) { required.append(m) }
                }
            }
            if required.isEmpty {
                let first = windows.first
                required.append(AllMatcher(count: segment.docCount, window: first, docTable: segment.docTable))
                if !windows.isEmpty { windows.removeFirst() }
            }
            if required.count == 1 && excluded.isEmpty && windows.isEmpty { return required[0] }
            return AndMatcher(required: required, excluded: excluded, windows: windows, docTable: segment.docTable)
        case .or(let children):
            let kept = try children.map(compile).filter { !($0 is NoneMatcher) }
            if kept.isEmpty { return NoneMatcher() }
            if kept.count == 1 { return kept[0] }
            return OrMatcher(children: kept)
        }
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    private func all() -> Matcher { AllMatcher(count: segment.docCount, docTable: segment.docTable) }

    private func filterTerms(_ field: UInt8, _ values: [String]) throws -> Matcher {
        var matchers: [Matcher] = []
        for v in values {
            if let info = try segment.lookup(FilterTerm.bytes(field, v)) {
                matchers.append(TermMatcher(cursor: segment.cursor(info), idf: 0, bm25: bm25, docTable: segment.docTable, term: v))
            }
        }
        switch matchers.count {
        case 0: return NoneMatcher()
        case 1: return matchers[0]
        default: return OrMatcher(children: matchers)
        }
    }

    private func filter(_ f: QueryFilter) throws -> Matcher {
        switch f {
        case .kind(let k):
            return k == kind ? all() : NoneMatcher()
        case .since(let d):
            return AllMatcher(count: segment.docCount, window: DateWindow(since: Self.seconds(d), until: nil), docTable: segment.docTable)
        case .until(let d):
            return AllMatcher(count: segment.docCount, window: DateWindow(since: nil, until: Self.seconds(d)), docTable: segment.docTable)
        case .company(let v):
            return try filterTerms(FilterTerm.company, companyIDs[v] ?? [v])
        case .category(let v):
            return try filterTerms(FilterTerm.category, [v])
        case .jurisdiction(let v):
            return try filterTerms(FilterTerm.jurisdiction, [v])
        case .status(let v):
            return try filterTerms(FilterTerm.status, [v])
        case .feed(let v):
            return try filterTerms(FilterTerm.feed, [v])
        }
    }
}
