extension FeedDate {
    /// What a word in a date means.
    enum Word: Equatable {
        case month(Int)
        case weekday
        case meridiem(Meridiem)
    }

    /// The meaning of the word at `range`, or nil. English names match case-insensitively,
    /// as their first three letters or any longer prefix of the full name (`Sept`,
    /// `January`, `Thurs`); Greek, Hungarian and Korean words match as spelled.
    static func word(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        if range.count >= 2, range.count <= 9, let english = englishWord(range, in: bytes) {
            return english
        }
        guard range.count >= 3, range.count <= 24 else { return nil }
        // Only Hungarian has foreign words in plain ASCII: skip the table for other ASCII words.
        let first = Byte.lower(bytes[range.lowerBound])
        if first < 0x80, first != 0x61, first != 0x66, first != 0x6F, first != 0x73,
            !range.contains(where: { bytes[$0] >= 0x80 })
        {
            return nil  // not a(ugusztus), f(ebr), o(kt), s(zept…), nor non-ASCII
        }
        for entry in foreignWords where matches(entry.spelling, range, in: bytes) {
            return entry.word
        }
        return nil
    }

    /// The month named by the word at `range`, or nil.
    static func month(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if case .month(let m)? = word(range, in: bytes) { return m }
        return nil
    }

    private static func englishWord(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        let s = range.lowerBound
        let b0 = bytes[s]
        let b1 = bytes[s + 1]
        guard Byte.isASCIILetter(b0), Byte.isASCIILetter(b1) else { return nil }
        if range.count == 2 {
            // AM / PM
            guard b1 | 0x20 == 0x6D else { return nil }
            switch b0 | 0x20 {
            case 0x61: return .meridiem(.am)
            case 0x70: return .meridiem(.pm)
            default: return nil
            }
        }
        let b2 = bytes[s + 2]
        guard Byte.isASCIILetter(b2) else { return nil }
        let key = UInt32(b0 | 0x20) << 16 | UInt32(b1 | 0x20) << 8 | UInt32(b2 | 0x20)
        let found: Word
        let full: StaticString
        switch key {
        case 0x6A_616E: (found, full) = (.month(1), "january")
        case 0x66_6562: (found, full) = (.month(2), "february")
        case 0x6D_6172: (found, full) = (.month(3), "march")
        case 0x61_7072: (found, full) = (.month(4), "april")
        case 0x6D_6179: (found, full) = (.month(5), "may")
        case 0x6A_756E: (found, full) = (.month(6), "june")
        case 0x6A_756C: (found, full) = (.month(7), "july")
        case 0x61_7567: (found, full) = (.month(8), "august")
        case 0x73_6570: (found, full) = (.month(9), "september")
        case 0x6F_6374: (found, full) = (.month(10), "october")
        case 0x6E_6F76: (found, full) = (.month(11), "november")
        case 0x64_6563: (found, full) = (.month(12), "december")
        case 0x6D_6F6E: (found, full) = (.weekday, "monday")
        case 0x74_7565: (found, full) = (.weekday, "tuesday")
        case 0x77_6564: (found, full) = (.weekday, "wednesday")
        case 0x74_6875: (found, full) = (.weekday, "thursday")
        case 0x66_7269: (found, full) = (.weekday, "friday")
        case 0x73_6174: (found, full) = (.weekday, "saturday")
        case 0x73_756E: (found, full) = (.weekday, "sunday")
        default: return nil
        }
        guard range.count > 3 else { return found }
        // A longer word must be a prefix of the full name.
        let isPrefix = full.withUTF8Buffer { name -> Bool in
            guard range.count <= name.count else { return false }
            for k in 3..<range.count where Byte.lower(bytes[s + k]) != name[k] { return false }
            return true
        }
        return isPrefix ? found : nil
    }

    /// Compares the word at `range` with `spelling` (ASCII letters case-insensitively).
    private static func matches(
        _ spelling: [UInt8], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard spelling.count == range.count else { return false }
        var k = 0
        for i in range {
            guard Byte.lower(bytes[i]) == spelling[k] else { return false }
            k += 1
        }
        return true
    }

    /// Korean markers that sit between the numbers of OnBlog dates: year, month, day.
    static let koreanYear: [UInt8] = Array("\u{B144}".utf8)  // 년
    static let koreanMonth: [UInt8] = Array("\u{C6D4}".utf8)  // 월
    static let koreanDay: [UInt8] = Array("\u{C77C}".utf8)  // 일

