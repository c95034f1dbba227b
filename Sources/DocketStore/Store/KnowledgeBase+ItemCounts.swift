import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension KnowledgeBase {
    /// Kept items dated in `[start, end)` (by `published`, else `fetched`: the date that
    /// placed them in their month file) and how many of those came from a feed's first fetch
    /// (`backlog`). Reads only the month files the range overlaps, line by line, without
    /// decoding items: the dates are compared as the 20-byte ISO 8601 text Docket writes.
    public func itemCounts(from start: Date, to end: Date) throws -> (items: Int, backlog: Int) {
        guard start < end else { return (0, 0) }
        let first = ItemMonth(date: start), last = ItemMonth(date: end.addingTimeInterval(-1))
        let low = Array(ISO8601.string(from: start).utf8), high = Array(ISO8601.string(from: end).utf8)
        let published = Array("\"published\":\"".utf8), fetched = Array("\"fetched\":\"".utf8)
        let backlogMarker = Array("\"backlog\":true".utf8)
        var items = 0, backlog = 0
        for month in try DedupeIndex.monthFiles(in: itemsURL) where month >= first && month <= last {
            try JSONLinesReader.forEachLine(in: monthURL(month)) { line in
                let bytes = line.bytes
                // The date first: most lines of a month lie outside a week.
                guard let at = Self.offset(of: published, anchor: 3, in: bytes) ?? Self.offset(of: fetched, anchor: 1, in: bytes),
                    at + 20 <= bytes.count
                else { return }
                let date = UnsafeRawBufferPointer(rebasing: bytes[at..<(at + 20)])
                guard !date.lexicographicallyPrecedes(low), date.lexicographicallyPrecedes(high) else { return }
                guard Self.offset(of: StoredItem.duplicateMarker, anchor: 10, in: bytes) == nil else { return }
                items += 1
                if Self.offset(of: backlogMarker, anchor: 4, in: bytes) != nil { backlog += 1 }
            }
        }
        return (items, backlog)
    }

    /// The offset just after `needle` in `bytes`, or nil. The search jumps (memchr) between
    /// occurrences of `needle[anchor]`, chosen to be a byte that is rare in feed text (the `b`
    /// of `"published"`, the `_` of `"duplicate_of"`), not between the many quotes of a line.
    static func offset(of needle: [UInt8], anchor: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, anchor < needle.count, bytes.count >= needle.count else { return nil }
        let key = Int32(needle[anchor])
        let lastAnchor = bytes.count - needle.count + anchor
        var at = anchor
        return needle.withUnsafeBytes { n -> Int? in
            guard let nb = n.baseAddress else { return nil }
            while at <= lastAnchor {
                guard let hit = memchr(base + at, key, lastAnchor - at + 1) else { return nil }
                let start = base.distance(to: UnsafeRawPointer(hit)) - anchor
                if memcmp(base + start, nb, needle.count) == 0 { return start + needle.count }
                at = start + anchor + 1
            }
            return nil
        }
    }
}
