/// Where a stored item's line starts: its month file and byte offset, packed into 64 bits
/// (20 bits of month, 44 bits of offset) as the value of a dedupe index entry.
struct ItemLocation: Hashable, Comparable, Sendable {
    var month: ItemMonth
    var offset: UInt64

    static let offsetBits: UInt64 = 44
    static let maximumOffset: UInt64 = (1 << offsetBits) - 1

    init(month: ItemMonth, offset: UInt64) {
        self.month = month
        self.offset = offset
    }

    init(packed: UInt64) {
        self.month = ItemMonth(code: packed >> Self.offsetBits)
        self.offset = packed & Self.maximumOffset
    }

    var packed: UInt64 { (month.code << Self.offsetBits) | (offset & Self.maximumOffset) }

    static func < (a: ItemLocation, b: ItemLocation) -> Bool { a.packed < b.packed }
}
