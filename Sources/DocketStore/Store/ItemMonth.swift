import DocketModel
import Foundation

/// A month file of items: `items/2026-11.jsonl` holds the items published in November 2026
/// (items without a date go to the month they were fetched).
struct ItemMonth: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int

    init(year: Int, month: Int) {
        self.year = min(max(year, 0), 9999)
        self.month = month
    }

    init(date: Date) {
        let days = Int64(floor(date.timeIntervalSince1970 / 86_400))
        let (y, m, _) = ISO8601.civil(fromDays: days)
        self.init(year: y, month: m)
    }

    /// Parses `YYYY-MM`.
    init?(name: String) {
        let b = Array(name.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"),
            b.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 0x30 && $0.element <= 0x39) })
        else { return nil }
        let y = b[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let m = b[5..<7].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    /// Parses a file name `YYYY-MM.jsonl`.
    init?(fileName: String) {
        guard fileName.hasSuffix(".jsonl") else { return nil }
        self.init(name: String(fileName.dropLast(6)))
    }

    /// A number that orders months and fits in 20 bits.
    var code: UInt64 { UInt64(year * 12 + month - 1) }

    init(code: UInt64) {
        self.init(year: Int(code / 12), month: Int(code % 12) + 1)
    }

    var name: String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count == 1 ? "0" + m : m)
    }

    var fileName: String { name + ".jsonl" }

    static func < (a: ItemMonth, b: ItemMonth) -> Bool { a.code < b.code }
}
