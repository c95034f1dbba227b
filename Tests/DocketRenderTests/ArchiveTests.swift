import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct ArchiveTests {
    func snapshot(_ period: BriefingPeriod, _ status: String = "confirmed") -> BriefingSnapshot {
        BriefingSnapshot(period: period, allegations: ["a": status], regulations: [:])
    }

    @Test func latestIsTheLastPeriodEndingBeforeThisOnesEnd() throws {
        let tmp = try TemporaryFolder()
        let archive = BriefingArchive(folder: tmp.url.appendingPathComponent("briefs"))
        #expect(try archive.latest(before: Sample.week.end) == nil)  // no folder yet
        let w46 = try BriefingPeriod(week: "2026-W46"), w47 = try BriefingPeriod(week: "2026-W47")
        try archive.record(snapshot(w46, "candidate"), document: "# 46\n", format: .markdown)
        try archive.record(snapshot(w47), document: "# 47\n", format: .markdown)
        try archive.record(snapshot(Sample.week, "upheld"), document: "# 48\n", format: .markdown)
        // Rendering week 48 again compares with week 47, not with its own earlier record.
        #expect(try archive.latest(before: Sample.week.end)?.period == w47)
        #expect(try archive.latest(before: w47.end)?.period == w46)
        #expect(try archive.latest(before: w46.end) == nil)
        #expect(FileManager.default.contents(atPath: archive.documentURL(for: w47, format: .markdown).path) == Data("# 47\n".utf8))
        #expect(archive.snapshotURL(for: w47).lastPathComponent == "2026-W47.snapshot.json")
        let names = try FileManager.default.contentsOfDirectory(atPath: archive.folder.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    @Test func rangesAndWeeksCompareByTheirEnds() throws {
        let tmp = try TemporaryFolder()
        let archive = BriefingArchive(folder: tmp.url)
        let range = try BriefingPeriod(since: "2026-11-01", until: "2026-11-20")
        try archive.record(snapshot(try BriefingPeriod(week: "2026-W46")), document: "", format: .markdown)
        try archive.record(snapshot(range), document: "<p></p>", format: .html)
        #expect(try archive.latest(before: Sample.week.end)?.period == range)
        #expect(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("2026-11-01--2026-11-20.html").path))
    }

    @Test func aDamagedSnapshotIsReportedByName() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("{ not json", to: "2026-W40.snapshot.json")
        let error = #expect(throws: BriefingArchiveError.self) { try BriefingArchive(folder: tmp.url).latest(before: Sample.week.end) }
        #expect(error?.description.contains("2026-W40.snapshot.json") == true)
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let tmp = try TemporaryFolder()
        let url = tmp.url.appendingPathComponent("out.md")
        try AtomicFile.write("first\n", to: url)
        try AtomicFile.write("second\n", to: url)
        #expect(FileManager.default.contents(atPath: url.path) == Data("second\n".utf8))
        #expect(throws: AtomicFileError.self) { try AtomicFile.write("x", to: tmp.url.appendingPathComponent("no/such/dir/out.md")) }
    }
}
