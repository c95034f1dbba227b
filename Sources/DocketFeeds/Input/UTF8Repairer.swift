/// Streaming pass over UTF-8 that makes it safe for an XML parser.
///
/// Valid UTF-8 passes through untouched. A byte that does not start or continue a valid
/// sequence is read as windows-1252 (the usual culprit: a Latin-1 or Windows feed that
/// says, or is assumed to be, UTF-8), so `caf\xE9` becomes `café` rather than an error.
/// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
/// U+FFFE and U+FFFF) are dropped, since libxml2 would stop at them.
struct UTF8Repairer {
    private var carry: [UInt8] = []

    /// Repairs `chunk`. When it needs no change, nothing is copied: the result says how many
    /// leading bytes of `chunk` can be used as they are. Otherwise the repaired bytes are
    /// appended to `out`. Bytes of a sequence cut by the end of the chunk are kept for the next call.
    enum Outcome {
        case unchanged(Int)
        case written
    }

    mutating func repair(_ chunk: UnsafeRawBufferPointer, into out: inout [UInt8], final: Bool) -> Outcome {
        if carry.isEmpty {
            let (consumed, modified) = Self.repair(chunk, into: &out, final: final)
            if consumed < chunk.count { carry.append(contentsOf: chunk[consumed...]) }
            return modified ? .written : .unchanged(consumed)
        }
        var joined = carry
        joined.append(contentsOf: chunk)
        carry.removeAll(keepingCapacity: true)
        joined.withUnsafeBytes { raw in
            let (consumed, modified) = Self.repair(raw, into: &out, final: final)
            if !modified { out.append(contentsOf: raw[..<consumed]) }
            if consumed < raw.count { carry.append(contentsOf: raw[consumed...]) }
        }
        return .written
    }

    /// Repairs as much of `bytes` as is complete; returns how many bytes were consumed and
    /// whether anything was written to `out` (if not, the consumed bytes were valid as they are).
    private static func repair(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8], final: Bool) -> (Int, Bool) {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (0, false) }
        var i = 0
        var runStart = 0  // start of bytes copied verbatim
        var modified = false
        @inline(__always) func flush(_ end: Int) {
            if !modified {
                modified = true
                out.reserveCapacity(out.count + n + 16)
            }
            if end > runStart { out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: end - runStart)) }
        }
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                // Any byte below 0x20? (bytes are < 0x80 here)
                let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                if low != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = base[i]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
                    flush(i)
                    i += 1
                    runStart = i
                } else {
                    i += 1
                }
                continue
            }
            let length = sequenceLength(base, i, n)
            if length > 0 {
                // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
                if length == 3, c == 0xEF, base[i + 1] == 0xBF, base[i + 2] >= 0xBE {
                    flush(i)
                    i += 3
                    runStart = i
                } else if length == 2, c == 0xC2, base[i + 1] < 0xA0 {
                    // A C1 control (U+0080–U+009F) is a windows-1252 character in disguise.
                    flush(i)
                    appendWindows1252(base[i + 1], to: &out)
                    i += 2
                    runStart = i
                } else {
                    i += length
                }
            } else if length == 0 && !final {
                // Possibly a sequence cut by the chunk boundary: keep it for next time.
                if modified { flush(i) }
                return (i, modified)
            } else {
                flush(i)
                appendWindows1252(c, to: &out)
                i += 1
                runStart = i
            }
        }
        if modified { flush(n) }
        return (n, modified)
    }

    /// Length of the valid UTF-8 sequence at `i`; 0 if it may be valid but is cut off by the end; -1 if invalid.
    @inline(__always)
    private static func sequenceLength(_ b: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let c = b[i]
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 2
        case 0xE0: need = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 3
        case 0xED: need = 3; hi = 0x9F
        case 0xF0: need = 4; lo = 0x90
        case 0xF1...0xF3: need = 4
        case 0xF4: need = 4; hi = 0x8F
        default: return -1
        }
        for k in 1..<need {
            guard i + k < n else { return 0 }
            let d = b[i + k]
            if k == 1 {
                if d < lo || d > hi { return -1 }
            } else if d & 0xC0 != 0x80 {
                return -1
            }
        }
        return need
    }

    /// windows-1252's 0x80–0x9F; the five unassigned bytes keep their C1 code points.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        byte >= 0x80 && byte < 0xA0 ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
    }

    private static func appendWindows1252(_ byte: UInt8, to out: inout [UInt8]) {
        appendScalar(windows1252Scalar(byte), to: &out)
    }

    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
