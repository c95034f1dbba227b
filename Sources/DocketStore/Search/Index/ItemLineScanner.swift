import DocketModel
import Foundation

/// Reads the fields search needs from a stored item line (`StoredItem.line()`: one JSON
/// object) without building an `Item`: a small JSON scanner that unescapes the wanted
/// strings into reusable buffers and skips everything else. About ten times cheaper than
/// `JSONDecoder` on the million lines of a large knowledge base.
struct ItemLineScanner {
    var id = ""
    var feed = ""
    var link: String?
    var title: [UInt8] = []
    var summary: [UInt8] = []
    var content: [UInt8] = []
    var companies: [String] = []
    var categories: [String] = []
    /// Seconds since 1970, `DocRecord.noDate` when absent.
    var published = DocRecord.noDate
    var fetched = DocRecord.noDate
    var isDuplicate = false

    struct Malformed: Error {}

    private var p: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
    private var end: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
    private var scratch: [UInt8] = []

    /// The item's date for ranking and filters: published, else fetched.
    var date: Int64 { published != DocRecord.noDate ? published : fetched }

    /// Scans one line; throws `Malformed` when it is not a JSON object with an `id`.
    mutating func scan(_ line: UnsafeRawBufferPointer) throws {
        id = ""
        feed = ""
        link = nil
        title.removeAll(keepingCapacity: true)
        summary.removeAll(keepingCapacity: true)
        content.removeAll(keepingCapacity: true)
        companies.removeAll(keepingCapacity: true)
        categories.removeAll(keepingCapacity: true)
        published = DocRecord.noDate
        fetched = DocRecord.noDate
        isDuplicate = false
        guard let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw Malformed() }
        p = base
        end = base + line.count
        space()
        try expect(UInt8(ascii: "{"))
        space()
        if peek == UInt8(ascii: "}") { throw Malformed() }
        while true {
            space()
            scratch.removeAll(keepingCapacity: true)
            try Self.string(&p, end, into: &scratch)
            space()
            try expect(UInt8(ascii: ":"))
            space()
            try value(forKey: scratch)
            space()
            if peek == UInt8(ascii: ",") {
                p += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            break
        }
        guard !id.isEmpty else { throw Malformed() }
    }

    private var peek: UInt8 { p < end ? p.pointee : 0 }

    private mutating func space() {
        while p < end, p.pointee == 0x20 || p.pointee == 0x09 || p.pointee == 0x0A || p.pointee == 0x0D { p += 1 }
    }

    private mutating func expect(_ c: UInt8) throws {
        guard p < end, p.pointee == c else { throw Malformed() }
        p += 1
    }

    private static func key(_ k: [UInt8], _ s: StaticString) -> Bool {
        k.count == s.utf8CodeUnitCount && k.withUnsafeBytes { memcmp($0.baseAddress!, s.utf8Start, k.count) == 0 }
    }

    private mutating func value(forKey k: [UInt8]) throws {
        switch k.count {
        case 2 where Self.key(k, "id"): id = try stringValue()
        case 4 where Self.key(k, "feed"): feed = try stringValue()
        case 4 where Self.key(k, "link"): link = try stringValue()
        case 5 where Self.key(k, "title"): try Self.string(&p, end, into: &title)
        case 7 where Self.key(k, "summary"): try Self.string(&p, end, into: &summary)
        case 7 where Self.key(k, "content"): try Self.string(&p, end, into: &content)
        case 7 where Self.key(k, "fetched"): fetched = try dateValue()
        case 9 where Self.key(k, "published"): published = try dateValue()
        case 9 where Self.key(k, "companies"): companies = try stringArray()
        case 10 where Self.key(k, "categories"): categories = try stringArray()
        case 12 where Self.key(k, "duplicate_of"):
            if peek == UInt8(ascii: "\"") {
                isDuplicate = true
                try skipValue(depth: 0)
            } else {
                try skipValue(depth: 0)
            }
        default: try skipValue(depth: 0)
        }
    }

