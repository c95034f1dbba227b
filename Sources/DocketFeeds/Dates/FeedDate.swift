import Foundation

/// Turns the date strings found in RSS and Atom feeds into UTC instants.
///
/// `FeedDate.parse(_:)` reads every dialect that feeds are known to use and returns `nil`
/// for anything it cannot read with certainty. It never guesses and never traps.
///
/// Dialects:
/// - RFC 822 / RFC 2822 / RFC 1123 (`Thu, 01 Jan 2004 19:48:21 GMT`), with or without the
///   day name and the seconds, 2-, 3- and 4-digit years, the obsolete zone names (`UT`,
///   `GMT`, `Z`, `EST` … `PDT`, military letters), numeric offsets (`-0800`, `+01:00`,
///   `GMT-01:01`, `Etc/GMT`), a trailing comment (`-0800 (PST)`), and the usual damage:
///   no comma after the day name, a comma after the month, full or lower-case month and
///   day names, `Sept`, one-digit days and hours, extra spaces, month before day
///   (`Thu Aug 30 2012 17:26:16 +0200`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`).
/// - asctime and Unix `date` (`Sun Jan  4 16:29:06 2004`, `Sun Jul 15 01:16:00 +0000 2012`,
///   `Tue Nov 10 12:34:56 UTC 2020`).
/// - W3C-DTF / RFC 3339 / ISO 8601: `2003-12-31T10:14:55.1234Z`, offsets `±HH:MM`,
///   `±HHMM`, `±HH`, a space instead of `T`, date only (midnight UTC), `YYYY-MM`, `YYYY`,
///   ordinal dates (`2003-335`), the basic forms (`20031231`, `20031231T101455Z`), the
///   truncated two-digit-year forms of ISO 8601:2000 (`031231`, `03-12-31`, `-0312`,
///   `-03-12`, `03335`), and Google's three-digit month (`2003-012-31`).
/// - Perforce (`Fri, 2006/09/15 08:19:53 EDT`), Greek (`Κυρ, 11 Ιούλ 2004 12:00:00 EST`),
///   Hungarian (`2004-július-13T9:15-05:00`), Korean OnBlog (`2004년 05월 28일  01:31:15`)
///   and Nate (`2004-05-25 오후 11:23:17`); the Korean forms without a zone are read as
///   Korea Standard Time (+09:00).
///
/// Rules:
/// - No zone means UTC. An alphabetic zone that is not in the table (or is ambiguous,
///   such as `IST`) makes the date `nil` rather than a guess.
/// - The military letters follow RFC 822's text (`A` = −1 h … `M` = −12 h, `N` = +1 h …
///   `Y` = +12 h), as feedparser does, although the military convention has the opposite
///   signs. `Etc/GMT+5` follows the tz database (UTC−5).
/// - Two-digit years: 00–49 → 20xx, 50–99 → 19xx (RFC 2822 §4.3); three-digit years add
///   1900 (RFC 2822). The same window applies to ISO 8601's two-digit years.
/// - A leap second (`:60`) is clamped to `:59` of the same minute. `24:00:00` is midnight
///   at the end of that day. Fractions of a second are kept to the millisecond.
/// - Out of range fields (month 13, day 32, 30 February, hour 25, minute 61, second 61,
///   offsets beyond ±23:59) and any text left over after a complete date give `nil`,
///   as do results outside the years 1–9999.
///
/// Parsing works on the UTF-8 bytes without allocating; the weekday is not checked
/// against the date, because feeds get it wrong more often than the date.
public enum FeedDate {
    /// The UTC instant that `text` denotes, or `nil` when it is not a date this parser can
    /// read with certainty. Surrounding white space is ignored.
    public static func parse(_ text: String) -> Date? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
    }

    /// The longest string worth looking at: real dates, even with a comment, are far shorter.
    private static let maximumLength = 256

    /// Entry on raw UTF-8: trims white space and chooses a dialect by the first byte.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var start = 0
        var end = bytes.count
        while start < end {
            if Byte.isSpace(bytes[start]) {
                start += 1
            } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2  // U+00A0 NO-BREAK SPACE
            } else {
                break
            }
        }
        while end > start {
            if Byte.isSpace(bytes[end - 1]) {
                end -= 1
            } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
        guard start < end, end - start <= maximumLength else { return nil }
        let first = bytes[start]
        if Byte.isDigit(first) || first == Byte.hyphen {
            if let date = parseW3C(bytes, from: start, to: end) { return date }
            // `01 Jan 2004 …`: RFC 822 without a day name.
            return Byte.isDigit(first) ? parseRFC822(bytes, from: start, to: end) : nil
        }
        return parseRFC822(bytes, from: start, to: end)
    }
}

// MARK: - Shared machinery (internal to the date parser)

extension FeedDate {
    /// ASCII byte constants and classes.
    enum Byte {
        static let space: UInt8 = 0x20
        static let hyphen: UInt8 = 0x2D
        static let plus: UInt8 = 0x2B
        static let colon: UInt8 = 0x3A
        static let comma: UInt8 = 0x2C
        static let period: UInt8 = 0x2E
        static let slash: UInt8 = 0x2F
        static let openParen: UInt8 = 0x28
        static let closeParen: UInt8 = 0x29

