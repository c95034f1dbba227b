import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dedupe and lookup index under `index/`: derived data, rebuilt from the month files
/// when missing or damaged, consulted only when items are appended or looked up by id.
///
/// - `keys.bin`: a sorted table of (key hash, item location) entries (`SortedKeyTable`);
/// - `keys.log`: entries appended since the table was last merged, 16 bytes each, unsorted,
///   read whole (it is kept under `mergeThreshold` entries, about half a megabyte);
/// - `state.json`: how far into each month file the entries reach (`IndexState`).
///
/// Writes are ordered so that a crash at any point leaves an index that is complete up to
/// the marks in `state.json`: month lines are appended first, then their entries to the
/// log (fsync), then the marks (atomic replace). Lines past a mark are indexed on the next
/// load; an entry repeated by that catch-up is harmless.
final class DedupeIndex {
    static let mergeThreshold = 32_768

    let folder: URL
    let itemsFolder: URL
    private var table: SortedKeyTable
    private var logged = KeyLog()
    private var logEntries = 0
    private var unflushed: [IndexEntry] = []
    private(set) var state: IndexState
    private var stateDirty = false

    var keysURL: URL { folder.appendingPathComponent("keys.bin") }
    var logURL: URL { folder.appendingPathComponent("keys.log") }
    var stateURL: URL { folder.appendingPathComponent("state.json") }

    private init(folder: URL, itemsFolder: URL, table: SortedKeyTable, state: IndexState) {
        self.folder = folder
        self.itemsFolder = itemsFolder
        self.table = table
        self.state = state
    }

    /// Loads the index as it is on disk, or nil when it is missing or damaged. Reads the
    /// marks, then the log, then the table: a merge renames the table before it empties the
    /// log, so a reader in this order never misses an entry.
    static func load(folder: URL, itemsFolder: URL) -> DedupeIndex? {
        guard let stateBytes = try? FileSystem.contents(of: folder.appendingPathComponent("state.json")),
            let state = try? JSONDecoder().decode(IndexState.self, from: Data(stateBytes)),
            state.format == IndexState.currentFormat
        else { return nil }
        let logBytes = (try? FileSystem.contents(of: folder.appendingPathComponent("keys.log"))) ?? []
        guard let table = try? SortedKeyTable(url: folder.appendingPathComponent("keys.bin"))
        else { return nil }
        let index = DedupeIndex(folder: folder, itemsFolder: itemsFolder, table: table, state: state)
        let whole = logBytes.count / SortedKeyTable.entrySize
        logBytes.withUnsafeBytes { raw in
            for i in 0..<whole {
                let k = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 16, as: UInt64.self))
                let v = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 16 + 8, as: UInt64.self))
                index.logged.insert(k, v)
            }
        }
        index.logEntries = whole
        return index
    }

    /// Every location stored under `key`, ascending, without repeats.
    func values(for key: UInt64) -> [UInt64] {
        var out = table.values(for: key)
        if let more = logged.values(for: key) {
            out.append(contentsOf: more)
            out = Array(Set(out)).sorted()
        }
        return out
    }

    /// True when no month file was replaced, shrunk or removed since the marks were set, so
    /// every entry still leads to its line (lines past a mark are simply not indexed yet).
    /// Readers check this before trusting a miss; it costs one `stat` per month file.
    func isCurrent() -> Bool {
        guard let months = try? Self.monthFiles(in: itemsFolder) else { return false }
        let present = Set(months.map(\.name))
        for (name, mark) in state.months where !present.contains(name) && mark.size > 0 { return false }
        for month in months {
            guard let mark = state.months[month.name] else { continue }
            let url = itemsFolder.appendingPathComponent(month.fileName)
            guard let status = try? FileSystem.fileStatus(url), status.size >= mark.size else { return false }
            if status.inode == mark.inode && (status.size > mark.size || status.modified == mark.modified) { continue }
            // A new inode or time with the same bytes before the mark (a copy or a clone) is
            // still the file that was indexed.
            guard let file = try? POSIXFile.openIfExists(url.path),
                (try? IndexState.tail(of: file, end: mark.size)) == mark.tail
            else { return false }
        }
        return true
    }

    func contains(_ key: UInt64) -> Bool {
        logged.contains(key) || !table.values(for: key).isEmpty
    }

    /// Adds entries in memory; `flush()` makes them durable.
    func insert(_ entries: [IndexEntry]) {
        for e in entries {
            logged.insert(e.key, e.value)
            unflushed.append(e)
        }
    }

    func setMark(_ month: ItemMonth, _ mark: IndexState.Mark) {
        if state.months[month.name] != mark {
            state.months[month.name] = mark
            stateDirty = true
        }
    }

    /// Appends new entries to the log (fsync), then writes the marks; merges the log into
    /// the table when it has grown past `mergeThreshold`.
    func flush() throws {
        if !unflushed.isEmpty {
            let log = try POSIXFile(path: logURL.path, flags: O_WRONLY | O_CREAT | O_APPEND)
            let size = try log.size()
            if size % UInt64(SortedKeyTable.entrySize) != 0 {
                try log.truncate(to: size - size % UInt64(SortedKeyTable.entrySize))
            }
            var bytes = [UInt8]()
            bytes.reserveCapacity(unflushed.count * SortedKeyTable.entrySize)
            for e in unflushed {
                SortedKeyTable.append(e.key, to: &bytes)
                SortedKeyTable.append(e.value, to: &bytes)
            }
            try log.write(bytes)
            try log.sync()
            try log.close()
            logEntries += unflushed.count
            unflushed.removeAll()
        }
        if stateDirty {
            try FileSystem.replaceAtomically(stateURL, with: Array(try DocketJSON.encoder(pretty: false).encode(state)))
            stateDirty = false
        }
        if logEntries > Self.mergeThreshold { try merge() }
    }

    /// Folds the log into a new table (atomic replace), then empties the log.
    func merge() throws {
        var fromLog: [IndexEntry] = []
        fromLog.reserveCapacity(logEntries)
        logged.forEach { k, v in fromLog.append(IndexEntry(key: k, value: v)) }
        fromLog.sort()
        var merged: [IndexEntry] = []
        merged.reserveCapacity(table.count + fromLog.count)
        var i = 0
        var j = 0
        while i < table.count || j < fromLog.count {
            let next: IndexEntry
            if j >= fromLog.count || (i < table.count && IndexEntry(key: table.key(at: i), value: table.value(at: i)) < fromLog[j]) {
                next = IndexEntry(key: table.key(at: i), value: table.value(at: i))
                i += 1
            } else {
                next = fromLog[j]
                j += 1
            }
            if merged.last != next { merged.append(next) }
        }
        try SortedKeyTable.write(merged, to: keysURL)
        let log = try POSIXFile(path: logURL.path, flags: O_WRONLY | O_CREAT)
        try log.truncate(to: 0)
        try log.sync()
        try log.close()
        table = try SortedKeyTable(url: keysURL) ?? SortedKeyTable()
        logged.removeAll()
        logEntries = 0
    }
}
