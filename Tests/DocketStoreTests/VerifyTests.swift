import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct VerifyTests {
    @Test func cleanKnowledgeBaseHasNoProblems() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase(companies: [Company(id: "anthropic", name: "Anthropic"), Company(id: "alibaba", name: "Alibaba")])
        try kb.write { w in
            try w.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")])
            let r = try w.appendItems([Sample.item(feed: "alpha", guid: "urn:1"), Sample.item(feed: "beta", guid: "urn:1")])
            let evidence = Evidence(item: r.added[0].id, sentence: "Anthropic accused Alibaba.")
            try w.saveAllegations([
                Allegation(id: "a1", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation", summary: "s", evidence: [evidence])
            ])
            try w.saveRegulations([
                Regulation(id: "eu-ai-act", title: "AI Act", jurisdiction: "EU", instrument: "regulation", status: "in-force", evidence: [evidence])
            ])
        }
        #expect(try kb.verify() == [])
    }

    @Test func findsDanglingReferencesAndDuplicateIDs() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase(companies: [Company(id: "anthropic", name: "Anthropic")])
        try kb.write { w in
            try w.saveFeeds([Sample.feed("alpha")])
            _ = try w.appendItems([Sample.item(feed: "alpha", guid: "g1"), Sample.item(feed: "ghost", guid: "g2")])
            try w.saveAllegations([
                Allegation(
                    id: "a1", accusers: ["anthropic"], accused: ["nobody"], category: "distillation", summary: "s",
                    evidence: [Evidence(item: "missing-item", sentence: "x")])
            ])
        }
        // Hand edits: a company id used twice, an item stored in two months, a dangling duplicate.
        try Sample.write(
            """
            [
              {"id": "anthropic", "name": "Anthropic"},
              {"id": "anthropic", "name": "Anthropic PBC"}
            ]
            """, to: kb.companiesURL)
        let g1 = Sample.item(feed: "alpha", guid: "g1", published: "2026-09-01T00:00:00Z")
        try Sample.write(
            String(decoding: StoredItem(item: g1).line() + StoredItem(item: Sample.item(feed: "alpha", guid: "d1"), duplicateOf: "no-such-item").line(), as: UTF8.self),
            to: kb.monthFile("2026-09"))

        let problems = try kb.verify()
        let text = problems.map(\.description)
        func has(_ file: URL, _ line: Int?, _ fragment: String) -> Bool {
            problems.contains { $0.file == file.path && $0.line == line && $0.message.contains(fragment) }
        }
        #expect(has(kb.companiesURL, 3, "\"anthropic\" is used by more than one record"), "\(text)")
        #expect(has(kb.monthFile("2026-11"), 1, "\"\(g1.id)\" is stored more than once") || has(kb.monthFile("2026-11"), 1, "stored more than once"), "\(text)")
        #expect(has(kb.monthFile("2026-09"), 2, "duplicate_of \"no-such-item\" names no stored item"), "\(text)")
        #expect(has(kb.monthFile("2026-11"), 2, "feed \"ghost\""), "\(text)")
        #expect(has(kb.allegationsURL, 2, "accused \"nobody\""), "\(text)")
        #expect(has(kb.allegationsURL, 2, "evidence item \"missing-item\""), "\(text)")
        #expect(problems.count == 6, "\(text)")
    }
}
