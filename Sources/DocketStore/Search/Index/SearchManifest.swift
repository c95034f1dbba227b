import Foundation

/// `index/search/manifest.json`: the segments that make up the search index and how far
/// into each month file they reach. Replaced atomically; it is the index's commit point:
/// segment files it does not list are leftovers, removed by the next writer.
struct SearchManifest: Codable, Equatable {
    static let currentFormat = 1

    var format = currentFormat
    /// The number the next segment file gets.
    var next = 1
    var segments: [Segment] = []
    /// Month name → how far its file is indexed (same marks as the dedupe index).
    var months: [String: IndexState.Mark] = [:]

    struct Segment: Codable, Equatable {
        var name: String
        var documents: Int
    }

    static func load(from url: URL) -> SearchManifest? {
        guard let bytes = try? FileSystem.contents(of: url),
            let manifest = try? JSONDecoder().decode(SearchManifest.self, from: Data(bytes)),
            manifest.format == currentFormat
        else { return nil }
        return manifest
    }

    func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try FileSystem.replaceAtomically(url, with: Array(try encoder.encode(self)))
    }

    /// A new segment file name: `seg-00000001.dks`.
    mutating func newSegmentName() -> String {
        let digits = String(next)
        next += 1
        return "seg-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ".dks"
    }
}
