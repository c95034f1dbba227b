import DocketModel
import Foundation

/// Runs a query over a knowledge base: items through the on-disk index (plus whatever it
/// has not indexed yet), allegations, regulations and companies through segments built in
/// memory from their files; ranks each kind with its own statistics; renders the best hits
/// with snippets.
struct SearchEngine {
    let kb: KnowledgeBase
    private let analyzer = TextAnalyzer()

    init(kb: KnowledgeBase) {
        self.kb = kb
    }

    func search(_ query: SearchQuery, options: SearchOptions) throws -> SearchResults {
        var root = query.root
        var extra: [QueryNode] = []
        if let since = options.since { extra.append(.filter(.since(since))) }
        if let until = options.until { extra.append(.filter(.until(until))) }
        if !extra.isEmpty {
            if case .and(let children) = root { root = .and(children + extra) } else { root = .and([root] + extra) }
        }
        let limit = max(0, options.limit)
        let kinds = SearchKind.allCases.filter { options.kinds.contains($0) && Self.possible(root, $0) }
        let companies = kinds.contains { $0 != .item } || Self.hasCompanyFilter(root) ? try kb.companies() : []
        let companyIDs = resolveCompanies(root, companies)
        let highlighter = Highlighter(query: root, analyzer: analyzer)

        var groups: [SearchResultGroup] = []
        var warnings: [String] = []
        for kind in kinds {
            let segments: [SegmentReader]
            var documents: [RecordDocument] = []
            switch kind {
            case .item:
                let snapshot = try ItemIndexSnapshot.open(kb)
                warnings.append(contentsOf: snapshot.warnings)
                segments = snapshot.segments
            case .allegation:
                let names = Dictionary(companies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                documents = RecordDocument.allegations(try kb.allegations(), names: names, analyzer: analyzer)
                segments = [try RecordDocument.segment(documents, analyzer: analyzer, name: "allegations")]
            case .regulation:
                documents = RecordDocument.regulations(try kb.regulations(), analyzer: analyzer)
                segments = [try RecordDocument.segment(documents, analyzer: analyzer, name: "regulations")]
            case .company:
                documents = RecordDocument.companies(companies, analyzer: analyzer)
                segments = [try RecordDocument.segment(documents, analyzer: analyzer, name: "companies")]
            }
            let top = try Self.rank(root, segments: segments, kind: kind, companyIDs: companyIDs, limit: limit)
            guard top.total > 0 else { continue }
            let results: [SearchResult]
            if kind == .item {
                results = try renderItems(top.hits, segments: segments, highlighter: highlighter)
            } else {
                results = top.hits.map { render(documents[Int($0.location)], kind: kind, hit: $0, highlighter: highlighter) }
            }
            groups.append(SearchResultGroup(kind: kind, results: results, total: top.total))
        }
        return SearchResults(query: query, groups: groups, warnings: warnings)
    }

    /// The best `limit` hits of `root` over `segments` (one kind), with the number of matches.
    ///
    /// A query that walks many postings is ranked in `parts` shares of the documents at once
    /// (each share with its own compiled matchers), and the shares' best hits merged: the
    /// same hits, on up to `parts` cores. By default one share per core, up to four, for a
    /// query whose matchers may walk `parallelWork` postings or more.
    ///
    /// A query in which nothing scores (filters and dates only) ranks by date alone. Items are
    /// stored oldest first, so such a walk would see nearly every match enter the top hits;
    /// each share is walked instead in `dateOnlySlices` ranges, newest first, so that the first
    /// matches fill the top hits and the rest are turned away by one comparison. The hits are
    /// the same in any order.
    static func rank(
        _ root: QueryNode, segments: [SegmentReader], kind: SearchKind, companyIDs: [String: [String]], limit: Int,
        parts: Int = defaultParts, parallelWork: Int = parallelWork
    ) throws -> TopHits {
        let scoring = try QueryScoring(root, segments: segments, kind: kind, companyIDs: companyIDs)
        let matchers = try segments.map { $0.docCount > 0 ? try scoring.matcher($0) : nil }
        let work = matchers.reduce(0) { $0 + ($1?.cost ?? 0) }
        let slices = scores(root) ? 1 : dateOnlySlices
        guard parts > 1, work >= parallelWork else {
            var top = TopHits(limit: limit)
            for index in order(segments, slices) {
                let docs = 0..<UInt32(segments[index].docCount)
                try collect(scoring, segments, index, docs, slices: slices, first: matchers[index], into: &top)
            }
            return top
        }
        let shares = RankingShares(segments: segments, count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let outcome = Result {
                let segments = shares.segments
                let scoring = try QueryScoring(root, segments: segments, kind: kind, companyIDs: companyIDs)
                var top = TopHits(limit: limit)
                for index in order(segments, slices) {
                    let docs = shares.documents(part: part, segment: index)
                    try collect(scoring, segments, index, docs, slices: slices, first: nil, into: &top)
                }
                return top
            }
            shares.store(outcome, part: part)
        }
        return try shares.merged(limit: limit)
    }

    /// How many postings a query must walk before it is ranked on several cores.
    static let parallelWork = 200_000

    /// One share per core, up to four (asked once: Foundation reads the cgroup files each time).
    static let defaultParts = min(ProcessInfo.processInfo.activeProcessorCount, 4)

    /// In how many ranges, newest first, a share of a date-only query is walked.
    static let dateOnlySlices = 8

    /// The non-empty segments, newest first when walked in slices.
    private static func order(_ segments: [SegmentReader], _ slices: Int) -> [Int] {
        let indices = segments.indices.filter { segments[$0].docCount > 0 }
        return slices > 1 ? indices.reversed() : indices
    }

    /// Offers the matches in `docs` of segment `index` to `top`: in one walk (with `first`
    /// when given: a fresh matcher over the segment), or in `slices` ranges newest first,
    /// each with a matcher of its own.
    private static func collect(
        _ scoring: QueryScoring, _ segments: [SegmentReader], _ index: Int, _ docs: Range<UInt32>, slices: Int,
        first: Matcher?, into top: inout TopHits
    ) throws {
        let segment = segments[index]
        guard slices > 1, docs.count >= slices else {
            let matcher = try first ?? scoring.matcher(segment)
            matcher.collect(into: &top, docTable: segment.docTable, segment: index, docs: docs)
            return
        }
        let n = UInt64(docs.count)
        for slice in (0..<UInt64(slices)).reversed() {
            let lower = docs.lowerBound + UInt32(n * slice / UInt64(slices))
            let upper = docs.lowerBound + UInt32(n * (slice + 1) / UInt64(slices))
            try scoring.matcher(segment).collect(into: &top, docTable: segment.docTable, segment: index, docs: lower..<upper)
        }
    }

    /// `root` compiled against each non-empty segment (by its index), scored with the
    /// statistics of all of them.
    static func compile(
        _ root: QueryNode, segments: [SegmentReader], kind: SearchKind, companyIDs: [String: [String]]
    ) throws -> [(Int, Matcher)] {
        let scoring = try QueryScoring(root, segments: segments, kind: kind, companyIDs: companyIDs)
        return try segments.indices.filter { segments[$0].docCount > 0 }.map { ($0, try scoring.matcher(segments[$0])) }
    }

    // MARK: - Rendering

    private func date(_ seconds: Int64) -> Date? {
        seconds == DocRecord.noDate ? nil : Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private func snippet(_ parts: [String], highlighter: Highlighter) -> (String, [Range<Int>]) {
        let texts = parts.map(Highlighter.flatten).filter { !$0.isEmpty }.map(highlighter.analyze)
        guard let first = texts.first else { return ("", []) }
        var best = first
        var bestWeight = highlighter.weight(of: first)
        for t in texts.dropFirst() {
            let w = highlighter.weight(of: t)
            if w > bestWeight {
                best = t
                bestWeight = w
            }
        }
        let s = highlighter.snippet(of: best)
        return (s.text, s.highlights)
    }

    private func render(_ d: RecordDocument, kind: SearchKind, hit: Hit, highlighter: Highlighter) -> SearchResult {
        let title = Highlighter.flatten(d.title)
        let (text, ranges) = snippet(d.body, highlighter: highlighter)
        return SearchResult(
            kind: kind, id: d.id, score: hit.score, title: title, titleHighlights: highlighter.highlights(in: title),
            date: date(d.date), snippet: text, highlights: ranges, status: d.status, category: d.category,
            jurisdiction: d.jurisdiction)
    }

    private func renderItems(_ hits: [Hit], segments: [SegmentReader], highlighter: Highlighter) throws -> [SearchResult] {
        var files: [ItemMonth: POSIXFile] = [:]
        var scanner = ItemLineScanner()
        var out: [SearchResult] = []
        for hit in hits {
            let at = ItemLocation(packed: hit.location)
            if files[at.month] == nil { files[at.month] = try POSIXFile.openIfExists(kb.monthURL(at.month).path) }
            guard let file = files[at.month], let line = try JSONLinesReader.line(in: file, at: at.offset) else {
                throw KnowledgeBaseError.invalid(
                    message: "the search index points past the end of \(kb.monthURL(at.month).path); run `docket kb reindex`")
            }
            try line.withUnsafeBytes { raw in
                do {
                    try scanner.scan(raw)
                } catch {
                    throw KnowledgeBaseError.corrupt(
                        file: kb.monthURL(at.month).path, line: nil, message: "the line at byte \(at.offset) is not a valid item")
                }
            }
            let title = Highlighter.flatten(String(decoding: scanner.title, as: UTF8.self))
            let (text, ranges) = snippet(
                [String(decoding: scanner.summary, as: UTF8.self), String(decoding: scanner.content, as: UTF8.self)],
                highlighter: highlighter)
            out.append(
                SearchResult(
                    kind: .item, id: scanner.id, score: hit.score, title: title, titleHighlights: highlighter.highlights(in: title),
                    date: date(hit.date), snippet: text, highlights: ranges, link: scanner.link, feed: scanner.feed))
        }
        return out
    }

    // MARK: - Query analysis

    /// False when `node` cannot match any record of `kind` (a filter on a field it lacks).
    static func possible(_ node: QueryNode, _ kind: SearchKind) -> Bool {
        switch node {
        case .term, .phrase, .not: return true
        case .and(let ns): return ns.allSatisfy { possible($0, kind) }
        case .or(let ns): return ns.contains { possible($0, kind) }
        case .filter(let f):
            switch f {
            case .kind(let k): return k == kind
            case .company: return kind != .regulation
            case .category: return kind != .company
            case .jurisdiction: return kind == .regulation || kind == .company
            case .status: return kind == .allegation || kind == .regulation
            case .feed: return kind == .item
            case .since, .until: return kind != .company
            }
        }
    }

    /// True when some match of `node` can score above zero: a word or phrase that is not
    /// excluded. Without one, results rank by date alone.
    static func scores(_ node: QueryNode) -> Bool {
        switch node {
        case .term, .phrase: return true
        case .filter, .not: return false
        case .and(let ns), .or(let ns): return ns.contains(where: scores)
        }
    }

    static func hasCompanyFilter(_ node: QueryNode) -> Bool {
        switch node {
        case .filter(.company): return true
        case .term, .phrase, .filter: return false
        case .not(let n): return hasCompanyFilter(n)
        case .and(let ns), .or(let ns): return ns.contains(where: hasCompanyFilter)
        }
    }

    /// Each `company:` value → the ids it stands for: a company whose id, name or alias it
    /// is (followed to the record it was merged into), and the records merged into that one.
    private func resolveCompanies(_ node: QueryNode, _ companies: [Company]) -> [String: [String]] {
        var values: [String] = []
        func walk(_ n: QueryNode) {
            switch n {
            case .filter(.company(let v)): values.append(v)
            case .term, .phrase, .filter: break
            case .not(let inner): walk(inner)
            case .and(let ns), .or(let ns): ns.forEach(walk)
            }
        }
        walk(node)
        guard !values.isEmpty else { return [:] }
        let byID = Dictionary(companies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String: [String]] = [:]
        for v in values where out[v] == nil {
            var ids: [String] = [v]
            for c in companies {
                let names = [c.id, c.name] + c.aliases
                guard names.contains(where: { analyzer.filterValue($0) == v }) else { continue }
                var target = c
                var hops = 0
                while let next = target.mergedInto, let t = byID[next], hops < 8 {
                    target = t
                    hops += 1
                }
                ids.append(target.id)
                ids.append(contentsOf: companies.filter { $0.mergedInto == target.id }.map(\.id))
            }
            var seen = Set<String>()
            out[v] = ids.map { analyzer.filterValue($0) }.filter { seen.insert($0).inserted }
        }
        return out
    }
}