        @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        }
        @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        /// A byte of a word: an ASCII letter, or any byte of a non-ASCII UTF-8 sequence.
        @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || b >= 0x80 }
        @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIILetter(b) ? b | 0x20 : b }
    }

    /// A read position in the trimmed date bytes. Reading past `end` gives the byte 0.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            self.bytes = bytes
            self.index = start
            self.end = end
        }

        var atEnd: Bool { index >= end }

        /// The current byte, or 0 at the end.
        @inline(__always) var current: UInt8 { index < end ? bytes[index] : 0 }

        /// The byte `offset` places ahead, or 0 past the end.
        @inline(__always) func peek(_ offset: Int) -> UInt8 {
            let i = index + offset
            return i < end ? bytes[i] : 0
        }

        /// Consumes `byte` when it is the current one.
        @inline(__always) mutating func skip(_ byte: UInt8) -> Bool {
            guard index < end, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Skips white space; tells whether there was any.
        @discardableResult
        @inline(__always)
        mutating func skipSpaces() -> Bool {
            let start = index
            while index < end, Byte.isSpace(bytes[index]) { index += 1 }
            return index > start
        }

        /// A run of ASCII digits: its value (exact up to 18 digits) and its length (0: none).
        @inline(__always)
        mutating func digits() -> (value: Int, count: Int) {
            var value = 0
            let start = index
            while index < end, Byte.isDigit(bytes[index]) {
                if index - start < 18 { value = value &* 10 &+ Int(bytes[index] &- 0x30) }
                index += 1
            }
            return (value, index - start)
        }

        /// A run of word bytes (ASCII letters and non-ASCII UTF-8), consumed.
        @inline(__always)
        mutating func word() -> Range<Int> {
            let start = index
            while index < end, Byte.isWordByte(bytes[index]) { index += 1 }
            return start..<index
        }

        /// A run of ASCII letters only, consumed.
        @inline(__always)
        mutating func letters() -> Range<Int> {
            let start = index
            while index < end, Byte.isASCIILetter(bytes[index]) { index += 1 }
            return start..<index
        }

        /// Consumes `literal` (compared byte for byte, ASCII case-insensitively).
        mutating func skip(_ literal: StaticString) -> Bool {
            let matched = literal.withUTF8Buffer { lit -> Bool in
                guard end - index >= lit.count else { return false }
                for k in 0..<lit.count where Byte.lower(bytes[index + k]) != lit[k] { return false }
                return true
            }
            if matched { index += literal.utf8CodeUnitCount }
            return matched
        }

        /// A fraction of a second after `.` or `,`, in milliseconds; nil when there is no
        /// fraction (the separator is then left unread).
        mutating func fraction() -> Int? {
            let c = current
            guard c == Byte.period || c == Byte.comma, Byte.isDigit(peek(1)) else { return nil }
            index += 1
            var millis = 0
            var scale = 100
            while index < end, Byte.isDigit(bytes[index]) {
                millis += Int(bytes[index] &- 0x30) * scale
                scale /= 10
                index += 1
            }
            return millis
        }
    }

    /// Morning or afternoon, for 12-hour clocks.
    enum Meridiem {
        case am, pm
    }

    /// The fields of a date as read, before validation.
    struct Stamp {
        var year = 0
        var month = 1
        var day = 1
        var hour = 0
        var minute = 0
        var second = 0
        var millisecond = 0
        /// Seconds east of UTC.
        var offset = 0

        /// Applies a 12-hour clock marker; false when the hour cannot be on a 12-hour clock.
        mutating func apply(_ meridiem: Meridiem) -> Bool {
            guard hour <= 12 else { return false }
            hour = meridiem == .pm ? hour % 12 + 12 : hour % 12
            return true
        }

        /// The instant, or nil when a field is out of range.
        func instant() -> Date? {
            guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1,
                day <= FeedDate.daysIn(month: month, year: year),
                minute >= 0, minute <= 59, second >= 0, second <= 60, hour >= 0, hour <= 24
            else { return nil }
            if hour == 24 {
                guard minute == 0, second == 0, millisecond == 0 else { return nil }
            }
            let second = min(self.second, 59)  // leap second: clamped into the same minute
            let days = FeedDate.days(fromCivil: year, month, day)
            let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
            // 0001-01-01T00:00:00Z ..< 10000-01-01T00:00:00Z
            guard seconds >= -62_135_596_800, seconds < 253_402_300_800 else { return nil }
            return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1000)
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A two- or three-digit year made whole: RFC 2822 §4.3 (00–49 → 2000s, 50–99 → 1900s,
    /// three digits + 1900). Four digits stay as they are.
    static func fullYear(_ value: Int, digits: Int) -> Int {
        switch digits {
        case 2: return value < 50 ? 2000 + value : 1900 + value
        case 3: return 1900 + value
        default: return value
        }
    }
}
