/// The 64-bit key of a folded word: FNV-1a over its bytes, then a mixing step.
///
/// Built incrementally while the tokenizer reads, so that no word becomes a `String`.
struct TokenKey: Sendable {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    var value: UInt64 {
        var h = state
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The key of a word already folded (lowercase ASCII), for built-in word lists.
    static func of(folded word: String) -> UInt64 {
        var key = TokenKey()
        for b in word.utf8 { key.add(b) }
        return key.value
    }
}
