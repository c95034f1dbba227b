/// An open-addressing hash table from (node, token key) to a child node: every edge of a
/// `TokenTrie` in one flat array. Token keys are already well-mixed 64-bit hashes, so a probe
/// costs a multiply and a compare, with none of `Hasher`'s work.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var nodes: [Int32]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        nodes = Array(repeating: -1, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    @inline(__always)
    func get(_ node: Int32, _ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { keys in
            nodes.withUnsafeBufferPointer { nodes in
                var i = Self.slot(node, key, mask)
                while true {
                    let n = nodes[i]
                    if n < 0 { return nil }
                    if n == node && keys[i] == key { return values[i] }
                    i = (i + 1) & mask
                }
            }
        }
    }

    mutating func set(_ node: Int32, _ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(node, key, mask)
        while nodes[i] >= 0 {
            if nodes[i] == node && keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        nodes[i] = node
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = (keys, nodes, values)
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        nodes = Array(repeating: -1, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        count = 0
        for i in old.0.indices where old.1[i] >= 0 { set(old.1[i], old.0[i], old.2[i]) }
    }
}
