import DocketModel
import Foundation
import Testing

@testable import DocketExtract

@Suite struct KnowledgeMergerTests {
    let merger = KnowledgeMerger()

    func report(_ text: String, id: String, day: String) -> ItemExtraction {
        Fixtures.extract(text, id: id, date: Fixtures.day(day))
    }

    @Test func reportsWithin30DaysJoinOneRecord() throws {
        let first = report("Anthropic accused DeepSeek of distilling Claude.", id: "a", day: "2026-11-01")
        let second = report("DeepSeek distilled Claude at scale, Anthropic said.", id: "b", day: "2026-11-20")
        let result = merger.merge([first, second], allegations: [], regulations: [])
        #expect(result.allegations.count == 1)
        let record = try #require(result.allegations.first)
        #expect(record.evidence.map(\.item) == ["a", "b"])
        #expect(record.firstReported == Fixtures.day("2026-11-01"))
        #expect(record.lastReported == Fixtures.day("2026-11-20"))
        // the id comes from the first report and stays
        #expect(record.id == first.allegations[0].id)
        #expect(result.changes.map(\.kind) == [.allegationAdded, .allegationEvidence])
    }

    @Test func reportsFurtherApartAreSeparateRecords() {
        let first = report("Anthropic accused DeepSeek of distilling Claude.", id: "a", day: "2026-01-01")
        let second = report("Anthropic accused DeepSeek of distilling Claude.", id: "b", day: "2026-03-15")
        let result = merger.merge([first, second], allegations: [], regulations: [])
        #expect(result.allegations.count == 2)
        #expect(Set(result.allegations.map(\.id)).count == 2)
    }

    @Test func mergingIsIdempotent() {
        let items = [
            report("Anthropic accused DeepSeek of distilling Claude.", id: "a", day: "2026-11-01"),
            report("DeepSeek denied the allegations.", id: "b", day: "2026-11-03"),
            report("The EU AI Act entered into force on 1 August 2024.", id: "c", day: "2026-11-04"),
        ]
        let once = merger.merge(items, allegations: [], regulations: [])
        let twice = merger.merge(items, allegations: once.allegations, regulations: once.regulations)
        #expect(twice.allegations == once.allegations)
        #expect(twice.regulations == once.regulations)
        #expect(twice.changes.isEmpty)
        // extraction itself is deterministic
        #expect(Fixtures.extractor.extract(items: [Fixtures.item("Anthropic accused DeepSeek of distillation.")])
            == Fixtures.extractor.extract(items: [Fixtures.item("Anthropic accused DeepSeek of distillation.")]))
    }

    @Test func aDenialIsRecordedWithItsDateAndEvidence() throws {
        let accusation = report("Anthropic accused DeepSeek of distilling Claude.", id: "a", day: "2026-11-01")
        let denial = report("DeepSeek denied the allegations.", id: "b", day: "2026-11-05")
        let result = merger.merge([accusation, denial], allegations: [], regulations: [])
        let record = try #require(result.allegations.first)
        #expect(result.allegations.count == 1)
        #expect(record.status == .denied)
        #expect(record.history == [StatusChange(status: "denied", date: Fixtures.day("2026-11-05"), source: "b")])
        #expect(record.evidence.map(\.item) == ["a", "b"])
        #expect(result.changes.contains { $0.kind == .allegationStatus && $0.detail == "candidate → denied" })
    }

    @Test func editedAndDecidedRecordsOnlyGainEvidence() throws {
        let first = report("Anthropic accused DeepSeek of distilling Claude.", id: "a", day: "2026-11-01")
        var base = merger.merge([first], allegations: [], regulations: []).allegations
        base[0].edited = true
        base[0].category = "trade-secrets"
        base[0].accused = ["deepseek"]
        base[0].status = .confirmed
        let later = report("DeepSeek denied the allegations.", id: "b", day: "2026-11-05")
        // same accusers, accused and category as the edited record's originals: joins by key
        var candidate = first.allegations[0]
        candidate.category = "trade-secrets"
        candidate.evidence = [Evidence(item: "c", sentence: "Another report.", cues: [], date: Fixtures.day("2026-11-06"))]
        candidate.firstReported = Fixtures.day("2026-11-06")
        candidate.confidence = 0.99
        candidate.products = ["Claude", "New"]
        let extra = ItemExtraction(item: "c", date: Fixtures.day("2026-11-06"), companies: [], allegations: [candidate])
        let result = merger.merge([later, extra], allegations: base, regulations: [])
        let record = try #require(result.allegations.first)
        #expect(result.allegations.count == 1)
        #expect(record.status == .confirmed)
        #expect(record.category == "trade-secrets")
        #expect(record.confidence == base[0].confidence)
        #expect(record.products == base[0].products)
        #expect(record.evidence.map(\.item) == ["a", "b", "c"])
    }

    @Test func regulationsJoinByIDAndMoveForwardOnly() throws {
        let passed = report("California lawmakers passed SB 53 on Friday.", id: "a", day: "2025-09-13")
        let signed = report("Governor Newsom signed SB 53 into law in California.", id: "b", day: "2025-09-29")
        let background = report("California's SB 53 was introduced last year.", id: "c", day: "2025-10-02")
        let result = merger.merge([passed, signed, background], allegations: [], regulations: [])
        let record = try #require(result.regulations.first)
        #expect(result.regulations.count == 1)
        #expect(record.id == "us-ca-sb-53")
        #expect(record.status == "signed")
        #expect(record.history.map(\.status) == ["passed", "signed", "introduced"])
        #expect(record.evidence.map(\.item) == ["a", "b", "c"])
        #expect(result.changes.contains { $0.kind == .regulationStatus && $0.detail == "passed → signed" })
    }

    @Test func editedRegulationsOnlyGainEvidence() throws {
        var base = merger.merge(
            [report("California lawmakers passed SB 53.", id: "a", day: "2025-09-13")], allegations: [], regulations: []
        ).regulations
        base[0].edited = true
        let later = report("Governor Newsom signed SB 53 into law in California on 29 September.", id: "b", day: "2025-09-29")
        let record = try #require(merger.merge([later], allegations: [], regulations: base).regulations.first)
        #expect(record.status == "passed")
        #expect(record.milestones.isEmpty)
        #expect(record.evidence.count == 2)
    }
}
