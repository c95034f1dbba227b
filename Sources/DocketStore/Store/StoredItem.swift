import DocketModel
import Foundation

/// One line of an `items/YYYY-MM.jsonl` file: an item, plus `duplicate_of` when the line is
/// the same story arriving through another feed (it then names the kept item's id).
///
/// `duplicates` is never stored: it is derived on reading from the `duplicate_of` lines, so
/// recording a duplicate never rewrites a month file.
struct StoredItem: Decodable, Sendable {
    var item: Item
    var duplicateOf: String?

    init(item: Item, duplicateOf: String? = nil) {
        self.item = item
        self.duplicateOf = duplicateOf
    }

    private enum Keys: String, CodingKey {
        case duplicateOf = "duplicate_of"
    }

    init(from decoder: any Decoder) throws {
        item = try Item(from: decoder)
        duplicateOf = try decoder.container(keyedBy: Keys.self).decodeIfPresent(String.self, forKey: .duplicateOf)
        item.duplicates = []
    }

    /// The line as stored: compact JSON, keys sorted, empty fields left out, newline-terminated.
    func line() -> [UInt8] {
        var writer = JSONWriter(capacity: 1024)
        write(into: &writer)
        writer.newline()
        return writer.take()
    }

    /// Writes the JSON object with keys in sorted order. `duplicates` is written only when
    /// given (exports fill it in; the store never does).
    func write(into w: inout JSONWriter, duplicates: [String] = []) {
        let i = item
        w.beginObject()
        if !i.authors.isEmpty {
            w.key("authors")
            w.beginArray()
            for a in i.authors {
                w.beginObject()
                if let v = a.email { w.key("email"); w.string(v) }
                if let v = a.name { w.key("name"); w.string(v) }
                if let v = a.uri { w.key("uri"); w.string(v) }
                w.endObject()
            }
            w.endArray()
        }
        if i.backlog { w.key("backlog"); w.bool(true) }
        if !i.categories.isEmpty { w.key("categories"); w.strings(i.categories) }
        if let v = i.comments { w.key("comments"); w.string(v) }
        if !i.companies.isEmpty { w.key("companies"); w.strings(i.companies) }
        if let v = i.content { w.key("content"); w.string(v) }
        if let v = i.contentHTML { w.key("content_html"); w.string(v) }
        if let v = duplicateOf { w.key("duplicate_of"); w.string(v) }
        if !duplicates.isEmpty { w.key("duplicates"); w.strings(duplicates) }
        if !i.enclosures.isEmpty {
            w.key("enclosures")
            w.beginArray()
            for e in i.enclosures {
                w.beginObject()
                if let v = e.length { w.key("length"); w.number(v) }
                if let v = e.type { w.key("type"); w.string(v) }
                w.key("url")
                w.string(e.url)
                w.endObject()
            }
            w.endArray()
        }
        w.key("feed")
        w.string(i.feed)
        if let v = i.fetched { w.key("fetched"); w.date(v) }
        if let v = i.guid { w.key("guid"); w.string(v) }
        if let v = i.hash { w.key("hash"); w.string(v) }
        w.key("id")
        w.string(i.id)
        if let v = i.link { w.key("link"); w.string(v) }
        if let v = i.published { w.key("published"); w.date(v) }
        if let v = i.summary { w.key("summary"); w.string(v) }
        if !i.thumbnails.isEmpty { w.key("thumbnails"); w.strings(i.thumbnails) }
        if let v = i.title { w.key("title"); w.string(v) }
        if let v = i.updated { w.key("updated"); w.date(v) }
        w.endObject()
    }

    /// Marks the JSON text of a line that records a duplicate (as written by `line()`: inside
    /// a string value a quote is always escaped, so this cannot match item text).
    static let duplicateMarker = Array("\"duplicate_of\":\"".utf8)
}
