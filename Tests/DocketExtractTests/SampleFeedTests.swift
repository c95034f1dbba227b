import DocketModel
import Foundation
import Testing

@testable import DocketExtract

/// The issue's acceptance points on the demo feeds (`feeds/samples/`), with the bundled seed
/// dictionaries: what `docket update` would put in a new knowledge base.
@Suite struct SampleFeedTests {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("bundled dictionaries do not load: \(error)") }
    }()

    func merged() throws -> (items: [Item], found: [ItemExtraction], result: KnowledgeMerger.Result) {
        let items = try SampleFeeds.allItems()
        let found = Self.extractor.extract(items: items)
        return (items, found, Self.extractor.merge(found, allegations: [], regulations: []))
    }

    @Test func theSamplesAreRead() throws {
        let items = try SampleFeeds.allItems()
        #expect(items.count >= 20)
        for item in items {
            #expect(item.published != nil && !(item.title ?? "").isEmpty, "\(item.feed) \(item.id) \(item.title ?? "")")
        }
    }

    @Test func theDistillationDisputeIsOneAllegationWithBothLabsAndBothProducts() throws {
        let (items, _, result) = try merged()
        let distillation = result.allegations.filter { $0.category == "distillation" && $0.duplicateOf == nil }
        let record = try #require(distillation.first)
        #expect(distillation.count == 1)
        #expect(record.accusers == ["anthropic"])
        #expect(record.accused == ["alibaba"])
        #expect(record.products.contains("Claude"))
        #expect(record.products.contains("Qwen"))
        // Reports within 30 days, from several feeds, join the one record.
        let sources = Set(record.evidence.map(\.item))
        #expect(sources.count >= 3)
        let feeds = Set(items.filter { sources.contains($0.id) }.map(\.feed))
        #expect(feeds.count >= 2)
        // Alibaba's denial is recorded with its date and the item that reported it.
        #expect(record.status == .denied)
        let denial = try #require(record.history.first { $0.status == "denied" })
        let denying = try #require(items.first { $0.id == denial.source })
        #expect(denial.date == denying.published)
        #expect(record.evidence.contains { $0.item == denying.id })
    }

    @Test func regulationsJoinByInstrument() throws {
        let (_, found, result) = try merged()
        let reports = found.filter { $0.regulations.contains { $0.id == "eu-ai-act" } }.map(\.item)
        #expect(reports.count >= 2)
        let records = result.regulations.filter { $0.id == "eu-ai-act" }
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(Set(record.evidence.map(\.item)) == Set(reports))
        #expect(!record.history.isEmpty)
        #expect(record.history.allSatisfy { change in reports.contains(change.source) })
    }

    @Test func launchesEarningsAndHiresMakeNoAllegation() throws {
        let (items, found, _) = try merged()
        let ordinary = ["launches", "beats estimates", "record quarter", "releases new", "raises", "hires", "names former"]
        let picked = zip(items, found).filter { item, _ in
            let title = (item.title ?? "").lowercased()
            return ordinary.contains { title.contains($0) }
        }
        #expect(picked.count >= 5)
        for (item, extraction) in picked {
            #expect(extraction.allegations.isEmpty, "\(item.title ?? item.id)")
            #expect(!extraction.companies.isEmpty, "\(item.title ?? item.id)")
        }
    }
}