    private mutating func stringValue() throws -> String {
        if peek == UInt8(ascii: "n") {
            try skipValue(depth: 0)
            return ""
        }
        var bytes: [UInt8] = []
        try Self.string(&p, end, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func stringArray() throws -> [String] {
        var out: [String] = []
        guard peek == UInt8(ascii: "[") else {
            try skipValue(depth: 0)
            return out
        }
        p += 1
        space()
        if peek == UInt8(ascii: "]") {
            p += 1
            return out
        }
        while true {
            space()
            if peek == UInt8(ascii: "\"") { out.append(try stringValue()) } else { try skipValue(depth: 1) }
            space()
            if peek == UInt8(ascii: ",") {
                p += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return out
        }
    }

    private mutating func dateValue() throws -> Int64 {
        guard peek == UInt8(ascii: "\"") else {
            try skipValue(depth: 0)
            return DocRecord.noDate
        }
        // The store writes `YYYY-MM-DDTHH:MM:SSZ`: read it in place; anything else the slow way.
        if end - p >= 22, p[21] == UInt8(ascii: "\""), p[20] == UInt8(ascii: "Z"), let fast = Self.fastDate(p + 1) {
            p += 22
            return fast
        }
        var bytes: [UInt8] = []
        try Self.string(&p, end, into: &bytes)
        guard let date = ISO8601.date(from: String(decoding: bytes, as: UTF8.self)) else { return DocRecord.noDate }
        return Int64(floor(date.timeIntervalSince1970))
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SS` at `d`, or nil when it is not that.
    private static func fastDate(_ d: UnsafePointer<UInt8>) -> Int64? {
        func n(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for i in at..<(at + count) {
                let c = d[i]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard d[4] == 0x2D, d[7] == 0x2D, d[10] == 0x54, d[13] == 0x3A, d[16] == 0x3A,
            let y = n(0, 4), let mo = n(5, 2), let day = n(8, 2), let h = n(11, 2), let mi = n(14, 2), let s = n(17, 2),
            (1...12).contains(mo), (1...31).contains(day), h < 24, mi < 60, s < 61
        else { return nil }
        return ISO8601.days(fromCivil: y, mo, day) * 86_400 + Int64(h * 3600 + mi * 60 + s)
    }

    /// Appends the unescaped UTF-8 of the string at `p` to `out`.
    private static func string(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into out: inout [UInt8]) throws {
        guard p < end, p.pointee == UInt8(ascii: "\"") else { throw Malformed() }
        p += 1
        var runStart = p
        while p < end {
            let c = p.pointee
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(start: runStart, count: p - runStart))
                p += 1
                return
            }
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(start: runStart, count: p - runStart))
                p += 1
                guard p < end else { throw Malformed() }
                let e = p.pointee
                p += 1
                switch e {
                case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                    out.append(0x20)
                case UInt8(ascii: "u"):
                    var scalar = try hex4(&p, end)
                    if (0xD800..<0xDC00).contains(scalar), end - p >= 6, p[0] == UInt8(ascii: "\\"), p[1] == UInt8(ascii: "u") {
                        p += 2
                        let low = try hex4(&p, end)
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(s)).utf8))
                default:
                    out.append(e)
                }
                runStart = p
                continue
            }
            p += 1
        }
        throw Malformed()
    }

    private static func hex4(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) throws -> UInt32 {
        guard end - p >= 4 else { throw Malformed() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = p.pointee
            p += 1
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw Malformed()
            }
            v = v << 4 | d
        }
        return v
    }

    private mutating func skipValue(depth: Int) throws {
        guard depth < 64, p < end else { throw Malformed() }
        switch p.pointee {
        case UInt8(ascii: "\""):
            p += 1
            while p < end {
                let c = p.pointee
                p += 1
                if c == UInt8(ascii: "\\") {
                    p += 1
                } else if c == UInt8(ascii: "\"") {
                    return
                }
            }
            throw Malformed()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = p.pointee == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            p += 1
            space()
            if peek == close {
                p += 1
                return
            }
            while true {
                space()
                if isObject {
                    try skipValue(depth: depth + 1)
                    space()
                    try expect(UInt8(ascii: ":"))
                    space()
                }
                try skipValue(depth: depth + 1)
                space()
                if peek == UInt8(ascii: ",") {
                    p += 1
                    continue
                }
                try expect(close)
                return
            }
        default:
            let start = p
            while p < end {
                let c = p.pointee
                if c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") || c == 0x20 { break }
                p += 1
            }
            if p == start { throw Malformed() }
        }
    }
}
