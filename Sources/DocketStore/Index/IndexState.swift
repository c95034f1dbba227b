import Foundation

/// `index/state.json`: how far into each month file the dedupe index reaches.
///
/// A month file whose size, inode and modification time all match its mark is current and
/// is not read. One that grew, and whose bytes just before the mark are still the ones that
/// were there (`tail`), was appended to by a writer killed before it updated the index: it
/// is indexed from the mark on. Any other change (it shrank, vanished, was replaced by a git
/// checkout or a restore) makes the index stale, and it is rebuilt.
struct IndexState: Codable, Equatable {
    static let currentFormat = 1

    var format: Int = currentFormat
    var months: [String: Mark] = [:]

    struct Mark: Codable, Equatable {
        var size: UInt64
        var inode: UInt64
        /// Modification time, nanoseconds since 1970.
        var modified: Int64
        /// FNV-1a of the (up to) 64 bytes before `size`.
        var tail: UInt64
    }

    static let tailLength: UInt64 = 64

    /// The fingerprint of the bytes just before `end`.
    static func tail(of file: POSIXFile, end: UInt64) throws -> UInt64 {
        let start = end > tailLength ? end - tailLength : 0
        var bytes = [UInt8](repeating: 0, count: Int(end - start))
        let n = try bytes.withUnsafeMutableBytes { try file.read(into: $0, at: start) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes.prefix(n) {
            hash ^= UInt64(b)
            hash = hash &* 0x0100_0000_01b3
        }
        return hash
    }

    /// The mark for a month file whose indexed part ends at `end`.
    static func mark(of url: URL, end: UInt64) throws -> Mark? {
        guard let file = try POSIXFile.openIfExists(url.path) else { return nil }
        let status = FileSystem.FileStatus(try file.status())
        return Mark(size: end, inode: status.inode, modified: status.modified, tail: try tail(of: file, end: end))
    }
}
