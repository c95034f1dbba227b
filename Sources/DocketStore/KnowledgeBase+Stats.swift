import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension KnowledgeBase {
    /// Counts records and bytes. Items are counted by scanning the month files' lines
    /// without decoding them (`verify()` is the check that they parse).
    public func stats() throws -> KnowledgeBaseStats {
        var stats = KnowledgeBaseStats()
        stats.feeds = try feeds().count
        stats.companies = try companies().count
        stats.allegations = try allegations().count
        stats.regulations = try regulations().count
        let months = try DedupeIndex.monthFiles(in: itemsURL)
        stats.months = months.count
        for month in months {
            try JSONLinesReader.forEachLine(in: monthURL(month)) { line in
                if JSONLinesReader.contains(line.bytes, StoredItem.duplicateMarker) {
                    stats.duplicates += 1
                } else {
                    stats.items += 1
                }
            }
        }
        stats.bytes = Self.bytes(under: root)
        return stats
    }

    private static func bytes(under folder: URL) -> Int64 {
        var total: Int64 = 0
        for name in (try? FileSystem.names(in: folder)) ?? [] {
            let url = folder.appendingPathComponent(name)
            var st = stat()
            guard lstat(url.path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                total += bytes(under: url)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                total += Int64(st.st_size)
            }
        }
        return total
    }
}
