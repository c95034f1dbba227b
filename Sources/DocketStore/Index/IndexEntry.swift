import Foundation

/// One dedupe index entry: a hashed key (`DedupeKeys`) and the packed `ItemLocation` of the
/// line it leads to.
struct IndexEntry: Hashable, Comparable, Sendable {
    var key: UInt64
    var value: UInt64

    static func < (a: IndexEntry, b: IndexEntry) -> Bool {
        a.key != b.key ? a.key < b.key : a.value < b.value
    }

    /// The entries for one stored line. A kept item's keys lead to itself; a duplicate's
    /// match keys lead to the kept item (`root`), and its `dup` key lets the kept item find it.
    static func entries(id: String, duplicateOf: String?, keys: [UInt64], location: UInt64, root: UInt64?) -> [IndexEntry] {
        var out = [IndexEntry(key: DedupeKeys.id(id), value: location)]
        if let duplicateOf {
            out.append(IndexEntry(key: DedupeKeys.duplicates(of: duplicateOf), value: location))
            if let root { for k in keys { out.append(IndexEntry(key: k, value: root)) } }
        } else {
            for k in keys { out.append(IndexEntry(key: k, value: location)) }
        }
        return out
    }

    static func entries(fields f: ItemKeyFields, location: UInt64, root: UInt64?) -> [IndexEntry] {
        let keys = DedupeKeys.matchKeys(guid: f.guid, link: f.link, title: f.title, published: f.published).map(\.1)
        return entries(id: f.id, duplicateOf: f.duplicateOf, keys: keys, location: location, root: root)
    }
}
