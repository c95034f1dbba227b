import DocketModel
import Foundation

/// Rewriting what extraction derives from stored items (`docket extract --all`).
extension KnowledgeBaseWriter {
    /// Sets the `companies` of stored items (item id → company ids; kept and duplicate lines
    /// alike) and returns how many lines changed. Each month file that changes is replaced
    /// atomically, every other line byte for byte as it was; a torn last line is dropped, as an
    /// append would. Then the dedupe and search indexes are rebuilt (line offsets moved).
    /// Items not in `companies` and items whose list is already equal are left alone.
    @discardableResult
    public func setItemCompanies(_ companies: [String: [String]]) throws -> Int {
        try session.checkOpen()
        guard !companies.isEmpty else { return 0 }
        let kb = session.kb
        let decoder = DocketJSON.decoder()
        var changed = 0
        for month in try DedupeIndex.monthFiles(in: kb.itemsURL) {
            let url = kb.monthURL(month)
            guard let bytes = try FileSystem.contents(of: url) else { continue }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1024)
            var changedHere = 0
            var start = 0
            while start < bytes.count {
                guard let end = bytes[start...].firstIndex(of: 0x0A) else { break }  // torn last line: dropped
                let line = bytes[start..<end]
                if var stored = try? decoder.decode(StoredItem.self, from: Data(line)),
                    let ids = companies[stored.item.id], ids != stored.item.companies
                {
                    stored.item.companies = ids
                    out += stored.line()
                    changedHere += 1
                } else {
                    out += line
                    out.append(0x0A)
                }
                start = end + 1
            }
            guard changedHere > 0 else { continue }
            try FileSystem.replaceAtomically(url, with: out)
            changed += changedHere
        }
        if changed > 0 { try reindex() }
        return changed
    }
}
