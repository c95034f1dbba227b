import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state of one write transaction: the dedupe index once it is needed, the size of each
/// month file touched so far. Lives as long as the lock is held.
final class WriterSession {
    let kb: KnowledgeBase
    private var lock: FileLock?
    private var isOpen = true
    private var index: DedupeIndex?
    private var indexDirty = false
    private var monthSizes: [ItemMonth: UInt64] = [:]
    /// True once this session appended lines: `finish()` then updates the search index.
    private(set) var appended = false
    private let decoder = DocketJSON.decoder()
    /// Record files this session wrote, as they were right after: unchanged since (same
    /// inode, size and time), they need no re-validation before the next replace.
    private var written: [String: FileSystem.FileStatus] = [:]

    /// True when `url` is exactly as this session last wrote it (so it is known to parse).
    func isAsWritten(_ url: URL) -> Bool {
        guard let mark = written[url.path], let now = try? FileSystem.fileStatus(url) else { return false }
        return now == mark
    }

    /// Remembers `url` as written (and so valid) by this session.
    func markWritten(_ url: URL) {
        written[url.path] = try? FileSystem.fileStatus(url)
    }

    /// An index entry led to a place that is not the start of a stored line.
    struct StaleIndex: Error {}

    init(knowledgeBase: KnowledgeBase, lock: FileLock) {
        self.kb = knowledgeBase
        self.lock = lock
    }

    func checkOpen() throws {
        guard isOpen else {
            throw KnowledgeBaseError.invalid(message: "a knowledge base writer was used after its write ended")
        }
    }

    /// Ends the transaction and releases the lock. Index changes not committed are left to
    /// the next writer's catch-up.
    func close() {
        isOpen = false
        index = nil
        lock?.release()
        lock = nil
    }

    deinit { close() }

    /// Makes the index changes of this transaction durable.
    func commit() throws {
        guard let index, indexDirty else { return }
        try index.flush()
        indexDirty = false
    }

    // MARK: - Index

    /// The items whose ids are not stored yet (in their order): what an update should extract
    /// from before appending. Costs index lookups only.
    func unstored(_ items: [Item]) throws -> [Item] {
        let index = try loadedIndex()
        var seen = Set<String>()
        return items.filter { item in
            seen.insert(item.id).inserted && !index.contains(DedupeKeys.id(item.id))
        }
    }

    /// The index, loaded on first use: brought up to date with lines past its marks, or
    /// rebuilt when missing, damaged or stale.
    private func loadedIndex() throws -> DedupeIndex {
        if let index { return index }
        if let loaded = DedupeIndex.load(folder: kb.indexURL, itemsFolder: kb.itemsURL), try loaded.catchUp() {
            index = loaded
            indexDirty = true
            return loaded
        }
        try rebuildIndex()
        guard let index else { throw StaleIndex() }
        return index
    }

    func rebuildIndex() throws {
        index = nil
        index = try DedupeIndex.rebuild(folder: kb.indexURL, itemsFolder: kb.itemsURL)
        indexDirty = false
    }

    // MARK: - Appending

