import DocketModel
import Foundation

extension BriefingPeriod {
    /// The ISO week named `YYYY-Www` (`2026-W48`; `2026-w48` and `2026W48` are accepted too).
    public init(week text: String) throws {
        let t = text.uppercased().replacingOccurrences(of: "-W", with: "W")
        let parts = t.split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1...2).contains(parts[1].count),
            let week = Int(parts[1]), week >= 1, week <= Self.weeksIn(isoYear: year)
        else { throw BriefingPeriodError.badWeek(text) }
        let monday = Self.mondayOfWeekOne(isoYear: year) + Int64(week - 1) * 7
        self.init(start: Self.midnight(monday), end: Self.midnight(monday + 7), week: Self.weekName(year, week))
    }

    /// The ISO week holding `date`.
    public init(weekContaining date: Date) {
        let day = Self.dayNumber(date)
        let monday = day - Int64(Self.weekday(day) - 1)
        // The ISO year is the year of the week's Thursday.
        let (year, _, _) = ISO8601.civil(fromDays: monday + 3)
        let week = Int((monday - Self.mondayOfWeekOne(isoYear: year)) / 7) + 1
        self.init(start: Self.midnight(monday), end: Self.midnight(monday + 7), week: Self.weekName(year, week))
    }

    /// The last ISO week that ended before the day holding `now` began: on any day of week
    /// 49, week 48.
    public static func lastCompleteWeek(before now: Date) -> BriefingPeriod {
        BriefingPeriod(weekContaining: BriefingPeriod(weekContaining: now).start.addingTimeInterval(-86_400))
    }

    /// The days from `since` to `until`, both included (`YYYY-MM-DD`, or a full ISO 8601
    /// timestamp whose UTC day is taken).
    public init(since: String, until: String) throws {
        guard let first = ISO8601.date(from: since) else { throw BriefingPeriodError.badDate(since) }
        guard let last = ISO8601.date(from: until) else { throw BriefingPeriodError.badDate(until) }
        try self.init(firstDay: first, lastDay: last)
    }

    /// The days holding `firstDay` to `lastDay`, both included; a range that is exactly one
    /// ISO week is named as that week.
    public init(firstDay: Date, lastDay: Date) throws {
        let a = Self.dayNumber(firstDay), b = Self.dayNumber(lastDay)
        guard a <= b else {
            throw BriefingPeriodError.emptyRange(ISO8601.dateString(from: firstDay), ISO8601.dateString(from: lastDay))
        }
        let weekOfStart = BriefingPeriod(weekContaining: firstDay)
        let asWeek = Self.dayNumber(weekOfStart.start) == a && b - a == 6 ? weekOfStart.week : nil
        self.init(start: Self.midnight(a), end: Self.midnight(b + 1), week: asWeek)
    }

    // MARK: - ISO weeks

    /// 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Int64) -> Int {
        Int(((day + 3) % 7 + 7) % 7) + 1
    }

    /// The Monday of week 1: the week holding 4 January.
    static func mondayOfWeekOne(isoYear year: Int) -> Int64 {
        let jan4 = ISO8601.days(fromCivil: year, 1, 4)
        return jan4 - Int64(weekday(jan4) - 1)
    }

    /// 52 or 53.
    static func weeksIn(isoYear year: Int) -> Int {
        Int((mondayOfWeekOne(isoYear: year + 1) - mondayOfWeekOne(isoYear: year)) / 7)
    }

    static func weekName(_ year: Int, _ week: Int) -> String {
        String(format: "%04d-W%02d", year, week)
    }
}
