import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension DedupeIndex {
    /// Rebuilds the index from every month file (`docket kb reindex`, or a missing, damaged
    /// or stale index found by a writer). Call only under the write lock.
    static func rebuild(folder: URL, itemsFolder: URL) throws -> DedupeIndex {
        try FileSystem.createDirectory(folder)
        // Without marks the index counts as missing, so a rebuild killed half-way is redone.
        if unlink(folder.appendingPathComponent("state.json").path) == 0 { try FileSystem.syncDirectory(folder) }

        var entries: [IndexEntry] = []
        var unresolved: [(root: UInt64, keys: [UInt64])] = []
        var state = IndexState()
        let decoder = DocketJSON.decoder()
        for month in try monthFiles(in: itemsFolder) {
            let url = itemsFolder.appendingPathComponent(month.fileName)
            let summary = try JSONLinesReader.forEachLine(in: url) { line in
                let f: ItemKeyFields
                do {
                    f = try decoder.decode(ItemKeyFields.self, from: Data(line.bytes))
                } catch {
                    throw DecodingFailure.corrupt(error, file: url, line: line.number, bytes: line.bytes)
                }
                let location = ItemLocation(month: month, offset: line.offset).packed
                let keys = DedupeKeys.matchKeys(guid: f.guid, link: f.link, title: f.title, published: f.published).map(\.1)
                entries.append(contentsOf: IndexEntry.entries(id: f.id, duplicateOf: f.duplicateOf, keys: keys, location: location, root: nil))
                if let duplicateOf = f.duplicateOf, !keys.isEmpty { unresolved.append((DedupeKeys.id(duplicateOf), keys)) }
            }
            state.months[month.name] = try IndexState.mark(of: url, end: summary.completeEnd)
        }
        entries.sort()
        // A duplicate's match keys lead to its kept item: find where that item's id points.
        var resolved: [IndexEntry] = []
        for (rootKey, keys) in unresolved {
            var low = 0
            var high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].key < rootKey { low = mid + 1 } else { high = mid }
            }
            guard low < entries.count, entries[low].key == rootKey else { continue }
            for k in keys { resolved.append(IndexEntry(key: k, value: entries[low].value)) }
        }
        if !resolved.isEmpty {
            entries.append(contentsOf: resolved)
            entries.sort()
        }
        var unique: [IndexEntry] = []
        unique.reserveCapacity(entries.count)
        for e in entries where unique.last != e { unique.append(e) }
        entries = []

        try SortedKeyTable.write(unique, to: folder.appendingPathComponent("keys.bin"))
        let log = try POSIXFile(path: folder.appendingPathComponent("keys.log").path, flags: O_WRONLY | O_CREAT)
        try log.truncate(to: 0)
        try log.sync()
        try log.close()
        try FileSystem.replaceAtomically(
            folder.appendingPathComponent("state.json"), with: Array(try DocketJSON.encoder(pretty: false).encode(state)))
        guard let index = load(folder: folder, itemsFolder: itemsFolder) else {
            throw KnowledgeBaseError.invalid(message: "the index at \(folder.path) could not be read back after rebuilding it")
        }
        return index
    }

    /// Indexes the lines appended past the marks (by a writer killed before it updated the
    /// index). Returns false when the index is stale: a month file shrank, vanished or was
    /// replaced, so its locations can no longer be trusted.
    func catchUp() throws -> Bool {
        let months = try Self.monthFiles(in: itemsFolder)
        let present = Set(months.map(\.name))
        for (name, mark) in state.months where !present.contains(name) && mark.size > 0 { return false }
        let decoder = DocketJSON.decoder()
        for month in months {
            let url = itemsFolder.appendingPathComponent(month.fileName)
            guard let status = try FileSystem.fileStatus(url) else { return false }
            let mark = state.months[month.name]
            if let mark {
                if status.size < mark.size { return false }
                if status.inode == mark.inode && status.size == mark.size && status.modified == mark.modified { continue }
                // Grown (a killed append), or the same bytes under a new inode or time (a copy, a
                // clone, a restore): the bytes before the mark must be the ones indexed.
                guard let file = try POSIXFile.openIfExists(url.path), try IndexState.tail(of: file, end: mark.size) == mark.tail
                else { return false }
                if status.size == mark.size {
                    if let newMark = try IndexState.mark(of: url, end: mark.size) { setMark(month, newMark) }
                    continue
                }
            }
            let start = mark?.size ?? 0
            let summary = try JSONLinesReader.forEachLine(in: url, from: start) { line in
                let f: ItemKeyFields
                do {
                    f = try decoder.decode(ItemKeyFields.self, from: Data(line.bytes))
                } catch {
                    let number = JSONLinesReader.lineNumber(atOffset: line.offset, in: url)
                    throw DecodingFailure.corrupt(error, file: url, line: number ?? line.number, bytes: line.bytes)
                }
                let location = ItemLocation(month: month, offset: line.offset).packed
                let root = f.duplicateOf.flatMap { values(for: DedupeKeys.id($0)).first }
                insert(IndexEntry.entries(fields: f, location: location, root: root))
            }
            if let newMark = try IndexState.mark(of: url, end: max(start, summary.completeEnd)) { setMark(month, newMark) }
        }
        return true
    }

    /// The month files under `items/`, oldest first.
    static func monthFiles(in itemsFolder: URL) throws -> [ItemMonth] {
        try FileSystem.names(in: itemsFolder).compactMap(ItemMonth.init(fileName:)).sorted()
    }
}
