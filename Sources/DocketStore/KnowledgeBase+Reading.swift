import DocketModel
import Foundation

/// Reading never takes the lock: record files are replaced by rename (a reader sees the old
/// file or the new one), and month files only grow (a torn last line is ignored).
extension KnowledgeBase {
    /// The feeds of `feeds.json`, sorted by id.
    public func feeds() throws -> [Feed] { try RecordFile.load(Feed.self, from: feedsURL) }

    /// The companies of `companies.json`, sorted by id.
    public func companies() throws -> [Company] { try RecordFile.load(Company.self, from: companiesURL) }

    /// The allegations of `allegations.json`, sorted by id.
    public func allegations() throws -> [Allegation] { try RecordFile.load(Allegation.self, from: allegationsURL) }

    /// The regulations of `regulations.json`, sorted by id.
    public func regulations() throws -> [Regulation] { try RecordFile.load(Regulation.self, from: regulationsURL) }

    /// The months that have items (`2026-11`), oldest first.
    public func months() throws -> [String] {
        try DedupeIndex.monthFiles(in: itemsURL).map(\.name)
    }

    /// The kept items of one month (`YYYY-MM`) in the order they were stored, each with the
    /// ids of its duplicates in `duplicates`. Duplicates themselves are not returned.
    public func items(month: String) throws -> [Item] {
        guard let m = ItemMonth(name: month) else {
            throw KnowledgeBaseError.invalid(message: "\"\(month)\" is not a month (YYYY-MM)")
        }
        var out: [Item] = []
        try forEachKeptItem(in: m) { out.append($0) }
        return out
    }

    /// Calls `body` with every kept item, month by month, oldest month first, holding one
    /// item at a time (and one month's duplicate ids) in memory.
    public func forEachItem(_ body: (Item) throws -> Void) throws {
        for month in try DedupeIndex.monthFiles(in: itemsURL) {
            try forEachKeptItem(in: month, body)
        }
    }

    /// The item with this id (kept or duplicate; a kept item with its `duplicates`), found
    /// through the index when it is current, else by reading the month files; nil when there
    /// is none.
    public func item(id: String) throws -> Item? {
        guard let index = DedupeIndex.load(folder: indexURL, itemsFolder: itemsURL), index.isCurrent() else {
            return try scanForItem(id: id)
        }
        let decoder = DocketJSON.decoder()
        func read(_ packed: UInt64) throws -> StoredItem? {
            let at = ItemLocation(packed: packed)
            guard let file = try POSIXFile.openIfExists(monthURL(at.month).path),
                let line = try JSONLinesReader.line(in: file, at: at.offset)
            else { return nil }
            return try? decoder.decode(StoredItem.self, from: Data(line))
        }
        var found: StoredItem?
        for packed in index.values(for: DedupeKeys.id(id)) {
            if let stored = try read(packed), stored.item.id == id {
                found = stored
                break
            }
        }
        var duplicates: [String] = []
        for packed in index.values(for: DedupeKeys.duplicates(of: id)) {
            if let stored = try read(packed), stored.duplicateOf == id { duplicates.append(stored.item.id) }
        }
        // Lines appended after the index was last brought up to date.
        try forEachUnindexedLine(index: index) { stored in
            if stored.item.id == id, found == nil { found = stored }
            if stored.duplicateOf == id, !duplicates.contains(stored.item.id) { duplicates.append(stored.item.id) }
        }
        guard var item = found?.item else { return nil }
        if found?.duplicateOf == nil { item.duplicates = duplicates }
        return item
    }

    // MARK: - Internals

    /// Every stored line of a month, duplicates included, with its place in the file.
    func forEachStoredItem(in month: ItemMonth, _ body: (StoredItem, JSONLinesReader.Line) throws -> Void) throws {
        let url = monthURL(month)
        let decoder = DocketJSON.decoder()
        try JSONLinesReader.forEachLine(in: url) { line in
            let stored: StoredItem
            do {
                stored = try decoder.decode(StoredItem.self, from: Data(line.bytes))
            } catch {
                throw DecodingFailure.corrupt(error, file: url, line: line.number, bytes: line.bytes)
            }
            try body(stored, line)
        }
    }

    /// Kept item id → ids of its duplicates, for one month. Only lines that record a
    /// duplicate are decoded.
    func duplicateIDs(in month: ItemMonth) throws -> [String: [String]] {
        let url = monthURL(month)
        let decoder = DocketJSON.decoder()
        var map: [String: [String]] = [:]
        try JSONLinesReader.forEachLine(in: url) { line in
            guard JSONLinesReader.contains(line.bytes, StoredItem.duplicateMarker) else { return }
            do {
                let f = try decoder.decode(ItemKeyFields.self, from: Data(line.bytes))
                if let of = f.duplicateOf { map[of, default: []].append(f.id) }
            } catch {
                throw DecodingFailure.corrupt(error, file: url, line: line.number, bytes: line.bytes)
            }
        }
        return map
    }

    /// Kept items of a month with `duplicates` filled in: one pass for the duplicate lines
    /// (they sit in the kept item's month file), one for the items.
    func forEachKeptItem(in month: ItemMonth, _ body: (Item) throws -> Void) throws {
        let duplicates = try duplicateIDs(in: month)
        try forEachStoredItem(in: month) { stored, _ in
            guard stored.duplicateOf == nil else { return }
            var item = stored.item
            item.duplicates = duplicates[item.id] ?? []
            try body(item)
        }
    }

    private func forEachUnindexedLine(index: DedupeIndex, _ body: (StoredItem) throws -> Void) throws {
        let decoder = DocketJSON.decoder()
        for month in try DedupeIndex.monthFiles(in: itemsURL) {
            let url = monthURL(month)
            let mark = index.state.months[month.name]?.size ?? 0
            guard let status = try FileSystem.fileStatus(url), status.size > mark else { continue }
            try JSONLinesReader.forEachLine(in: url, from: mark) { line in
                if let stored = try? decoder.decode(StoredItem.self, from: Data(line.bytes)) { try body(stored) }
            }
        }
    }

    private func scanForItem(id: String) throws -> Item? {
        for month in try DedupeIndex.monthFiles(in: itemsURL) {
            var found: Item?
            var isDuplicate = false
            try forEachStoredItem(in: month) { stored, _ in
                if found == nil, stored.item.id == id {
                    found = stored.item
                    isDuplicate = stored.duplicateOf != nil
                }
            }
            if var item = found {
                if !isDuplicate { item.duplicates = try duplicateIDs(in: month)[id] ?? [] }
                return item
            }
        }
        return nil
    }
}
