import Foundation

/// A small, fast writer of JSON text into a byte buffer, for output that is streamed
/// (`docket parse --json`, JSON Lines) where building `Codable` values first would cost
/// more than the parse itself. Keys are written in the order given; dates as ISO 8601 UTC.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Hands over what was written so far and starts an empty buffer (nesting is kept).
    public mutating func take() -> [UInt8] {
        let out = bytes
        bytes.removeAll(keepingCapacity: true)
        return out
    }

    public mutating func beginObject() {
        separator()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separator()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separator()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String?) {
        separator()
        if let value { appendQuoted(value) } else { appendLiteral("null") }
    }

    public mutating func number(_ value: Int64?) {
        separator()
        if let value { appendLiteral(String(value)) } else { appendLiteral("null") }
    }

    public mutating func number(_ value: Double) {
        separator()
        appendLiteral(value.isFinite ? String(value) : "null")
    }

    public mutating func bool(_ value: Bool) {
        separator()
        appendLiteral(value ? "true" : "false")
    }

    public mutating func null() {
        separator()
        appendLiteral("null")
    }

    public mutating func date(_ value: Date?) {
        string(value.map { ISO8601.string(from: $0) })
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    /// Ends a line (JSON Lines).
    public mutating func newline() {
        bytes.append(0x0A)
    }

    // MARK: -

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func appendLiteral(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in appendQuoted(utf8) }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        let n = utf8.count
        var run = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none needs escaping (no control byte, '"' or '\\').
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                let control = (w &- 0x2020_2020_2020_2020) & ~w & highs
                let q = w ^ 0x2222_2222_2222_2222
                let quote = (q &- ones) & ~q & highs
                let s = w ^ 0x5C5C_5C5C_5C5C_5C5C
                let slash = (s &- ones) & ~s & highs
                if control | quote | slash != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = base[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C {
                i += 1
                continue
            }
            if i > run { bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run)) }
            bytes.append(UInt8(ascii: "\\"))
            switch c {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(UInt8(ascii: "u"))
                bytes.append(0x30)
                bytes.append(0x30)
                bytes.append(Self.hex[Int(c >> 4)])
                bytes.append(Self.hex[Int(c & 0xF)])
            }
            i += 1
            run = i
        }
        if n > run { bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: n - run)) }
        bytes.append(UInt8(ascii: "\""))
    }
}
