import Foundation

/// What one search reads of the item index: the segments the manifest lists (mapped), plus
/// the lines appended since (indexed in memory for this search), or, when the index is
/// missing or stale, every line indexed in memory, with a warning. The index is derived
/// data: a search never depends on it to be right, only to be fast.
final class ItemIndexSnapshot {
    let segments: [SegmentReader]
    let warnings: [String]

    private init(segments: [SegmentReader], warnings: [String]) {
        self.segments = segments
        self.warnings = warnings
    }

    var documents: Int { segments.reduce(0) { $0 + $1.docCount } }
    var titleTokens: UInt64 { segments.reduce(0) { $0 + $1.header.titleTokens } }
    var bodyTokens: UInt64 { segments.reduce(0) { $0 + $1.header.bodyTokens } }

    static func open(_ kb: KnowledgeBase) throws -> ItemIndexSnapshot {
        let folder = SearchIndexWriter.folder(kb)
        // A writer may merge segments away between reading the manifest and opening them:
        // then the new manifest is read again.
        attempts: for _ in 0..<5 {
            var warnings: [String] = []
            var readers: [SegmentReader] = []
            var pending: [(month: ItemMonth, start: UInt64)] = []
            let months = try DedupeIndex.monthFiles(in: kb.itemsURL)
            if let manifest = SearchManifest.load(from: SearchIndexWriter.manifestURL(kb)) {
                let progress = try MonthProgress.compare(manifest.months, itemsFolder: kb.itemsURL)
                if let reason = progress.staleReason {
                    warnings.append("the search index is out of date (\(reason)); searching without it: run `docket kb reindex`")
                    pending = months.map { ($0, 0) }
                } else {
                    for segment in manifest.segments {
                        let url = folder.appendingPathComponent(segment.name)
                        guard let bytes = try SegmentBytes(mapping: url) else { continue attempts }
                        do {
                            readers.append(try SegmentReader(bytes: bytes, name: segment.name))
                        } catch let damage as SegmentReader.Damage {
                            warnings.append("the search index is damaged (\(damage)); searching without it: run `docket kb reindex`")
                            readers = []
                            pending = months.map { ($0, 0) }
                            break
                        }
                    }
                    if warnings.isEmpty { pending = progress.pending }
                }
            } else {
                if !months.isEmpty {
                    warnings.append("the search index is missing; searching without it: run `docket kb reindex`")
                }
                pending = months.map { ($0, 0) }
            }
            if !pending.isEmpty {
                var tail: [SegmentReader] = []
                let indexer = ItemIndexer(itemsFolder: kb.itemsURL) { builder in
                    let bytes = try builder.write(to: SegmentOutput())
                    tail.append(try SegmentReader(bytes: SegmentBytes(bytes: bytes), name: "unindexed items"))
                }
                for (month, start) in pending { _ = try indexer.index(month, from: start) }
                try indexer.finish()
                readers.append(contentsOf: tail)
            }
            return ItemIndexSnapshot(segments: readers, warnings: warnings)
        }
        throw KnowledgeBaseError.invalid(message: "the search index under \(folder.path) kept changing while it was read; try again")
    }
}
