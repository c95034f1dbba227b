extension FeedDate {
    /// Minutes east of UTC of a zone name, packed big-endian in lower case (`"gmt"` is
    /// `0x676D74`), or nil when unknown.
    ///
    /// RFC 822's names, the extra North American ones feedparser knows (`AT`, `ET`, `CT`,
    /// `MT`, `PT`, `ADT`, `AST`), `MET`/`MEST`, the military letters with RFC 822's signs,
    /// and abbreviations that mean one thing in practice. Ambiguous ones are left out
    /// (`IST`: India, Ireland or Israel) or keep the meaning RFC 822 and English-language
    /// feeds give them (`CST` is US Central, not China; `BST` is British Summer Time).
    private static func zoneMinutes(packed key: UInt64) -> Int? {
        switch key {
        case 0x7574: return 0  // ut
        case 0x757463: return 0  // utc
        case 0x676D74: return 0  // gmt
        case 0x7A: return 0  // z
        case 0x7A756C75: return 0  // zulu
        case 0x756374: return 0  // uct
        case 0x776574: return 0  // wet
        // RFC 822 North America, and feedparser's additions
        case 0x657374: return -300  // est
        case 0x656474: return -240  // edt
        case 0x637374: return -360  // cst
        case 0x636474: return -300  // cdt
        case 0x6D7374: return -420  // mst
        case 0x6D6474: return -360  // mdt
        case 0x707374: return -480  // pst
        case 0x706474: return -420  // pdt
        case 0x6174: return -240  // at
        case 0x617374: return -240  // ast
        case 0x616474: return -180  // adt
        case 0x6574: return -300  // et
        case 0x6374: return -360  // ct
        case 0x6D74: return -420  // mt
        case 0x7074: return -480  // pt
        case 0x616B7374: return -540  // akst
        case 0x616B6474: return -480  // akdt
        case 0x687374: return -600  // hst
        case 0x68617374: return -600  // hast
        case 0x68616474: return -540  // hadt
        case 0x6E7374: return -210  // nst
        case 0x6E6474: return -150  // ndt
        // Europe
        case 0x627374: return 60  // bst
        case 0x77657374: return 60  // west
        case 0x636574: return 60  // cet
        case 0x63657374: return 120  // cest
        case 0x6D6574: return 60  // met
        case 0x6D657374: return 120  // mest
        case 0x6D657A: return 60  // mez
        case 0x6D65737A: return 120  // mesz
        case 0x656574: return 120  // eet
        case 0x65657374: return 180  // eest
        case 0x6D736B: return 180  // msk
        case 0x6D7364: return 240  // msd
        // Africa, Asia, Oceania
        case 0x776174: return 60  // wat
        case 0x636174: return 120  // cat
        case 0x73617374: return 120  // sast
        case 0x656174: return 180  // eat
        case 0x706B74: return 300  // pkt
        case 0x6E7074: return 345  // npt
        case 0x696374: return 420  // ict
        case 0x776962: return 420  // wib
        case 0x686B74: return 480  // hkt
        case 0x736774: return 480  // sgt
        case 0x61777374: return 480  // awst
        case 0x6A7374: return 540  // jst
        case 0x6B7374: return 540  // kst
        case 0x61637374: return 570  // acst
        case 0x61636474: return 630  // acdt
        case 0x61657374: return 600  // aest
        case 0x61656474: return 660  // aedt
        case 0x6E7A7374: return 720  // nzst
        case 0x6E7A6474: return 780  // nzdt
        // South America
        case 0x627274: return -180  // brt
        case 0x62727374: return -120  // brst
        case 0x617274: return -180  // art
        // Military (RFC 822 §5.1 signs: A = -1 … M = -12, N = +1 … Y = +12; no J)
        case 0x61: return -60  // a
        case 0x62: return -120  // b
        case 0x63: return -180  // c
        case 0x64: return -240  // d
        case 0x65: return -300  // e
        case 0x66: return -360  // f
        case 0x67: return -420  // g
        case 0x68: return -480  // h
        case 0x69: return -540  // i
        case 0x6B: return -600  // k
        case 0x6C: return -660  // l
        case 0x6D: return -720  // m
        case 0x6E: return 60  // n
        case 0x6F: return 120  // o
        case 0x70: return 180  // p
        case 0x71: return 240  // q
        case 0x72: return 300  // r
        case 0x73: return 360  // s
        case 0x74: return 420  // t
        case 0x75: return 480  // u
        case 0x76: return 540  // v
        case 0x77: return 600  // w
        case 0x78: return 660  // x
        case 0x79: return 720  // y
        default: return nil
        }
    }

    /// The offset in seconds of an ASCII zone name (any case), or nil when unknown.
    static func zoneOffset(named name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !name.isEmpty, name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for i in name {
            let b = bytes[i]
            guard Byte.isASCIILetter(b) else { return nil }
            key = key << 8 | UInt64(b | 0x20)
        }
        return zoneMinutes(packed: key).map { $0 * 60 }
    }

    /// Reads a zone at the cursor: `Z`, a name, `±HHMM`, `±HH:MM`, `±HH`, `GMT±H[H][:MM]`,
    /// `UTC±…`, `Etc/GMT±H` (tz database signs: `Etc/GMT+5` is five hours behind UTC).
    /// Returns the offset in seconds east of UTC; nil (cursor undefined) when malformed
    /// or unknown.
    static func readZone(_ c: inout Cursor) -> Int? {
        let first = c.current
        if first == Byte.plus || first == Byte.hyphen {
            return readNumericOffset(&c, shortHours: false)
        }
        var name = c.letters()
        guard !name.isEmpty else { return nil }
        var inverted = false
        if name.count == 3, c.current == Byte.slash,
            Byte.lower(c.bytes[name.lowerBound]) == 0x65,  // "etc/"
            Byte.lower(c.bytes[name.lowerBound + 1]) == 0x74,
            Byte.lower(c.bytes[name.lowerBound + 2]) == 0x63
        {
            c.index += 1
            name = c.letters()
            inverted = true
        }
        guard let base = zoneOffset(named: name, in: c.bytes) else { return nil }
        let sign = c.current
        if base == 0, name.count >= 2, sign == Byte.plus || sign == Byte.hyphen {
            // GMT+1, GMT-01:01, UTC+05:30, Etc/GMT-3
            guard let offset = readNumericOffset(&c, shortHours: true) else { return nil }
            return inverted ? -offset : offset
        }
        // A name glued to more letters or digits ("GMTX", "EST5EDT") is not a zone.
        guard !Byte.isWordByte(c.current), !Byte.isDigit(c.current) else { return nil }
        return base
    }

    /// `±HHMM`, `±HH:MM`, `±HH` (and `±H`, `±H:MM` when `shortHours`), in seconds east of UTC.
    static func readNumericOffset(_ c: inout Cursor, shortHours: Bool) -> Int? {
        let negative = c.current == Byte.hyphen
        c.index += 1
        let h = c.digits()
        var hours = 0
        var minutes = 0
        switch h.count {
        case 4:
            hours = h.value / 100
            minutes = h.value % 100
        case 2, 1:
            guard h.count == 2 || shortHours else { return nil }
            hours = h.value
            if c.skip(Byte.colon) {
                let m = c.digits()
                guard m.count == 2 else { return nil }
                minutes = m.value
            }
        default:
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return negative ? -seconds : seconds
    }
}
