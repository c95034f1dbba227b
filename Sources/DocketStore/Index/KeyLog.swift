/// The index entries not yet merged into `keys.bin`: key → locations, held compactly.
///
/// Almost every key has one location, so the first lives in a flat `[UInt64: UInt64]` and
/// only the rare extra ones in a second table: a quarter of the memory of an array per key,
/// which matters when a cold update adds hundreds of thousands of keys.
struct KeyLog {
    private var first: [UInt64: UInt64] = [:]
    private var more: [UInt64: [UInt64]] = [:]

    mutating func insert(_ key: UInt64, _ value: UInt64) {
        if let existing = first[key] {
            if existing == value || more[key]?.contains(value) == true { return }
            more[key, default: []].append(value)
        } else {
            first[key] = value
        }
    }

    func contains(_ key: UInt64) -> Bool { first[key] != nil }

    /// The locations under `key`, or nil.
    func values(for key: UInt64) -> [UInt64]? {
        guard let value = first[key] else { return nil }
        guard let extra = more[key] else { return [value] }
        return [value] + extra
    }

    func forEach(_ body: (UInt64, UInt64) -> Void) {
        for (key, value) in first {
            body(key, value)
            if let extra = more[key] { for v in extra { body(key, v) } }
        }
    }

    mutating func removeAll() {
        first.removeAll()
        more.removeAll()
    }
}
