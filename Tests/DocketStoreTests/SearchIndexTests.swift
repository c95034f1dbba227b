import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// The on-disk index: incremental updates, merges, rebuilds, and answers that never depend
/// on it being there or current.
@Suite struct SearchIndexTests {
    func filled(_ tmp: TemporaryFolder, batches: [ClosedRange<Int>] = [1...150, 151...300, 301...420]) throws -> KnowledgeBase {
        let kb = try tmp.knowledgeBase()
        for b in batches { try kb.append(SearchSample.generated(b)) }
        return kb
    }

    @Test func deletingTheIndexAndReindexingGivesTheSameAnswers() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp)
        #expect(SearchSample.manifest(kb)?.segments.count == 3)
        let before = try SearchSample.answers(kb, SearchSample.queries)
        #expect(before.count > SearchSample.queries.count * 2)

        try FileManager.default.removeItem(at: kb.indexURL)
        try kb.reindex()
        #expect(SearchSample.manifest(kb)?.segments.count == 1)
        #expect(try SearchSample.answers(kb, SearchSample.queries) == before)
        #expect(try kb.search("w2").warnings.isEmpty)
    }

    @Test func appendingIndexesOnlyTheNewItems() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...200])
        let first = try #require(SearchSample.manifest(kb))
        #expect(first.segments.map(\.documents) == [200])
        try kb.append(SearchSample.generated(201...230))
        let second = try #require(SearchSample.manifest(kb))
        #expect(second.segments.map(\.documents) == [200, 30])
        #expect(second.segments[0] == first.segments[0])
        #expect(try kb.search("story", options: SearchOptions(limit: 0)).group(.item)?.total == 230)
    }

    @Test func aRefetchAppendsNothingAndAddsNoSegment() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...50])
        try kb.append(SearchSample.generated(1...50))
        #expect(SearchSample.manifest(kb)?.segments.count == 1)
    }

    @Test func segmentsAreMergedWhenATierFills() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        for n in 1...20 { try kb.append(SearchSample.generated(n...n)) }
        let manifest = try #require(SearchSample.manifest(kb))
        #expect(manifest.segments.count < SearchIndexWriter.mergeFactor)
        #expect(manifest.segments.reduce(0) { $0 + $1.documents } == 20)
        let files = try FileManager.default.contentsOfDirectory(atPath: SearchIndexWriter.folder(kb).path).filter { $0.hasSuffix(".dks") }
        #expect(Set(files) == Set(manifest.segments.map(\.name)))
        #expect(try kb.search("story", options: SearchOptions(limit: 0)).group(.item)?.total == 20)
        let merged = try SearchSample.answers(kb, SearchSample.queries)
        try kb.reindex()
        #expect(try SearchSample.answers(kb, SearchSample.queries) == merged)
    }

    @Test func linesAWriterDidNotIndexAreStillFound() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...40])
        // A writer that appends and is never finished (killed): the search index lags.
        do {
            let writer = try kb.beginWrite()
            _ = try writer.appendItems([SearchSample.item("late", title: "Zebra sanctions announced")])
        }
        let results = try kb.search("zebra")
        #expect(results.group(.item)?.results.map(\.title) == ["Zebra sanctions announced"])
        #expect(results.warnings.isEmpty)
        #expect(SearchSample.manifest(kb)?.segments.map(\.documents) == [40])
        // The next writer that appends indexes both.
        try kb.append([SearchSample.item("later", title: "Zebra crossing")])
        #expect(SearchSample.manifest(kb)?.segments.map(\.documents) == [40, 2])
        #expect(try kb.search("zebra").group(.item)?.total == 2)
    }

    @Test func aMissingIndexGivesTheSameAnswersWithAWarning() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp)
        let expected = try SearchSample.answers(kb, SearchSample.queries)
        try FileManager.default.removeItem(at: SearchIndexWriter.folder(kb))
        #expect(try SearchSample.answers(kb, SearchSample.queries) == expected)
        #expect(try kb.search("w2").warnings.first?.contains("docket kb reindex") == true)
        // The next append rebuilds it whole.
        try kb.append([SearchSample.item("new", title: "Fresh story")])
        #expect(SearchSample.manifest(kb)?.segments.reduce(0) { $0 + $1.documents } == 421)
        #expect(try kb.search("w2").warnings.isEmpty)
    }

    @Test func aShortenedMonthFileMakesTheIndexStale() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...60])
        // A restore of an older copy: the month file lost its last line, so byte offsets the
        // index holds may lead nowhere.
        let month = kb.monthFile("2026-02")
        var bytes = Sample.bytes(month)
        bytes.removeLast()
        bytes.removeSubrange((bytes.lastIndex(of: 0x0A)! + 1)...)
        try Data(bytes).write(to: month)
        let stale = try SearchSample.answers(kb, SearchSample.queries)
        #expect(try kb.search("w2").warnings.first?.contains("out of date") == true)
        try kb.reindex()
        #expect(try kb.search("w2").warnings.isEmpty)
        #expect(try SearchSample.answers(kb, SearchSample.queries) == stale)
        #expect(try kb.search("story", options: SearchOptions(limit: 0)).group(.item)?.total == 59)
    }

    @Test func aDamagedSegmentIsReportedAndRebuilt() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...60])
        let expected = try SearchSample.answers(kb, SearchSample.queries)
        let segment = SearchIndexWriter.folder(kb).appendingPathComponent(try #require(SearchSample.manifest(kb)?.segments.first?.name))
        try Sample.write("garbage, not a segment", to: segment)
        #expect(try kb.search("w2").warnings.first?.contains("damaged") == true)
        #expect(try SearchSample.answers(kb, SearchSample.queries) == expected)
        try kb.reindex()
        #expect(try kb.search("w2").warnings.isEmpty)
        #expect(try SearchSample.answers(kb, SearchSample.queries) == expected)
    }

    @Test func reindexLeavesTheDedupeFilesAndRemovesLeftovers() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...30, 31...60])
        try kb.write { try $0.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")]) }
        let folder = SearchIndexWriter.folder(kb)
        try Sample.write("left by a killed writer", to: folder.appendingPathComponent("seg-99999999.dks"))
        try kb.reindex()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == ["manifest.json", "seg-00000001.dks"])
        let index = Set(try FileManager.default.contentsOfDirectory(atPath: kb.indexURL.path))
        #expect(index.isSuperset(of: ["keys.bin", "keys.log", "state.json", "search"]))
        #expect(try kb.verify().isEmpty)
    }

    @Test func duplicatesAreNotIndexed() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let original = SearchSample.item("https://a.example/x", title: "Quokka export rules", feed: "alpha")
        var copy = SearchSample.item("https://a.example/x", title: "Quokka export rules", feed: "beta")
        copy.guid = original.guid
        let result = try kb.append([original, copy])
        #expect(result.duplicates.count == 1)
        #expect(try kb.search("quokka").group(.item)?.results.map(\.id) == [original.id])
    }

    @Test func theIndexIsAtMostHalfTheItems() throws {
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...1500])
        let index = SearchSample.folderSize(SearchIndexWriter.folder(kb))
        let items = SearchSample.folderSize(kb.itemsURL)
        #expect(index > 0)
        #expect(index * 2 <= items)
    }

    @Test func mergedSegmentHasTheSamePostingsAsOneBuiltWhole() throws {
        let analyzer = TextAnalyzer()
        func segment(_ docs: ArraySlice<Item>) throws -> SegmentReader {
            let builder = SegmentBuilder(analyzer: analyzer)
            for (i, item) in docs.enumerated() {
                var title = Array((item.title ?? "").utf8)
                var body = Array((item.summary ?? "").utf8)
                title.withUnsafeMutableBytes { t in
                    body.withUnsafeMutableBytes { b in
                        builder.add(
                            title: UnsafeRawBufferPointer(t), body: [UnsafeRawBufferPointer(b)],
                            filters: [FilterTerm.bytes(FilterTerm.feed, item.feed)], date: Int64(i), span: 0, location: UInt64(i))
                    }
                }
            }
            return try SegmentReader(bytes: SegmentBytes(bytes: try builder.write(to: SegmentOutput())), name: "test")
        }
        func dump(_ s: SegmentReader) -> [String] {
            var out: [String] = []
            var positions: [UInt32] = []
            for i in 0..<s.termCount {
                let (term, info) = s.term(at: i)
                let cursor = s.cursor(info)
                var line = String(decoding: term, as: UTF8.self) + " df=\(info.df):"
                var d = cursor.next()
                while d != PostingCursor.end {
                    cursor.positions(into: &positions)
                    line += " \(d)/\(cursor.titleTF)/\(cursor.bodyTF)\(positions)"
                    d = cursor.next()
                }
                out.append(line)
            }
            return out
        }
        let items = SearchSample.generated(1...700)
        let whole = try segment(items[...])
        let parts = [try segment(items[0..<300]), try segment(items[300..<301]), try segment(items[301...])]
        let merged = try SegmentReader(
            bytes: SegmentBytes(bytes: try SegmentMerger.merge(parts, into: SegmentOutput())), name: "merged")
        #expect(merged.header == whole.header)
        #expect(dump(merged) == dump(whole))
        #expect(merged.termCount > 40)
    }

    @Test func skippingThroughBlocksFindsEveryMatch() throws {
        // w1 is in all 1000 items (8 blocks), w37 in 27: the AND must skip, and agree with a scan.
        let tmp = try TemporaryFolder()
        let kb = try filled(tmp, batches: [1...1000])
        let hits = try kb.search("w1 w37", options: SearchOptions(limit: 100)).group(.item)?.results.map(\.title) ?? []
        #expect(hits.count == 27)
        #expect(Set(hits) == Set((1...27).map { n in SearchSample.generated((37 * n)...(37 * n))[0].title! }))
        let scanned = try kb.search("w1 w2 w3", options: SearchOptions(limit: 0)).group(.item)?.total
        #expect(scanned == 1000 / 6)
    }
}
