/// Byte-level helpers for text that is mostly ASCII (links, guids, titles), cheaper than
/// Foundation's `String` methods on the per-item path.
enum ASCII {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    static func trimmed(_ b: [UInt8]) -> ArraySlice<UInt8> {
        var start = 0
        var end = b.count
        while start < end, isSpace(b[start]) { start += 1 }
        while end > start, isSpace(b[end - 1]) { end -= 1 }
        return b[start..<end]
    }

    static func trimmed(_ s: String) -> String {
        String(decoding: trimmed(Array(s.utf8)), as: UTF8.self)
    }

    static func lowercased<C: Collection>(_ b: C) -> [UInt8] where C.Element == UInt8 {
        b.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    static func find(_ needle: [UInt8], in b: ArraySlice<UInt8>, from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var i = b.startIndex + from
        while i + needle.count <= b.endIndex {
            if b[i] == needle[0] && b[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
