import DocketModel
import Foundation

/// Finds calendar dates in a sentence's tokens: `2 August 2026`, `August 2, 2026`,
/// `2 August`, `August 2`, `December 2027`, `2026-08-02`. A date without a year takes the
/// year that puts it nearest the item's publication date.
struct DateScanner: Sendable {
    struct Found: Sendable {
        let date: Date
        /// Token range of the date.
        let tokens: Range<Int>
        /// Whether the day was given (`December 2027` has none: the first of the month).
        let hasDay: Bool
    }

    private let months: [UInt64: Int]

    init() {
        let names = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        var months: [UInt64: Int] = [:]
        for (index, forms) in names.enumerated() {
            for form in forms { months[TokenKey.of(folded: form)] = index + 1 }
        }
        self.months = months
    }

    func dates(in text: AnalyzedText, range: Range<Int>, reference: Date?) -> [Found] {
        var out: [Found] = []
        let tokens = text.tokens
        var t = range.lowerBound
        func number(_ i: Int) -> Int? {
            guard i < range.upperBound, tokens[i].isNumber, tokens[i].length <= 4 else { return nil }
            return Int(text.text(tokens[i].range))
        }
        func month(_ i: Int) -> Int? {
            guard i < range.upperBound, tokens[i].isCapitalised, tokens[i].has(.hasLetter) else { return nil }
            return months[tokens[i].key]
        }
        func year(_ i: Int) -> Int? {
            guard let y = number(i), tokens[i].length == 4, (1990...2100).contains(y) else { return nil }
            return y
        }
        func near(_ i: Int) -> Bool { i < range.upperBound && !tokens[i].gap.isClauseBreak }
        while t < range.upperBound {
            // ISO: 2026-08-02
            if let y = year(t), near(t + 2), let m = number(t + 1), let d = number(t + 2),
                tokens[t + 1].gap == .hyphen, tokens[t + 2].gap == .hyphen, (1...12).contains(m), (1...31).contains(d)
            {
                out.append(Found(date: Self.make(y, m, d), tokens: t..<(t + 3), hasDay: true))
                t += 3
                continue
            }
            // 2 August 2026 / 2 August
            if let d = number(t), (1...31).contains(d), tokens[t].length <= 2, near(t + 1), let m = month(t + 1) {
                if near(t + 2), let y = year(t + 2) {
                    out.append(Found(date: Self.make(y, m, d), tokens: t..<(t + 3), hasDay: true))
                    t += 3
                    continue
                }
                if let date = Self.resolve(m, d, reference: reference) {
                    out.append(Found(date: date, tokens: t..<(t + 2), hasDay: true))
                }
                t += 2
                continue
            }
            // August 2, 2026 / August 2 / August 2026
            if let m = month(t) {
                // `May` is also a verb: only with a number right after.
                if near(t + 1), let d = number(t + 1), tokens[t + 1].length <= 2, (1...31).contains(d) {
                    if near(t + 2), let y = year(t + 2) {
                        out.append(Found(date: Self.make(y, m, d), tokens: t..<(t + 3), hasDay: true))
                        t += 3
                        continue
                    }
                    if let date = Self.resolve(m, d, reference: reference) {
                        out.append(Found(date: date, tokens: t..<(t + 2), hasDay: true))
                    }
                    t += 2
                    continue
                }
                if near(t + 1), let y = year(t + 1) {
                    out.append(Found(date: Self.make(y, m, 1), tokens: t..<(t + 2), hasDay: false))
                    t += 2
                    continue
                }
            }
            t += 1
        }
        return out
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(ISO8601.days(fromCivil: y, m, d) * 86_400))
    }

    /// A day and month without a year: the year that puts it nearest `reference`.
    static func resolve(_ m: Int, _ d: Int, reference: Date?) -> Date? {
        guard let reference else { return nil }
        let year = ISO8601.civil(fromDays: Int64(floor(reference.timeIntervalSince1970 / 86_400))).year
        let options = [year - 1, year, year + 1].map { make($0, m, d) }
        return options.min { abs($0.timeIntervalSince(reference)) < abs($1.timeIntervalSince(reference)) }
    }
}