    func append(_ items: [Item], now: Date) throws -> AppendResult {
        let index = try loadedIndex()
        var result = AppendResult()
        var batch: [UInt64: [UInt64]] = [:]
        var batchEntries: [IndexEntry] = []
        var batchRoots: [UInt64: String] = [:]
        var buffers: [ItemMonth: [UInt8]] = [:]
        var ends: [ItemMonth: UInt64] = [:]
        var readers: [ItemMonth: POSIXFile] = [:]

        func first(_ key: UInt64) -> UInt64? {
            let stored = index.values(for: key).first
            let pending = batch[key]?.min()
            switch (stored, pending) {
            case (let s?, let p?): return min(s, p)
            case (let s?, nil): return s
            default: return pending
            }
        }

        /// The kept item a location leads to (following a duplicate line to its kept item).
        func root(of location: UInt64) throws -> (location: UInt64, id: String) {
            var current = location
            for _ in 0..<8 {
                if let id = batchRoots[current] { return (current, id) }
                let at = ItemLocation(packed: current)
                if readers[at.month] == nil { readers[at.month] = try POSIXFile.openIfExists(kb.monthURL(at.month).path) }
                guard let file = readers[at.month], let line = try JSONLinesReader.line(in: file, at: at.offset),
                    let fields = try? decoder.decode(ItemKeyFields.self, from: Data(line))
                else { throw StaleIndex() }
                guard let next = fields.duplicateOf, let nextLocation = first(DedupeKeys.id(next)), nextLocation != current else {
                    return (current, fields.id)
                }
                current = nextLocation
            }
            throw StaleIndex()
        }

        for item in items {
            let idKey = DedupeKeys.id(item.id)
            if index.contains(idKey) || batch[idKey] != nil {
                result.skipped += 1
                continue
            }
            var stored = item
            let fetched = stored.fetched ?? now
            stored.fetched = fetched
            stored.duplicates = []
            let keys = DedupeKeys.keys(guid: stored.guid, link: stored.link, title: stored.title, published: stored.published)
            stored.hash = keys.hash

            var match: (reason: AppendResult.Reason, location: UInt64, id: String)?
            for (reason, key) in keys.match {
                if let found = first(key) {
                    let kept = try root(of: found)
                    match = (reason, kept.location, kept.id)
                    break
                }
            }

            let month = match.map { ItemLocation(packed: $0.location).month } ?? ItemMonth(date: stored.published ?? fetched)
            let offset: UInt64
            if let end = ends[month] { offset = end } else { offset = try monthSize(month) }
            let line = StoredItem(item: stored, duplicateOf: match?.id).line()
            guard offset + UInt64(line.count) <= ItemLocation.maximumOffset else {
                throw KnowledgeBaseError.invalid(message: "\(kb.monthURL(month).path) has reached the largest size Docket indexes")
            }
            ends[month] = offset + UInt64(line.count)
            buffers[month, default: []].append(contentsOf: line)
            let location = ItemLocation(month: month, offset: offset).packed
            let entries = IndexEntry.entries(
                id: stored.id, duplicateOf: match?.id, keys: keys.match.map(\.1), location: location, root: match?.location)
            for e in entries { batch[e.key, default: []].append(e.value) }
            batchEntries.append(contentsOf: entries)
            if let match {
                result.duplicates.append(AppendResult.Duplicate(item: stored, duplicateOf: match.id, reason: match.reason))
            } else {
                batchRoots[location] = stored.id
                result.added.append(stored)
            }
        }

        // Append each month's lines in one write, then fsync. Only when every month is written
        // do the new entries and marks join the index: after a failure the index is reloaded,
        // and its catch-up indexes whatever did reach the disk.
        var marks: [(ItemMonth, IndexState.Mark)] = []
        for (month, bytes) in buffers.sorted(by: { $0.key < $1.key }) {
            let url = kb.monthURL(month)
            let start = try monthSize(month)
            let created = start == 0 && !FileSystem.exists(url)
            do {
                let file = try POSIXFile(path: url.path, flags: O_WRONLY | O_CREAT | O_APPEND)
                do {
                    try file.write(bytes)
                    try file.sync()
                } catch {
                    try? file.truncate(to: start)
                    throw error
                }
                let end = start + UInt64(bytes.count)
                let status = FileSystem.FileStatus(try file.status())
                try file.close()
                if created { try FileSystem.syncDirectory(kb.itemsURL) }
                monthSizes[month] = end
                let tail = try IndexState.tail(of: try POSIXFile(path: url.path, flags: O_RDONLY), end: end)
                marks.append((month, IndexState.Mark(size: end, inode: status.inode, modified: status.modified, tail: tail)))
            } catch {
                self.index = nil
                indexDirty = false
                monthSizes.removeAll()
                throw error
            }
        }
        index.insert(batchEntries)
        for (month, mark) in marks { index.setMark(month, mark) }
        indexDirty = true
        if !marks.isEmpty { appended = true }
        return result
    }

    /// The size of a month file ready for appending: a torn last line (an append that was
    /// killed) is cut off first, so the new lines start on a line of their own.
    private func monthSize(_ month: ItemMonth) throws -> UInt64 {
        if let size = monthSizes[month] { return size }
        let url = kb.monthURL(month)
        guard FileSystem.exists(url) else {
            try FileSystem.createDirectory(kb.itemsURL)
            monthSizes[month] = 0
            return 0
        }
        let file = try POSIXFile(path: url.path, flags: O_RDWR)
        let size = try file.size()
        let complete = try Self.completeLength(of: file, size: size)
        if complete < size {
            try file.truncate(to: complete)
            try file.sync()
        }
        try file.close()
        monthSizes[month] = complete
        return complete
    }

    /// The offset just past the last newline (0 when there is none).
    static func completeLength(of file: POSIXFile, size: UInt64) throws -> UInt64 {
        var end = size
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while end > 0 {
            let start = end >= UInt64(chunk.count) ? end - UInt64(chunk.count) : 0
            let want = Int(end - start)
            let n = try chunk.withUnsafeMutableBytes { try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<want]), at: start) }
            if let newline = chunk[0..<n].lastIndex(of: 0x0A) { return start + UInt64(newline) + 1 }
            end = start
        }
        return 0
    }
}
