import Foundation

extension FeedDate {
    /// W3C-DTF, RFC 3339, ISO 8601 (extended, basic, ordinal and the two-digit-year
    /// truncations), MSSQL style (space for `T`, zone after a space), and the year-first
    /// dialects built on them: Perforce (`2006/09/15 08:19:53 EDT`), Hungarian month names
    /// (`2004-július-13T9:15-05:00`), Korean Nate (`2004-05-25 오후 11:23:17`) and OnBlog
    /// (`2004년 05월 28일  01:31:15`).
    ///
    /// The whole string must be consumed: `2013-01-27-01` and `…-06:00Textra` are nil.
    /// `afterWeekday` (a day name was read before `from`) requires a full date.
    static func parseW3C(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, afterWeekday: Bool = false
    ) -> Date? {
        var c = Cursor(bytes, start, end)
        var stamp = Stamp()
        var korean = false

        // MARK: date
        var fullDate = false  // year, month and day (or ordinal): a time may follow
        if c.current == Byte.hyphen {
            // -YYMM, -YY-MM (ISO 8601:2000 truncated: year in the century, and month)
            c.index += 1
            let y = c.digits()
            if y.count == 4 {
                stamp.year = fullYear(y.value / 100, digits: 2)
                stamp.month = y.value % 100
            } else {
                guard y.count == 2, c.skip(Byte.hyphen) else { return nil }
                let m = c.digits()
                guard m.count == 2 else { return nil }
                stamp.year = fullYear(y.value, digits: 2)
                stamp.month = m.value
            }
            guard c.atEnd, !afterWeekday else { return nil }
            return stamp.instant()
        }

        let n = c.digits()
        switch n.count {
        case 4:
            stamp.year = n.value
            let separator = c.current
            if separator == Byte.hyphen {
                c.index += 1
                if Byte.isDigit(c.current) {
                    let m = c.digits()
                    if m.count == 3, c.current == Byte.hyphen, bytes[c.index - 3] == 0x30 {
                        // Google's "2003-012-31": a month with an extra leading zero.
                        stamp.month = m.value
                        c.index += 1
                        guard readDay(&c, into: &stamp) else { return nil }
                        fullDate = true
                    } else if m.count == 3 {
                        guard setOrdinal(m.value, into: &stamp) else { return nil }
                        fullDate = true
                    } else if m.count <= 2 {
                        stamp.month = m.value
                        if c.skip(Byte.hyphen) {
                            guard readDay(&c, into: &stamp) else { return nil }
                            fullDate = true
                        }
                    } else {
                        return nil
                    }
                } else if Byte.isWordByte(c.current) {
                    // "2004-július-13", "2004-Jan-13"
                    let name = c.word()
                    guard let m = month(name, in: bytes), c.skip(Byte.hyphen) else { return nil }
                    stamp.month = m
                    guard readDay(&c, into: &stamp) else { return nil }
                    fullDate = true
                } else {
                    return nil
                }
            } else if separator == Byte.slash {
                // Perforce: YYYY/MM/DD
                c.index += 1
                let m = c.digits()
                guard m.count >= 1, m.count <= 2, c.skip(Byte.slash) else { return nil }
                stamp.month = m.value
                guard readDay(&c, into: &stamp) else { return nil }
                fullDate = true
            } else if separator >= 0x80 {
                // OnBlog: YYYY년 MM월 DD일
                guard skipLiteral(koreanYear, &c) else { return nil }
                c.skipSpaces()
                let m = c.digits()
                guard m.count >= 1, m.count <= 2, skipLiteral(koreanMonth, &c) else { return nil }
                stamp.month = m.value
                c.skipSpaces()
                guard readDay(&c, into: &stamp), skipLiteral(koreanDay, &c) else { return nil }
                fullDate = true
                korean = true
            }
            // else: year only
        case 8:  // YYYYMMDD
            stamp.year = n.value / 10_000
            stamp.month = n.value / 100 % 100
            stamp.day = n.value % 100
            fullDate = true
        case 7:  // YYYYDDD
            stamp.year = n.value / 1000
            guard setOrdinal(n.value % 1000, into: &stamp) else { return nil }
            fullDate = true
        case 6:  // YYMMDD
            stamp.year = fullYear(n.value / 10_000, digits: 2)
            stamp.month = n.value / 100 % 100
            stamp.day = n.value % 100
            fullDate = true
        case 5:  // YYDDD
            stamp.year = fullYear(n.value / 1000, digits: 2)
            guard setOrdinal(n.value % 1000, into: &stamp) else { return nil }
            fullDate = true
        case 2:  // YY-MM-DD, YY-DDD
            guard c.skip(Byte.hyphen) else { return nil }
            stamp.year = fullYear(n.value, digits: 2)
            let m = c.digits()
            if m.count == 3 {
                guard setOrdinal(m.value, into: &stamp) else { return nil }
            } else {
                guard m.count == 2, c.skip(Byte.hyphen) else { return nil }
                stamp.month = m.value
                let d = c.digits()
                guard d.count == 2 else { return nil }
                stamp.day = d.value
            }
            fullDate = true
        default:
            return nil
        }

        if c.atEnd {
            guard fullDate || !afterWeekday else { return nil }
            if korean { stamp.offset = 9 * 3600 }
            return stamp.instant()
        }
        // Only a full date may carry a time or a zone.
        guard fullDate else { return nil }

        // MARK: separator, or a zone on the date itself (XML Schema: 2002-09-24Z, 2002-09-24-06:00)
        let separator = c.current
        var meridiem: Meridiem?
        if separator == 0x54 || separator == 0x74 {  // T t
            c.index += 1
        } else if Byte.isSpace(separator) {
            c.skipSpaces()
            if Byte.isWordByte(c.current) {
                // Nate: "2004-05-25 오후 11:23:17"
                let name = c.word()
                guard case .meridiem(let m)? = word(name, in: bytes), name.count > 2 else { return nil }
                meridiem = m
                korean = true
                c.skipSpaces()
            }
        } else if separator == 0x5A || separator == 0x7A {  // Z z
            c.index += 1
            guard c.atEnd else { return nil }
            return stamp.instant()
        } else if separator == Byte.plus || separator == Byte.hyphen {
            guard Byte.isDigit(c.peek(1)), Byte.isDigit(c.peek(2)), c.peek(3) == Byte.colon,
                let offset = readNumericOffset(&c, shortHours: false), c.atEnd
            else { return nil }
            stamp.offset = offset
            return stamp.instant()
        } else {
            return nil
        }

        // MARK: time
        let h = c.digits()
        if c.skip(Byte.colon) {
            // extended: H[H]:MM[:SS]
            guard h.count >= 1, h.count <= 2 else { return nil }
            stamp.hour = h.value
            let m = c.digits()
            guard m.count >= 1, m.count <= 2 else { return nil }
            stamp.minute = m.value
            if c.skip(Byte.colon) {
                let s = c.digits()
                guard s.count >= 1, s.count <= 2 else { return nil }
                stamp.second = s.value
            }
        } else {
            // basic: HH, HHMM, HHMMSS
            switch h.count {
            case 2: stamp.hour = h.value
            case 4: (stamp.hour, stamp.minute) = (h.value / 100, h.value % 100)
            case 6: (stamp.hour, stamp.minute, stamp.second) = (h.value / 10_000, h.value / 100 % 100, h.value % 100)
            default: return nil
            }
        }
        if let millis = c.fraction() { stamp.millisecond = millis }

        // An English AM/PM after the time ("2004-05-25 11:23:17 PM").
        var saved = c.index
        if meridiem == nil, c.skipSpaces(), Byte.isASCIILetter(c.current) {
            let name = c.word()
            if name.count == 2, case .meridiem(let m)? = word(name, in: bytes) {
                meridiem = m
            } else {
                c.index = saved
            }
        } else {
            c.index = saved
        }
        if let meridiem {
            guard stamp.apply(meridiem) else { return nil }
        }

        // MARK: zone
        saved = c.index
        c.skipSpaces()
        if c.atEnd {
            if korean { stamp.offset = 9 * 3600 }
            return stamp.instant()
        }
        guard let offset = readZone(&c) else { return nil }
        stamp.offset = offset
        guard c.atEnd else { return nil }
        return stamp.instant()
    }

    /// A day of one or two digits.
    private static func readDay(_ c: inout Cursor, into stamp: inout Stamp) -> Bool {
        let d = c.digits()
        guard d.count >= 1, d.count <= 2 else { return false }
        stamp.day = d.value
        return true
    }

    /// Sets month and day from a day of the year (1–365, or 366 in leap years).
    private static func setOrdinal(_ ordinal: Int, into stamp: inout Stamp) -> Bool {
        guard stamp.year >= 1, ordinal >= 1, ordinal <= (isLeap(stamp.year) ? 366 : 365) else {
            return false
        }
        var remaining = ordinal
        var month = 1
        while remaining > daysIn(month: month, year: stamp.year) {
            remaining -= daysIn(month: month, year: stamp.year)
            month += 1
        }
        stamp.month = month
        stamp.day = remaining
        return true
    }

    /// Consumes exactly `literal`'s bytes.
    private static func skipLiteral(_ literal: [UInt8], _ c: inout Cursor) -> Bool {
        guard c.end - c.index >= literal.count else { return false }
        for k in 0..<literal.count where c.bytes[c.index + k] != literal[k] { return false }
        c.index += literal.count
        return true
    }
}