    /// Non-English month, weekday and meridiem words (feedparser's Greek, Hungarian and
    /// Korean tables, plus the correct Hungarian spellings and abbreviations).
    private static let foreignWords: [(spelling: [UInt8], word: Word)] = {
        let table: [(String, Word)] = [
            // Greek months
            ("\u{0399}\u{03B1}\u{03BD}", .month(1)),  // Ιαν
            ("\u{03A6}\u{03B5}\u{03B2}", .month(2)),  // Φεβ
            ("\u{039C}\u{03AC}\u{03CE}", .month(3)),  // Μάώ
            ("\u{039C}\u{03B1}\u{03CE}", .month(3)),  // Μαώ
            ("\u{039C}\u{03B1}\u{03C1}", .month(3)),  // Μαρ
            ("\u{0391}\u{03C0}\u{03C1}", .month(4)),  // Απρ
            ("\u{039C}\u{03AC}\u{03B9}", .month(5)),  // Μάι
            ("\u{039C}\u{03B1}\u{03CA}", .month(5)),  // Μαϊ
            ("\u{039C}\u{03B1}\u{03B9}", .month(5)),  // Μαι
            ("\u{0399}\u{03BF}\u{03CD}\u{03BD}", .month(6)),  // Ιούν
            ("\u{0399}\u{03BF}\u{03BD}", .month(6)),  // Ιον
            ("\u{0399}\u{03BF}\u{03CD}\u{03BB}", .month(7)),  // Ιούλ
            ("\u{0399}\u{03BF}\u{03BB}", .month(7)),  // Ιολ
            ("\u{0391}\u{03CD}\u{03B3}", .month(8)),  // Αύγ
            ("\u{0391}\u{03C5}\u{03B3}", .month(8)),  // Αυγ
            ("\u{03A3}\u{03B5}\u{03C0}", .month(9)),  // Σεπ
            ("\u{039F}\u{03BA}\u{03C4}", .month(10)),  // Οκτ
            ("\u{039D}\u{03BF}\u{03AD}", .month(11)),  // Νοέ
            ("\u{039D}\u{03BF}\u{03B5}", .month(11)),  // Νοε
            ("\u{0394}\u{03B5}\u{03BA}", .month(12)),  // Δεκ
            // Greek weekdays
            ("\u{039A}\u{03C5}\u{03C1}", .weekday),  // Κυρ
            ("\u{0394}\u{03B5}\u{03C5}", .weekday),  // Δευ
            ("\u{03A4}\u{03C1}\u{03B9}", .weekday),  // Τρι
            ("\u{03A4}\u{03B5}\u{03C4}", .weekday),  // Τετ
            ("\u{03A0}\u{03B5}\u{03BC}", .weekday),  // Πεμ
            ("\u{03A0}\u{03B1}\u{03C1}", .weekday),  // Παρ
            ("\u{03A3}\u{03B1}\u{03B2}", .weekday),  // Σαβ
            // Hungarian months (lower case, as Hungarian writes them)
            ("janu\u{E1}r", .month(1)), ("febru\u{E1}r", .month(2)), ("febru\u{E1}ri", .month(2)),
            ("m\u{E1}rcius", .month(3)), ("\u{E1}prilis", .month(4)), ("m\u{E1}jus", .month(5)),
            ("m\u{E1}ujus", .month(5)), ("j\u{FA}nius", .month(6)), ("j\u{FA}lius", .month(7)),
            ("augusztus", .month(8)), ("szeptember", .month(9)), ("okt\u{F3}ber", .month(10)),
            ("febr", .month(2)), ("m\u{E1}rc", .month(3)), ("\u{E1}pr", .month(4)),
            ("m\u{E1}j", .month(5)), ("j\u{FA}n", .month(6)), ("j\u{FA}l", .month(7)),
            ("szept", .month(9)), ("okt", .month(10)),
            // Korean meridiem
            ("\u{C624}\u{C804}", .meridiem(.am)),  // 오전
            ("\u{C624}\u{D6C4}", .meridiem(.pm)),  // 오후
        ]
        return table.map { (Array($0.0.utf8), $0.1) }
    }()
}
