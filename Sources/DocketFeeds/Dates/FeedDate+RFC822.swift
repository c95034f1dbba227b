import Foundation

extension FeedDate {
    /// RFC 822 / 2822 and the textual dialects that feeds mix with it: RFC 850, asctime,
    /// Unix `date`, month-first dates, Greek names, and Perforce after a day name.
    ///
    ///     [weekday[,]] day month[,] year [time] [zone] [(comment)]
    ///     [weekday[,]] month day[,] year [time] [zone]
    ///     [weekday]    month day time [zone] year            (asctime, Unix date)
    ///     weekday, YYYY/MM/DD time zone                      (Perforce; any W3C form)
    static func parseRFC822(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Date? {
        var c = Cursor(bytes, start, end)
        var stamp = Stamp()

        // Day name, ignored (feeds get it wrong): "Thu,", "Thu", "Thursday,", "Fri,24".
        var sawWeekday = false
        if Byte.isWordByte(c.current) {
            let saved = c.index
            let name = c.word()
            guard let meaning = word(name, in: bytes) else { return nil }
            if meaning == .weekday {
                let period = c.skip(Byte.period)
                let space = c.skipSpaces()
                let comma = c.skip(Byte.comma)
                c.skipSpaces()
                guard period || space || comma else { return nil }  // not "Thu01 Jan"
                sawWeekday = true
            } else {
                c.index = saved
            }
        }
        // Perforce and other year-first forms after a day name: hand over to W3C.
        if sawWeekday, Byte.isDigit(c.current), Byte.isDigit(c.peek(1)), Byte.isDigit(c.peek(2)),
            Byte.isDigit(c.peek(3)), c.peek(4) == Byte.hyphen || c.peek(4) == Byte.slash
        {
            return parseW3C(bytes, from: c.index, to: end, afterWeekday: true)
        }

        var yearPending = false
        if Byte.isDigit(c.current) {
            // day month year
            let d = c.digits()
            guard d.count <= 2 else { return nil }
            stamp.day = d.value
            skipOrdinalSuffix(&c)
            skipDateSeparators(&c)
            guard let m = readMonth(&c) else { return nil }
            stamp.month = m
            skipDateSeparators(&c)
            guard readYear(&c, into: &stamp) else { return nil }
        } else {
            // month day year, or month day time … year
            guard let m = readMonth(&c) else { return nil }
            stamp.month = m
            skipDateSeparators(&c)
            let d = c.digits()
            guard d.count >= 1, d.count <= 2 else { return nil }
            stamp.day = d.value
            skipOrdinalSuffix(&c)
            c.skipSpaces()
            if c.skip(Byte.comma) { c.skipSpaces() }
            if isTimeAhead(c) {
                yearPending = true
            } else {
                guard readYear(&c, into: &stamp) else { return nil }
            }
        }

        // Time: H[H]:MM[:SS[.fff]] [AM|PM]
        let beforeTime = c.index
        c.skipSpaces()
        if c.skip(Byte.comma) { c.skipSpaces() }
        if Byte.isDigit(c.current), isTimeAhead(c) {
            guard readClock(&c, into: &stamp) else { return nil }
        } else {
            c.index = beforeTime
        }

        // Zone, the year of asctime, a redundant zone name, comments; then the end.
        var zoneSeen = false
        var redundantNameSeen = false
        while true {
            let hadSpace = c.skipSpaces()
            if c.atEnd { break }
            let b = c.current
            if b == Byte.openParen {
                guard skipComment(&c) else { return nil }
            } else if yearPending, Byte.isDigit(b) {
                guard hadSpace, readYear(&c, into: &stamp) else { return nil }
                yearPending = false
            } else if !zoneSeen, b == Byte.plus || b == Byte.hyphen || Byte.isASCIILetter(b) {
                guard let offset = readZone(&c) else { return nil }
                stamp.offset = offset
                zoneSeen = true
            } else if zoneSeen, !redundantNameSeen, hadSpace, Byte.isASCIILetter(b) {
                // "-0800 PST": the numeric offset wins, but the name must be a zone.
                let name = c.letters()
                guard zoneOffset(named: name, in: bytes) != nil, !Byte.isWordByte(c.current) else {
                    return nil
                }
                redundantNameSeen = true
            } else {
                return nil
            }
        }
        guard !yearPending else { return nil }
        return stamp.instant()
    }

    /// A month name at the cursor, with an optional abbreviation dot.
    private static func readMonth(_ c: inout Cursor) -> Int? {
        let name = c.word()
        guard let m = month(name, in: c.bytes) else { return nil }
        _ = c.skip(Byte.period)
        return m
    }

    /// A year of 2–4 digits, widened by RFC 2822's rules; the next byte must end it.
    private static func readYear(_ c: inout Cursor, into stamp: inout Stamp) -> Bool {
        let y = c.digits()
        guard y.count >= 2, y.count <= 4, !Byte.isWordByte(c.current) else { return false }
        stamp.year = fullYear(y.value, digits: y.count)
        return true
    }

    /// `H[H]:M[M][:S[S]][.fff]` then an optional AM/PM word.
    private static func readClock(_ c: inout Cursor, into stamp: inout Stamp) -> Bool {
        let h = c.digits()
        guard h.count >= 1, h.count <= 2, c.skip(Byte.colon) else { return false }
        let m = c.digits()
        guard m.count >= 1, m.count <= 2 else { return false }
        stamp.hour = h.value
        stamp.minute = m.value
        if c.skip(Byte.colon) {
            let s = c.digits()
            guard s.count >= 1, s.count <= 2 else { return false }
            stamp.second = s.value
            if let millis = c.fraction() { stamp.millisecond = millis }
        }
        // "1:2:3:4", "10:00:00.": not a time.
        guard c.current != Byte.colon, !Byte.isDigit(c.current), c.current != Byte.period else {
            return false
        }
        let saved = c.index
        c.skipSpaces()
        if Byte.isASCIILetter(c.current) {
            let name = c.word()
            if name.count == 2, case .meridiem(let meridiem)? = word(name, in: c.bytes) {
                return stamp.apply(meridiem)
            }
        }
        c.index = saved
        return true
    }

    /// Whether the cursor is at `H:` or `HH:`.
    private static func isTimeAhead(_ c: Cursor) -> Bool {
        guard Byte.isDigit(c.current) else { return false }
        return c.peek(1) == Byte.colon || (Byte.isDigit(c.peek(1)) && c.peek(2) == Byte.colon)
    }

    /// Spaces, commas and one hyphen between the day, month and year ("13 Feb, 2012",
    /// "06-Nov-94").
    private static func skipDateSeparators(_ c: inout Cursor) {
        c.skipSpaces()
        if c.skip(Byte.comma) || c.skip(Byte.hyphen) { c.skipSpaces() }
    }

    /// "1st", "2nd", "3rd", "4th" after a day number.
    private static func skipOrdinalSuffix(_ c: inout Cursor) {
        let a = Byte.lower(c.current)
        let b = Byte.lower(c.peek(1))
        guard !Byte.isWordByte(c.peek(2)) else { return }
        if (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64)
            || (a == 0x74 && b == 0x68)
        {
            c.index += 2
        }
    }

    /// An RFC 2822 comment: `(` … `)`, nested, with `\` quoting. False when unclosed.
    private static func skipComment(_ c: inout Cursor) -> Bool {
        var depth = 0
        while !c.atEnd {
            let b = c.current
            c.index += 1
            switch b {
            case Byte.openParen: depth += 1
            case Byte.closeParen:
                depth -= 1
                if depth == 0 { return true }
            case 0x5C: c.index += 1  // backslash quotes the next byte
            default: break
            }
        }
        return false
    }
}
