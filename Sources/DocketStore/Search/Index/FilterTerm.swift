/// Filter values stored as terms: byte 0x01, a field letter, the normalised value
/// (`TextAnalyzer.filterValue`). Text terms never start with a byte below `0`, so the two
/// cannot meet.
enum FilterTerm {
    static let company = UInt8(ascii: "c")
    static let category = UInt8(ascii: "k")
    static let jurisdiction = UInt8(ascii: "j")
    static let status = UInt8(ascii: "s")
    static let feed = UInt8(ascii: "f")

    static func bytes(_ field: UInt8, _ normalisedValue: String) -> [UInt8] {
        [0x01, field] + Array(normalisedValue.utf8)
    }
}
