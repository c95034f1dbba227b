import Foundation

/// Interns term bytes to dense ids (0, 1, 2, … in order of first sight) while a segment is
/// built: open addressing over FNV-1a hashes, terms kept in one byte arena, compared byte
/// for byte on a hash match (no allocation per token).
struct TermTable {
    private(set) var arena: [UInt8] = []
    private var starts: [UInt32] = []
    private var lengths: [UInt16] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)

    var count: Int { starts.count }

    /// Bytes the table holds, roughly.
    var footprint: Int { arena.count + starts.count * 14 + slots.count * 4 }

    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0100_0000_01b3
        }
        return h
    }

    /// The id of `bytes`, added when new.
    mutating func id(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let h = Self.hash(bytes)
        var mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[i]
            if id < 0 { break }
            if hashes[Int(id)] == h, equals(Int(id), bytes) { return id }
            i = (i + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(UInt32(arena.count))
        lengths.append(UInt16(bytes.count))
        hashes.append(h)
        arena.append(contentsOf: bytes)
        slots[i] = id
        if starts.count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for (k, hk) in hashes.enumerated() {
                var j = Int(truncatingIfNeeded: hk) & mask
                while slots[j] >= 0 { j = (j + 1) & mask }
                slots[j] = Int32(k)
            }
        }
        return id
    }

    private func equals(_ id: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard Int(lengths[id]) == bytes.count else { return false }
        guard let b = bytes.baseAddress, bytes.count > 0 else { return true }
        return arena.withUnsafeBytes { memcmp($0.baseAddress! + Int(starts[id]), b, bytes.count) == 0 }
    }

    func range(_ id: Int) -> Range<Int> {
        Int(starts[id])..<(Int(starts[id]) + Int(lengths[id]))
    }

    /// Term ids ordered by their bytes (the dictionary order of a segment).
    func sortedIDs() -> [Int] {
        arena.withUnsafeBytes { raw in
            let base = raw.baseAddress!
            return (0..<count).sorted { a, b in
                let la = Int(lengths[a]), lb = Int(lengths[b])
                let c = memcmp(base + Int(starts[a]), base + Int(starts[b]), min(la, lb))
                return c != 0 ? c < 0 : la < lb
            }
        }
    }
}
