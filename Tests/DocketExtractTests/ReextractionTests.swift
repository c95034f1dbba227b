import DocketModel
import Foundation
import Testing

@testable import DocketExtract

/// `docket extract --all`'s core: extraction again over stored items, merged into the records.
@Suite struct ReextractionTests {
    let items = [
        Fixtures.item(
            "Anthropic accused Alibaba of distilling Claude to build its next Qwen model.", title: "Distillation row",
            id: "a-1", date: Fixtures.day("2026-11-02T10:00:00Z")),
        Fixtures.item(
            "Alibaba denied Anthropic's distillation allegations on Friday.", id: "a-2",
            date: Fixtures.day("2026-11-06T10:00:00Z")),
        Fixtures.item("The EU AI Act entered into force on 1 August 2024.", id: "r-1", date: Fixtures.day("2026-11-03T10:00:00Z")),
        Fixtures.item("Apple reported record quarterly revenue.", id: "d-1", date: Fixtures.day("2026-11-04T10:00:00Z")),
    ]

    func run(_ items: [Item], allegations: [Allegation] = [], regulations: [Regulation] = [], batch: Int = 2)
        -> Reextraction.Result
    {
        var run = Reextraction(extractor: Fixtures.extractor)
        var start = 0
        while start < items.count {
            run.add(Array(items[start..<min(start + batch, items.count)]))
            start += batch
        }
        return run.finish(allegations: allegations, regulations: regulations)
    }

    /// Stores what a run found, as the command does.
    func applied(_ result: Reextraction.Result, to items: [Item]) -> [Item] {
        items.map { item in
            var item = item
            if let ids = result.companies[item.id] { item.companies = ids }
            return item
        }
    }

    @Test func runningItTwiceChangesNothing() throws {
        let first = run(items)
        #expect(first.items == 4)
        #expect(first.recordsChanged)
        #expect(first.companies["a-1"] == ["alibaba", "anthropic"])
        #expect(first.merged.allegations.count == 1)
        #expect(first.merged.regulations.count == 1)
        let stored = applied(first, to: items)
        let second = run(stored, allegations: first.merged.allegations, regulations: first.merged.regulations)
        #expect(second.companies.isEmpty)
        #expect(!second.recordsChanged)
        #expect(second.merged.changes.isEmpty)
        #expect(second.merged.allegations == first.merged.allegations)
        // Batch size does not matter.
        #expect(run(items, batch: 1).merged == first.merged)
    }

    @Test func recordsAPersonDecidedOnOnlyGainEvidence() throws {
        let first = run([items[0]])
        var allegation = try #require(first.merged.allegations.first)
        allegation.status = .rejected
        allegation.category = "copyright"
        allegation.edited = true
        let second = run(items, allegations: [allegation], regulations: first.merged.regulations)
        let after = try #require(second.merged.allegations.first { $0.id == allegation.id })
        #expect(after.status == .rejected)
        #expect(after.category == "copyright")
        #expect(after.accused == allegation.accused)
        // the edited record keeps its category, so the distillation finding is a new candidate
        #expect(second.merged.allegations.contains { $0.id != allegation.id && $0.category == "distillation" })
    }

    @Test func aChangedCompanyListIsReportedOnlyWhereItDiffers() {
        var stale = items
        stale[3].companies = ["apple", "samsung"]  // a dictionary used to link a second company
        stale[0].companies = ["alibaba", "anthropic"]
        let result = run(stale)
        #expect(result.companies["d-1"] != nil)
        #expect(result.companies["d-1"] != ["apple", "samsung"])
        #expect(result.companies["a-1"] == nil)
    }
}
