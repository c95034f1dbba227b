import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// Builders shared by the search tests.
enum SearchSample {
    static func item(
        _ key: String, title: String, summary: String = "", published: String = "2026-10-01T12:00:00Z", feed: String = "alpha",
        companies: [String] = [], categories: [String] = [], content: String? = nil
    ) -> Item {
        Item(
            id: StableID.make(feed, "guid", key), feed: feed, title: title, link: "https://\(feed).example/\(key)", guid: key,
            published: Sample.date(published), summary: summary, content: content, categories: categories, companies: companies)
    }

    /// Items with generated text: word `w<k>` is in item n when k divides n (so `w1` is
    /// everywhere, `w97` rare), plus a shared phrase in every seventh.
    static func generated(_ range: ClosedRange<Int>) -> [Item] {
        range.map { n in
            let words = (1...40).filter { n % $0 == 0 }.map { "w\($0)" }
            let month = 1 + n % 12
            let day = 1 + n % 28
            return item(
                "g\(n)", title: "Story \(n) " + words.prefix(3).joined(separator: " "),
                summary: words.joined(separator: " ") + (n % 7 == 0 ? " export controls on chips" : " controls export"),
                published: String(format: "2026-%02d-%02dT%02d:00:00Z", month, day, n % 24), feed: n % 3 == 0 ? "beta" : "alpha",
                companies: n % 5 == 0 ? ["alibaba"] : [], categories: n % 4 == 0 ? ["Export Controls"] : [])
        }
    }

    /// What a search says, comparably: kind, id, score and snippet of every result.
    static func answers(_ kb: KnowledgeBase, _ queries: [String], limit: Int = 10) throws -> [String] {
        try queries.flatMap { q in
            let results = try kb.search(q, options: SearchOptions(limit: limit))
            return [q] + results.groups.flatMap { g in
                ["\(g.kind.rawValue) total \(g.total)"]
                    + g.results.map { "\($0.id) \(String(format: "%.6f", $0.score)) \($0.snippet) \($0.highlights)" }
            }
        }
    }

    static let queries = [
        "w2", "w3 w5", "\"export controls\"", "w7 -w2", "w11 OR w13", "company:alibaba w3", "category:export-controls",
        "since:2026-03 until:2026-04 w2", "feed:beta", "-w1", "(w2 OR w3) -chips", "story",
    ]

    static func folderSize(_ url: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func manifest(_ kb: KnowledgeBase) -> SearchManifest? {
        SearchManifest.load(from: SearchIndexWriter.manifestURL(kb))
    }
}

@Suite struct SearchSupportTests {
    @Test func generatedItemsHaveTheAdvertisedSelectivity() {
        let items = SearchSample.generated(1...100)
        #expect(items.count == 100)
        #expect(items.filter { $0.summary!.contains("w7 ") || $0.summary!.hasSuffix("w7") }.count == 14)
        #expect(items.filter { $0.companies == ["alibaba"] }.count == 20)
    }
}
