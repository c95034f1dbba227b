import Foundation

/// How the month files compare with the marks of a search manifest: which lines are not
/// indexed yet, or why the index can no longer be trusted (a file shrank, vanished or was
/// replaced: its byte offsets may lead elsewhere now).
struct MonthProgress {
    /// Months with lines past their mark (or no mark), and where their unindexed lines start.
    var pending: [(month: ItemMonth, start: UInt64)] = []
    /// Why the index is stale; nil when it is not.
    var staleReason: String?

    static func compare(_ marks: [String: IndexState.Mark], itemsFolder: URL) throws -> MonthProgress {
        var out = MonthProgress()
        let months = try DedupeIndex.monthFiles(in: itemsFolder)
        let present = Set(months.map(\.name))
        for (name, mark) in marks.sorted(by: { $0.key < $1.key }) where !present.contains(name) && mark.size > 0 {
            out.staleReason = "items/\(name).jsonl is gone"
            return out
        }
        for month in months {
            let url = itemsFolder.appendingPathComponent(month.fileName)
            guard let status = try FileSystem.fileStatus(url) else {
                out.staleReason = "items/\(month.fileName) is gone"
                return out
            }
            guard let mark = marks[month.name] else {
                if status.size > 0 { out.pending.append((month, 0)) }
                continue
            }
            if status.inode != mark.inode || status.size < mark.size {
                out.staleReason = "items/\(month.fileName) was replaced or shortened"
                return out
            }
            if status.size == mark.size && status.modified == mark.modified { continue }
            guard let file = try POSIXFile.openIfExists(url.path), try IndexState.tail(of: file, end: mark.size) == mark.tail else {
                out.staleReason = "items/\(month.fileName) was rewritten"
                return out
            }
            if status.size > mark.size { out.pending.append((month, mark.size)) }
        }
        return out
    }
}
