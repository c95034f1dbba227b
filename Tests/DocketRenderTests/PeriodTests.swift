import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct PeriodTests {
    @Test func isoWeekIsMondayToSunday() throws {
        let w = try BriefingPeriod(week: "2026-W48")
        #expect(ISO8601.string(from: w.start) == "2026-11-23T00:00:00Z")
        #expect(ISO8601.string(from: w.end) == "2026-11-30T00:00:00Z")
        #expect(w.label == "2026-W48")
        #expect(w.days == 7)
        #expect(w.months == ["2026-11"])
        #expect(try BriefingPeriod(week: "2026w48") == w)
    }

    @Test func weeksAtYearBoundaries() throws {
        // 2026-01-01 is a Thursday: week 1 starts on Monday 2025-12-29.
        #expect(ISO8601.dateString(from: try BriefingPeriod(week: "2026-W01").start) == "2025-12-29")
        #expect(try BriefingPeriod(week: "2026-W01").months == ["2025-12", "2026-01"])
        // 2026 has 53 weeks; 2027 has 52.
        #expect(ISO8601.dateString(from: try BriefingPeriod(week: "2026-W53").start) == "2026-12-28")
        #expect(throws: BriefingPeriodError.self) { try BriefingPeriod(week: "2027-W53") }
        #expect(BriefingPeriod(weekContaining: Sample.date("2027-01-02")).week == "2026-W53")
        #expect(BriefingPeriod(weekContaining: Sample.date("2024-12-30")).week == "2025-W01")
        for bad in ["2026-W00", "2026-W54", "26-W10", "2026-48", "W48", ""] {
            #expect(throws: BriefingPeriodError.self) { try BriefingPeriod(week: bad) }
        }
    }

    @Test func lastCompleteWeekIsTheOneBeforeTodaysWeek() {
        for day in ["2026-11-30T00:00:00Z", "2026-12-02T12:00:00Z", "2026-12-06T23:59:59Z"] {
            #expect(BriefingPeriod.lastCompleteWeek(before: Sample.date(day)).week == "2026-W48")
        }
        #expect(BriefingPeriod.lastCompleteWeek(before: Sample.date("2026-11-29T23:00:00Z")).week == "2026-W47")
    }

    @Test func rangesIncludeBothDays() throws {
        let p = try BriefingPeriod(since: "2026-10-30", until: "2026-11-02")
        #expect(p.label == "2026-10-30 to 2026-11-02")
        #expect(p.fileStem == "2026-10-30--2026-11-02")
        #expect(p.days == 4)
        #expect(p.months == ["2026-10", "2026-11"])
        #expect(p.contains(Sample.date("2026-11-02T23:59:59Z")))
        #expect(!p.contains(Sample.date("2026-11-03T00:00:00Z")))
        #expect(try BriefingPeriod(since: "2026-11-23", until: "2026-11-29").week == "2026-W48")
        #expect(throws: BriefingPeriodError.self) { try BriefingPeriod(since: "2026-11-05", until: "2026-11-01") }
        #expect(throws: BriefingPeriodError.self) { try BriefingPeriod(since: "yesterday", until: "2026-11-01") }
    }
}
