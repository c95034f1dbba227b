/// LEB128 variable-length unsigned integers: 7 bits a byte, low bits first, high bit set on
/// every byte but the last. Postings and positions are stored as varint deltas.
enum Varint {
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Reads one varint at `p` and moves `p` past it. The caller guarantees the bytes are there.
    @inline(__always)
    static func read(_ p: inout UnsafePointer<UInt8>) -> UInt32 {
        var b = p.pointee
        p += 1
        if b < 0x80 { return UInt32(b) }
        var value = UInt32(b & 0x7F)
        var shift: UInt32 = 7
        repeat {
            b = p.pointee
            p += 1
            value |= UInt32(b & 0x7F) << shift
            shift += 7
        } while b >= 0x80 && shift < 35
        return value
    }

    /// Skips `count` varints.
    @inline(__always)
    static func skip(_ count: Int, _ p: inout UnsafePointer<UInt8>) {
        var left = count
        while left > 0 {
            if p.pointee < 0x80 { left -= 1 }
            p += 1
        }
    }
}
