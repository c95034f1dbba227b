import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// The tight loops that rank terms and conjunctions (and skip scoring what cannot enter the
/// top hits) against the plain walk of the same compiled query: every match scored through
/// `next()` and `score()`, all of them sorted. Both must give the same hits, scores and total,
/// whether the documents are ranked in one share or in several at once.
@Suite struct SearchPruningTests {
    static let queries = [
        "w1", "w2", "w3", "story", "w2 w3", "w3 w5", "w1 w2 w3", "w2 w3 -w5", "w7 -w2", "w2 since:2026-03 until:2026-09",
        "w2 company:alibaba", "w11 OR w13", "\"export controls\" w2", "w4 w6 category:export-controls",
        // Nothing scores: ranked by date alone, walked newest first in slices.
        "feed:beta", "since:2026-03", "company:alibaba -w3", "-w2", "category:export-controls OR feed:beta",
    ]

    /// Every match of `root`, scored one by one, best first: what ranking must keep the top of.
    func everyHit(_ root: QueryNode, _ segments: [SegmentReader]) throws -> [Hit] {
        var hits: [Hit] = []
        for (index, matcher) in try SearchEngine.compile(root, segments: segments, kind: .item, companyIDs: [:]) {
            let table = segments[index].docTable
            var d = matcher.next()
            while d != Matcher.end {
                hits.append(Hit(score: matcher.score(), date: table.date(d), location: table.location(d), segment: index, doc: d))
                d = matcher.next()
            }
        }
        return hits.sorted { $0.ranksAbove($1) }
    }

    @Test(arguments: [(1, 1), (3, 1), (10, 1), (1000, 1), (1, 3), (10, 2), (10, 4)])
    func rankingKeepsTheTopOfEveryScoredMatch(limit: Int, parts: Int) throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        // Two appends: two segments, scored with the statistics of both.
        try kb.append(SearchSample.generated(1...700))
        try kb.reindex()
        try kb.append(SearchSample.generated(701...1200))
        let snapshot = try ItemIndexSnapshot.open(kb)
        var pruned = 0
        for text in Self.queries {
            let root = try SearchQuery(text).root
            let expected = try everyHit(root, snapshot.segments)
            let top = try SearchEngine.rank(
                root, segments: snapshot.segments, kind: .item, companyIDs: [:], limit: limit, parts: parts, parallelWork: 0)
            #expect(top.total == expected.count, "\(text)")
            #expect(top.hits.map(\.score) == expected.prefix(limit).map(\.score), "\(text)")
            #expect(top.hits.map(\.location) == expected.prefix(limit).map(\.location), "\(text)")
            if expected.count > limit && Set(expected.map(\.score)).count > limit { pruned += 1 }
        }
        // The comparison means something only where there were more matches than room.
        if limit < 1000 { #expect(pruned >= 12) }
    }
}
