import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct BriefingGoldenTests {
    @Test func weeklyMarkdownMatchesTheGoldenFile() throws {
        let lookup = Sample.Lookup()
        let brief = try Sample.renderer().briefing(Sample.input(), format: .markdown) { lookup($0) }
        try Golden.check(brief.document, "weekly-2026-W48.md")
    }

    @Test func weeklyHTMLMatchesTheGoldenFile() throws {
        let lookup = Sample.Lookup()
        let brief = try Sample.renderer().briefing(Sample.input(), format: .html) { lookup($0) }
        try Golden.check(brief.document, "weekly-2026-W48.html")
    }

    @Test func firstBriefingWithoutSnapshotMatchesTheGoldenFile() throws {
        let lookup = Sample.Lookup()
        var input = Sample.input(previous: nil)
        input.watches = []
        input.itemCounts = nil
        let brief = try Sample.renderer().briefing(input, format: .markdown) { lookup($0) }
        try Golden.check(brief.document, "weekly-2026-W48-first.md")
    }

    @Test func snapshotMatchesTheGoldenFile() throws {
        let snapshot = BriefingBuilder.snapshot(for: Sample.input())
        try Golden.check(String(decoding: try snapshot.encoded(), as: UTF8.self), "weekly-2026-W48.snapshot.json")
    }

    @Test("a saved search with one match says \"1 matching item\"; more say \"N matching items\"")
    func watchMatchCountInWords() throws {
        for count in [1, 2] {
            let items = Array(Sample.items.prefix(count))
            let lookup = Sample.Lookup(items)
            var input = Sample.input()
            input.watches = [WatchMatches(name: "w", query: "q", items: items)]
            let out = try Sample.renderer().briefing(input, format: .markdown) { lookup($0) }.document
            let expected = count == 1 ? "Query: q. 1 matching item." : "Query: q. 2 matching items."
            #expect(out.contains(expected), "\(out)")
        }
    }
}
