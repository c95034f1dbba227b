import Foundation

/// ISO 8601 UTC timestamps as Docket writes them: `2026-11-26T05:58:05Z`, whole seconds.
///
/// Written by hand because it runs once per date of every item of every feed, and the
/// Foundation formatters allocate; reading accepts what Docket writes plus date-only forms.
public enum ISO8601 {
    public static func string(from date: Date) -> String {
        let seconds = Int64(floor(date.timeIntervalSince1970))
        let (days, secondOfDay) = seconds.floorDivided(by: 86_400)
        let (year, month, day) = civil(fromDays: days)
        let hour = Int(secondOfDay / 3600), minute = Int((secondOfDay % 3600) / 60), second = Int(secondOfDay % 60)
        return String(unsafeUninitializedCapacity: 20) { out in
            func put(_ value: Int, _ at: Int, _ width: Int) {
                var v = max(0, value)
                for i in stride(from: at + width - 1, through: at, by: -1) {
                    out[i] = UInt8(0x30 + v % 10)
                    v /= 10
                }
            }
            put(year, 0, 4)
            out[4] = 0x2D
            put(month, 5, 2)
            out[7] = 0x2D
            put(day, 8, 2)
            out[10] = 0x54
            put(hour, 11, 2)
            out[13] = 0x3A
            put(minute, 14, 2)
            out[16] = 0x3A
            put(second, 17, 2)
            out[19] = 0x5A
            return 20
        }
    }

    /// Just the date: `2026-11-26`.
    public static func dateString(from date: Date) -> String {
        String(string(from: date).prefix(10))
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS±HH:MM` (fractions ignored).
    public static func date(from text: String) -> Date? {
        let b = Array(text.utf8)
        func num(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var v = 0
            for i in at..<(at + count) {
                let c = b[i]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), b.count >= 10, b[4] == 0x2D, let mo = num(5, 2), b[7] == 0x2D,
            let d = num(8, 2), (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = days(fromCivil: y, mo, d) * 86_400
        if b.count == 10 { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        guard b.count >= 19, b[10] == 0x54 || b[10] == 0x20, let h = num(11, 2), b[13] == 0x3A,
            let mi = num(14, 2), b[16] == 0x3A, let s = num(17, 2), h < 24, mi < 60, s < 61
        else { return nil }
        seconds += Int64(h * 3600 + mi * 60 + s)
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if i == b.count || (b[i] == 0x5A && i + 1 == b.count) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        guard b[i] == 0x2B || b[i] == 0x2D, let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 0x3A,
            let om = num(i + 4, 2), i + 6 == b.count
        else { return nil }
        let offset = Int64(oh * 3600 + om * 60)
        seconds += b[i] == 0x2B ? -offset : offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a count of days since 1970-01-01.
    public static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> (Int64, Int64) {
        var q = self / divisor
        var r = self % divisor
        if r < 0 {
            q -= 1
            r += divisor
        }
        return (q, r)
    }
}
