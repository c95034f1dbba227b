import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// Saved searches: the file, validation, and what a briefing asks of them.
@Suite struct SearchWatchTests {
    @Test func addListRemove() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        #expect(try kb.watches().isEmpty)
        try kb.write {
            try $0.addWatch(name: "zeta", query: "chips -tariff", now: Sample.date("2026-11-01T10:00:00Z"))
            try $0.addWatch(name: "alpha", query: "distillation company:alibaba")
        }
        #expect(try kb.watches().map(\.name) == ["alpha", "zeta"])
        #expect(try kb.watches().last?.created == Sample.date("2026-11-01T10:00:00Z"))
        let text = String(decoding: Sample.bytes(kb.root.appendingPathComponent("watches.json")), as: UTF8.self)
        #expect(text.contains("\"name\" : \"alpha\""))
        #expect(text.range(of: "alpha")!.lowerBound < text.range(of: "zeta")!.lowerBound)
        let removed = try kb.write { try $0.removeWatch(name: "zeta") }
        #expect(removed.query == "chips -tariff")
        #expect(try kb.watches().map(\.name) == ["alpha"])
    }

    @Test func aMalformedQueryIsRefusedAndNothingWritten() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        #expect(throws: QuerySyntaxError("unclosed quote", column: 7)) {
            _ = try kb.write { try $0.addWatch(name: "bad", query: "chips \"export") }
        }
        #expect(!FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("watches.json").path))
    }

    @Test func namesAreCheckedAndUnique() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        #expect(Watch.problem(withName: "") != nil)
        #expect(Watch.problem(withName: "has space") != nil)
        #expect(Watch.problem(withName: "-dash") != nil)
        #expect(Watch.problem(withName: "eu.ai-act_2") == nil)
        #expect(throws: KnowledgeBaseError.self) { _ = try kb.write { try $0.addWatch(name: "a/b", query: "x") } }
        _ = try kb.write { try $0.addWatch(name: "dup", query: "one") }
        #expect(throws: KnowledgeBaseError.self) { _ = try kb.write { try $0.addWatch(name: "dup", query: "two") } }
        _ = try kb.write { try $0.addWatch(name: "dup", query: "two", replacing: true) }
        #expect(try kb.watches().map(\.query) == ["two"])
        #expect(throws: KnowledgeBaseError.self) { _ = try kb.write { try $0.removeWatch(name: "missing") } }
    }

    @Test func matchesKeepToThePeriod() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.append([
            SearchSample.item("1", title: "Export controls tightened", published: "2026-11-02T00:00:00Z"),
            SearchSample.item("2", title: "Export controls eased", published: "2026-11-12T00:00:00Z"),
            SearchSample.item("3", title: "Export controls review", published: "2026-10-20T00:00:00Z"),
        ])
        let watch = try kb.write { try $0.addWatch(name: "controls", query: "\"export controls\"") }
        let week = try kb.matches(of: watch, since: Sample.date("2026-11-01T00:00:00Z"), until: Sample.date("2026-11-08T00:00:00Z"))
        #expect(week.all.map(\.title) == ["Export controls tightened"])
        let open = try kb.matches(of: watch, since: nil, until: nil)
        #expect(open.all.map(\.title) == ["Export controls eased", "Export controls tightened", "Export controls review"])
    }
}
