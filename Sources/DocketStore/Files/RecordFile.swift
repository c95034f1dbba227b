import DocketModel
import Foundation

/// The JSON array files (`feeds.json`, `companies.json`, …): read whole, written whole with
/// an atomic replace, pretty-printed with sorted keys and records sorted by id, so that a
/// knowledge base kept in git has readable diffs.
enum RecordFile {
    /// The records, or an empty list when the file does not exist.
    static func load<Record: Decodable>(_ type: Record.Type, from url: URL) throws -> [Record] {
        guard let bytes = try FileSystem.contents(of: url) else { return [] }
        do {
            return try DocketJSON.decoder().decode([Record].self, from: Data(bytes))
        } catch {
            throw DecodingFailure.corrupt(error, file: url, bytes: bytes)
        }
    }

    /// Writes the records sorted by id; refuses duplicate ids.
    static func save<Record: Encodable & Identifiable>(_ records: [Record], to url: URL) throws where Record.ID == String {
        let sorted = records.sorted { $0.id < $1.id }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.id == b.id {
            throw KnowledgeBaseError.invalid(message: "two records in \(url.lastPathComponent) have the id \"\(a.id)\"; nothing was written")
        }
        var bytes = [UInt8](try DocketJSON.encoder().encode(sorted))
        bytes.append(0x0A)
        try FileSystem.replaceAtomically(url, with: bytes)
    }
}
