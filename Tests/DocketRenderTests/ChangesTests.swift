import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct ChangesTests {
    func view(_ input: BriefingInput, items: [Item] = Sample.items) throws -> BriefingView {
        let lookup = Sample.Lookup(items)
        return try BriefingBuilder.view(for: input, escaper: MarkdownEscaper(style: .commonMark)) { lookup($0) }
    }

    @Test func comparedWithThePreviousSnapshot() throws {
        let v = try view(Sample.input())
        #expect(v.changes.hasPrevious)
        #expect(v.changes.previous == "2026-W47")
        #expect(v.changes.newAllegations.map(\.subject) == ["Anthropic → Alibaba (distillation)", "OpenAI → DeepSeek (distillation)"])
        #expect(v.changes.statusChanges.map(\.detail) == ["confirmed → upheld (2026-11-27)", "passed → signed (2026-11-25)"])
        #expect(v.changes.newMilestones.map(\.detail) == [
            "2026-12-15: Codes of practice for general-purpose models due", "2027-01-01: First transparency reports due",
        ])
        #expect(v.changes.newRegulations.isEmpty)
        let meta = try #require(v.allegations.first { $0.id == "a-meta-copyright" })
        #expect(meta.previousStatus == "confirmed")
        #expect(!meta.isNew)
        #expect(v.allegations.first { $0.id == "a-distill-alibaba" }?.isNew == true)
    }

    @Test func backlogItemsAreNeverNew() throws {
        let v = try view(Sample.input())
        // Mistral's scraping claim came only from a feed's first fetch: listed, not new.
        let mistral = try #require(v.allegations.first { $0.id == "a-mistral-scraping" })
        #expect(!mistral.isNew)
        #expect(!v.changes.newAllegations.contains { $0.subject.contains("mistral") })
        // The same claim from a regular fetch is new.
        var items = Sample.items
        items[items.firstIndex { $0.id == "i8" }!].backlog = false
        let fresh = try view(Sample.input(), items: items)
        #expect(fresh.changes.newAllegations.contains { $0.subject.contains("mistral") })
    }

    @Test func aMilestoneOnlyABacklogItemGaveIsNotNew() throws {
        var items = Sample.items
        items[items.firstIndex { $0.id == "i6" }!].backlog = true
        let v = try view(Sample.input(), items: items)
        #expect(!v.changes.newMilestones.contains { $0.subject.contains("EU AI Act") })
        #expect(v.changes.newMilestones.contains { $0.subject.contains("SB 53") })
    }

    @Test func withoutASnapshotChangesAreThoseDatedInThePeriod() throws {
        let v = try view(Sample.input(previous: nil))
        #expect(!v.changes.hasPrevious)
        #expect(v.changes.newAllegations.map(\.subject) == ["Anthropic → Alibaba (distillation)", "OpenAI → DeepSeek (distillation)"])
        // Meta's case was first reported the week before: not new, but its upholding is a change.
        #expect(v.changes.statusChanges.map(\.text).contains("Authors Guild → Meta (copyright): confirmed → upheld (2026-11-27)"))
        // Alibaba's case is new this week: its status is on its own line, not counted twice
        // (as with a snapshot, which never held it).
        #expect(!v.changes.statusChanges.contains { $0.subject.contains("Alibaba") })
        #expect(v.changes.newAllegations.first?.to == "confirmed")
        #expect(v.changes.statusChanges.count == 2)
        #expect(v.changes.statusChanges.map(\.text).contains("SB 53 (Transparency in Frontier AI Act) (US-CA): passed → signed (2026-11-25)"))
        #expect(v.changes.newMilestones.count == 2)
    }

    @Test func rejectedDuplicateAndQuietAllegationsAreLeftOut() throws {
        let v = try view(Sample.input())
        let ids = Set(v.allegations.map(\.id))
        #expect(ids == ["a-distill-alibaba", "a-distill-deepseek", "a-meta-copyright", "a-mistral-scraping"])
        var options = BriefingOptions()
        options.confirmedOnly = true
        let confirmed = try view(Sample.input(options: options))
        #expect(Set(confirmed.allegations.map(\.id)) == ["a-distill-alibaba", "a-meta-copyright"])
        #expect(confirmed.tables.flatMap(\.rows).allSatisfy { !$0.line.contains("DeepSeek") })
    }

    @Test func summaryCountsAndMoves() throws {
        let v = try view(Sample.input())
        #expect(v.summary.items == 1234 && v.summary.newItems == 1178 && v.summary.backlogItems == 56)
        #expect(v.summary.allegations == 4 && v.summary.newAllegations == 2 && v.summary.statusChanges == 2)
        #expect(v.summary.regulations == 2 && v.summary.upcomingMilestones == 3)
        #expect(v.summary.moves.map(\.text) == [
            "Authors Guild → Meta (copyright): now upheld", "SB 53 (Transparency in Frontier AI Act) (US-CA): now signed",
            "New: Anthropic accuses Alibaba of distillation (3 reports)",
        ])
        var input = Sample.input()
        input.itemCounts = nil
        let uncounted = try view(input)
        #expect(!uncounted.summary.hasItemCounts)
        #expect(!uncounted.summary.text.contains("items"))
    }

    @Test func upcomingMilestonesReachNinetyDaysFromThePeriodsEnd() throws {
        let v = try view(Sample.input())
        #expect(v.upcoming.map(\.date) == ["2026-12-15", "2027-01-01", "2027-01-20"])
        #expect(v.upcoming.map(\.inDays) == [15, 32, 51])
        var options = BriefingOptions()
        options.upcomingDays = 20
        #expect(try view(Sample.input(options: options)).upcoming.map(\.date) == ["2026-12-15"])
    }

    @Test func sourcesAreNumberedInReadingOrderAndCitedOnce() throws {
        let v = try view(Sample.input())
        #expect(v.sources.map(\.number) == Array(1...v.sources.count))
        // i2 and i11 share a link: one source.
        #expect(v.sources.filter { $0.link == "https://policy.example/alibaba-denies" }.count == 1)
        #expect(v.changes.newAllegations[0].citations == "[1] [2]")
        #expect(v.sources[6].outlet == "newcomer")  // a feed without a title is named by its id
    }

    @Test func onlyCitedItemsAreLookedUp() throws {
        let lookup = Sample.Lookup()
        _ = try BriefingBuilder.view(for: Sample.input(), escaper: MarkdownEscaper(style: .commonMark)) { lookup($0) }
        // Each item at most once, and never the old allegation's missing evidence.
        #expect(lookup.calls.count == Set(lookup.calls).count)
        #expect(!lookup.calls.contains("i-missing"))
        #expect(!lookup.calls.contains("i10"))  // the rejected allegation's
    }

    @Test func timelineIsAMermaidTimelineOfThePeriod() throws {
        let v = try view(Sample.input())
        #expect(v.timeline.mermaid.hasPrefix("timeline\n    title Docket briefing 2026-W48\n    2026-11-24 : "))
        #expect(v.timeline.days.map(\.date) == ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"])
        #expect(!v.timeline.mermaid.contains("`"))
    }
}
