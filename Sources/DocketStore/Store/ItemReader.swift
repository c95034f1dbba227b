import DocketModel
import Foundation

/// Looks items up by id against one loaded index (see `KnowledgeBase.itemReader()`). Sees
/// the knowledge base as it was when made; use it for one command, from one task.
public final class ItemReader {
    private let kb: KnowledgeBase
    private let index: DedupeIndex?
    private var files: [ItemMonth: POSIXFile] = [:]
    /// Lines past the index's marks, by id, and the duplicates they record.
    private var unindexed: [String: StoredItem] = [:]
    private var unindexedDuplicates: [String: [String]] = [:]
    private let decoder = DocketJSON.decoder()

    init(knowledgeBase kb: KnowledgeBase) throws {
        self.kb = kb
        if let index = DedupeIndex.load(folder: kb.indexURL, itemsFolder: kb.itemsURL), index.isCurrent() {
            self.index = index
            for month in try DedupeIndex.monthFiles(in: kb.itemsURL) {
                let url = kb.monthURL(month)
                let mark = index.state.months[month.name]?.size ?? 0
                guard let status = try FileSystem.fileStatus(url), status.size > mark else { continue }
                try JSONLinesReader.forEachLine(in: url, from: mark) { line in
                    guard let stored = try? decoder.decode(StoredItem.self, from: Data(line.bytes)) else { return }
                    if unindexed[stored.item.id] == nil { unindexed[stored.item.id] = stored }
                    if let of = stored.duplicateOf { unindexedDuplicates[of, default: []].append(stored.item.id) }
                }
            }
        } else {
            self.index = nil
        }
    }

    /// The item with this id, as `KnowledgeBase.item(id:)` gives it.
    public func item(id: String) throws -> Item? {
        guard let index else { return try kb.item(id: id) }
        var found: StoredItem?
        for packed in index.values(for: DedupeKeys.id(id)) {
            if let stored = try read(packed), stored.item.id == id {
                found = stored
                break
            }
        }
        if found == nil { found = unindexed[id] }
        guard let stored = found else { return nil }
        var item = stored.item
        if stored.duplicateOf == nil {
            var duplicates: [String] = []
            for packed in index.values(for: DedupeKeys.duplicates(of: id)) {
                if let d = try read(packed), d.duplicateOf == id { duplicates.append(d.item.id) }
            }
            for d in unindexedDuplicates[id] ?? [] where !duplicates.contains(d) { duplicates.append(d) }
            item.duplicates = duplicates
        }
        return item
    }

    private func read(_ packed: UInt64) throws -> StoredItem? {
        let at = ItemLocation(packed: packed)
        let file: POSIXFile
        if let open = files[at.month] {
            file = open
        } else {
            guard let opened = try POSIXFile.openIfExists(kb.monthURL(at.month).path) else { return nil }
            files[at.month] = opened
            file = opened
        }
        guard let line = try JSONLinesReader.line(in: file, at: at.offset) else { return nil }
        return try? decoder.decode(StoredItem.self, from: Data(line))
    }
}
