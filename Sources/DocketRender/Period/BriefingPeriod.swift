import DocketModel
import Foundation

/// The span a briefing covers, in whole UTC days: from `start` (inclusive, midnight UTC) to
/// `end` (exclusive). Either an ISO 8601 week (`2026-W48`, Monday to Sunday) or any range of
/// days (`--since 2026-11-01 --until 2026-11-15`, both days included).
public struct BriefingPeriod: Sendable, Hashable, Codable {
    public var start: Date
    public var end: Date
    /// The ISO week (`2026-W48`) when the period is exactly one, else nil.
    public var week: String?

    public init(start: Date, end: Date, week: String? = nil) {
        self.start = start
        self.end = end
        self.week = week
    }

    /// How the period is named in titles: `2026-W48`, or `2026-11-01 to 2026-11-15`.
    public var label: String {
        if let week { return week }
        let first = ISO8601.dateString(from: start), last = ISO8601.dateString(from: lastDay)
        return first == last ? first : "\(first) to \(last)"
    }

    /// A name for files about the period: `2026-W48`, or `2026-11-01--2026-11-15`.
    public var fileStem: String {
        week ?? "\(ISO8601.dateString(from: start))--\(ISO8601.dateString(from: lastDay))"
    }

    /// Midnight UTC of the last day in the period.
    public var lastDay: Date { end.addingTimeInterval(-86_400) }

    /// Whole days covered.
    public var days: Int { Int(((end.timeIntervalSince1970 - start.timeIntervalSince1970) / 86_400).rounded()) }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The months (`YYYY-MM`) the period overlaps, oldest first: the item files to read.
    public var months: [String] {
        var out: [String] = []
        var (y, m, _) = ISO8601.civil(fromDays: Self.dayNumber(start))
        let (ly, lm, _) = ISO8601.civil(fromDays: Self.dayNumber(lastDay))
        while (y, m) <= (ly, lm) {
            out.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }

    /// Days since 1970-01-01 of the UTC day holding `date`.
    static func dayNumber(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func midnight(_ day: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day * 86_400))
    }
}
