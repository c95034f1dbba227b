import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds and updates the search index under `index/search/`. Runs only under the write
/// lock: `rebuild` from `KnowledgeBaseWriter.reindex()`, `update` from
/// `KnowledgeBaseWriter.finish()` after items were appended.
///
/// Crash safety: segment files are written whole (temporary file, fsync, rename) before the
/// manifest that lists them replaces the old one; files the manifest does not list are
/// removed by the next writer. A reader holds its segments mapped, so removing a file it
/// still reads is harmless.
enum SearchIndexWriter {
    /// Segments of a tier (documents within a factor of `mergeFactor`) are merged into one
    /// when there are `mergeFactor` of them: each item is rewritten O(log n) times, and a
    /// search opens few segments.
    static let mergeFactor = 8

    static func folder(_ kb: KnowledgeBase) -> URL { kb.indexURL.appendingPathComponent("search", isDirectory: true) }
    static func manifestURL(_ kb: KnowledgeBase) -> URL { folder(kb).appendingPathComponent("manifest.json") }

    /// Rebuilds the whole index from the month files: months are indexed on parallel
    /// threads, each into segments of bounded size, which are then merged into one.
    static func rebuild(_ kb: KnowledgeBase) throws {
        let folder = folder(kb)
        try FileSystem.createDirectory(folder)
        FileSystem.removeStrayTemporaries(in: folder)
        // Without a manifest the index counts as missing, so a rebuild killed half-way is redone.
        if unlink(manifestURL(kb).path) == 0 { try FileSystem.syncDirectory(folder) }
        removeUnlisted(in: folder, keeping: [])

        let months = try DedupeIndex.monthFiles(in: kb.itemsURL)
        let collected = Collected(count: months.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, months.count))
        let itemsFolder = kb.itemsURL
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < months.count, !collected.failed {
                let month = months[index]
                var parts: [URL] = []
                do {
                    let indexer = ItemIndexer(itemsFolder: itemsFolder) { builder in
                        let url = folder.appendingPathComponent("part-\(month.name)-\(parts.count).dks")
                        try builder.write(to: SegmentOutput(url: url))
                        parts.append(url)
                    }
                    let end = try indexer.index(month, from: 0)
                    try indexer.finish()
                    let mark = try IndexState.mark(of: itemsFolder.appendingPathComponent(month.fileName), end: end)
                    collected.set(index, parts: parts, mark: mark)
                } catch {
                    collected.fail(error)
                }
                index += workers
            }
        }
        if let error = collected.error { throw error }

        var manifest = SearchManifest()
        for (i, month) in months.enumerated() {
            if let mark = collected.marks[i] { manifest.months[month.name] = mark }
        }
        let parts = collected.parts.flatMap { $0 }
        if !parts.isEmpty {
            let name = manifest.newSegmentName()
            let url = folder.appendingPathComponent(name)
            let readers = try parts.map { try open(url: $0) }
            let documents = readers.reduce(0) { $0 + $1.docCount }
            if readers.count == 1 {
                guard rename(parts[0].path, url.path) == 0 else {
                    throw KnowledgeBaseError.io(path: url.path, operation: "rename a segment onto", errno: errno)
                }
            } else {
                try SegmentMerger.merge(readers, into: SegmentOutput(url: url))
            }
            manifest.segments = [SearchManifest.Segment(name: name, documents: documents)]
        }
        try manifest.save(to: manifestURL(kb))
        removeUnlisted(in: folder, keeping: Set(manifest.segments.map(\.name)))
    }

    /// Indexes the items appended since the last update (a new segment), merges segments
    /// now and then, and rebuilds instead when the index is missing, damaged or stale.
    static func update(_ kb: KnowledgeBase) throws {
        let folder = folder(kb)
        guard var manifest = SearchManifest.load(from: manifestURL(kb)) else { return try rebuild(kb) }
        FileSystem.removeStrayTemporaries(in: folder)
        let progress = try MonthProgress.compare(manifest.months, itemsFolder: kb.itemsURL)
        guard progress.staleReason == nil else { return try rebuild(kb) }
        for segment in manifest.segments where !FileSystem.exists(folder.appendingPathComponent(segment.name)) {
            return try rebuild(kb)
        }
        guard !progress.pending.isEmpty else { return }

        var added: [SearchManifest.Segment] = []
        var numbering = manifest
        let indexer = ItemIndexer(itemsFolder: kb.itemsURL) { builder in
            let name = numbering.newSegmentName()
            try builder.write(to: SegmentOutput(url: folder.appendingPathComponent(name)))
            added.append(SearchManifest.Segment(name: name, documents: builder.docCount))
        }
        for (month, start) in progress.pending {
            let end = try indexer.index(month, from: start)
            if let mark = try IndexState.mark(of: kb.itemsURL.appendingPathComponent(month.fileName), end: end) {
                manifest.months[month.name] = mark
            }
        }
        try indexer.finish()
        manifest.next = numbering.next
        manifest.segments.append(contentsOf: added)
        do {
            try mergeTiers(&manifest, folder: folder)
        } catch is SegmentReader.Damage {
            return try rebuild(kb)
        }
        try manifest.save(to: manifestURL(kb))
        removeUnlisted(in: folder, keeping: Set(manifest.segments.map(\.name)))
    }

    static func tier(_ documents: Int) -> Int {
        var t = 0
        var d = max(documents, 1)
        while d >= mergeFactor {
            d /= mergeFactor
            t += 1
        }
        return t
    }

    /// Merges the segments of any tier that has `mergeFactor` of them, until none has.
    static func mergeTiers(_ manifest: inout SearchManifest, folder: URL) throws {
        while true {
            let byTier = Dictionary(grouping: manifest.segments.indices) { tier(manifest.segments[$0].documents) }
            guard let (_, members) = byTier.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count >= mergeFactor }) else {
                return
            }
            let chosen = members.sorted()
            let readers = try chosen.map { try open(url: folder.appendingPathComponent(manifest.segments[$0].name)) }
            let name = manifest.newSegmentName()
            try SegmentMerger.merge(readers, into: SegmentOutput(url: folder.appendingPathComponent(name)))
            let merged = SearchManifest.Segment(name: name, documents: readers.reduce(0) { $0 + $1.docCount })
            var segments: [SearchManifest.Segment] = []
            for (i, s) in manifest.segments.enumerated() {
                if i == chosen[0] { segments.append(merged) } else if !chosen.contains(i) { segments.append(s) }
            }
            manifest.segments = segments
        }
    }

    static func open(url: URL) throws -> SegmentReader {
        guard let bytes = try SegmentBytes(mapping: url) else {
            throw SegmentReader.Damage(name: url.lastPathComponent, reason: "missing")
        }
        return try SegmentReader(bytes: bytes, name: url.lastPathComponent)
    }

    /// Removes segment files (`*.dks`) the manifest does not list.
    static func removeUnlisted(in folder: URL, keeping: Set<String>) {
        for name in (try? FileSystem.names(in: folder)) ?? [] where name.hasSuffix(".dks") && !keeping.contains(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// What the parallel workers of a rebuild hand back, under a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var parts: [[URL]]
        private(set) var marks: [IndexState.Mark?]
        private(set) var error: (any Error)?

        init(count: Int) {
            parts = Array(repeating: [], count: count)
            marks = Array(repeating: nil, count: count)
        }

        var failed: Bool { lock.withLock { error != nil } }

        func set(_ index: Int, parts: [URL], mark: IndexState.Mark?) {
            lock.withLock {
                self.parts[index] = parts
                self.marks[index] = mark
            }
        }

        func fail(_ error: any Error) {
            lock.withLock { if self.error == nil { self.error = error } }
        }
    }
}
