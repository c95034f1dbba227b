import DocketModel
import DocketStore
import Foundation
import Testing

@testable import DocketPipeline

/// Curation round-trips through the knowledge base's JSON files, and a refused change
/// writes nothing.
@Suite("curation")
struct CuratorTests {
    static let day = ISO8601.date(from: "2026-11-17")!

    /// A knowledge base with three companies and one candidate allegation, in a new folder.
    static func withKnowledgeBase(_ body: (KnowledgeBase, URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-curation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let companies = [
            Company(id: "anthropic", name: "Anthropic", products: ["Claude"], country: "US", kind: .lab),
            Company(id: "alibaba", name: "Alibaba", aliases: ["Alibaba Group"], products: ["Qwen"], country: "CN"),
            Company(id: "alibaba-cloud", name: "Alibaba Cloud", country: "CN"),
        ]
        let kb = try KnowledgeBase.create(at: folder, companies: companies)
        let candidate = Allegation(
            id: "a1", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation", summary: "queried Claude",
            products: ["Claude"], firstReported: day, lastReported: day,
            evidence: [Evidence(item: "item-1", sentence: "Anthropic accused Alibaba of distilling Claude.", cues: ["accused"])],
            confidence: 0.8)
        let other = Allegation(
            id: "a2", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation", summary: "",
            firstReported: day, evidence: [Evidence(item: "item-2", sentence: "Alibaba was accused by Anthropic.")],
            confidence: 0.6)
        try kb.write { try $0.saveAllegations([candidate, other]) }
        try body(kb, folder)
    }

    static func curator(_ kb: KnowledgeBase) -> Curator {
        Curator(knowledgeBase: kb, categories: ["distillation", "copyright"], now: { day })
    }

    @Test func confirmAndRejectAreStoredWithHistory() throws {
        try Self.withKnowledgeBase { kb, _ in
            try Self.curator(kb).confirmAllegation("a1")
            try Self.curator(kb).rejectAllegation("a2")
            let all = Dictionary(uniqueKeysWithValues: try kb.allegations().map { ($0.id, $0) })
            #expect(all["a1"]?.status == .confirmed)
            #expect(all["a1"]?.edited == true)
            #expect(all["a1"]?.history.last == StatusChange(status: "confirmed", date: Self.day, source: "manual"))
            #expect(all["a2"]?.status == .rejected)
        }
    }

    @Test func editValidatesEverythingAndWritesNothingOnError() throws {
        try Self.withKnowledgeBase { kb, folder in
            let file = folder.appendingPathComponent("allegations.json")
            let before = try Data(contentsOf: file)
            let curator = Self.curator(kb)
            #expect(throws: CurationError.unknownRecord(kind: "allegation", id: "nope")) {
                try curator.editAllegation("nope", .init(summary: "x"))
            }
            #expect(throws: CurationError.unknownCompany("openai")) {
                try curator.editAllegation("a1", .init(accused: ["openai"]))
            }
            #expect(throws: CurationError.invalidDate("last tuesday")) {
                try curator.editAllegation("a1", .init(firstReported: "last tuesday"))
            }
            #expect(throws: CurationError.self) { try curator.editAllegation("a1", .init(category: "espionage")) }
            #expect(try Data(contentsOf: file) == before)

            let edited = try curator.editAllegation("a1", .init(accused: ["Alibaba-Cloud"], products: ["Claude", "Qwen"]))
            #expect(edited.accused == ["alibaba-cloud"])
            #expect(try kb.allegations().first { $0.id == "a1" }?.products == ["Claude", "Qwen"])
        }
    }

    @Test func anEditToAHandBrokenFileIsRefusedAndTheFileKept() throws {
        try Self.withKnowledgeBase { kb, folder in
            let file = folder.appendingPathComponent("allegations.json")
            let broken = Data("[{\"id\": \"a1\", \"category\": ".utf8)
            try broken.write(to: file)
            #expect(throws: KnowledgeBaseError.self) { try Self.curator(kb).confirmAllegation("a1") }
            #expect(try Data(contentsOf: file) == broken)
        }
    }

    @Test func mergeLeavesAPointerAndJoinsEvidence() throws {
        try Self.withKnowledgeBase { kb, _ in
            let kept = try Self.curator(kb).mergeAllegations(keep: "a1", duplicate: "a2")
            #expect(kept.evidence.map(\.item) == ["item-1", "item-2"])
            let all = try kb.allegations()
            #expect(all.count == 2)
            #expect(all.first { $0.id == "a2" }?.duplicateOf == "a1")
            #expect(throws: CurationError.alreadyMerged(kind: "allegation", id: "a2", into: "a1")) {
                try Self.curator(kb).mergeAllegations(keep: "a1", duplicate: "a2")
            }
            #expect(throws: CurationError.mergeIntoItself("a1")) {
                try Self.curator(kb).mergeAllegations(keep: "a1", duplicate: "a1")
            }
        }
    }

    @Test func companyMergeFollowsInAllegations() throws {
        try Self.withKnowledgeBase { kb, _ in
            let curator = Self.curator(kb)
            let alibaba = try curator.mergeCompanies(keep: "alibaba", duplicate: "alibaba-cloud")
            #expect(alibaba.aliases.contains("Alibaba Cloud"))
            #expect(try kb.companies().first { $0.id == "alibaba-cloud" }?.mergedInto == "alibaba")
            // An allegation naming the merged id resolves to the kept company.
            let added = try curator.addAllegation(
                .init(accusers: ["anthropic"], accused: ["alibaba-cloud"], category: "distillation", firstReported: "2026-11-20"))
            #expect(added.accused == ["alibaba"])
            #expect(added.status == .confirmed)
            #expect(try kb.allegations().contains { $0.id == added.id })
        }
    }

    @Test func regulationsAndCompaniesRoundTrip() throws {
        try Self.withKnowledgeBase { kb, _ in
            let curator = Self.curator(kb)
            let act = try curator.addRegulation(
                id: nil,
                .init(title: "AI Act", jurisdiction: "eu", instrument: "regulation", status: "in-force",
                      milestone: (date: "2026-08-02", what: "high-risk obligations apply")))
            #expect(act.id == "eu-ai-act")
            #expect(act.jurisdiction == "EU")
            let delayed = try curator.editRegulation(act.id, .init(status: "delayed"))
            #expect(delayed.history.last?.status == "delayed")
            #expect(throws: CurationError.self) { try curator.editRegulation(act.id, .init(status: "sort-of")) }
            #expect(throws: CurationError.self) { try curator.editRegulation(act.id, .init(jurisdiction: "Europe!")) }
            #expect(try kb.regulations().first?.status == "delayed")

            let company = try curator.addCompany(id: nil, .init(name: "Moonshot AI", addProducts: ["Kimi"], country: "cn"))
            #expect(company.id == "moonshot-ai")
            #expect(try kb.companies().first { $0.id == "moonshot-ai" }?.products == ["Kimi"])
            #expect(throws: CurationError.self) { try curator.addCompany(id: nil, .init(name: "Moonshot AI")) }
        }
    }
}
