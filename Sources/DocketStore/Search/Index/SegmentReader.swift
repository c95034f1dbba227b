import Foundation

/// Reads a segment (`SegmentLayout`) in place: the header is checked on opening; terms are
/// found by binary search over the sorted entries; postings and doc records are read where
/// they lie. Nothing is copied or loaded whole.
final class SegmentReader {
    let bytes: SegmentBytes
    let header: SegmentLayout.Header
    /// The segment's doc table.
    let docTable: DocTable
    let base: UnsafeRawPointer
    /// A name for messages (the file name, or what the in-memory segment holds).
    let name: String

    struct Damage: Error, CustomStringConvertible {
        var name: String
        var reason: String
        var description: String { "\(name): \(reason)" }
    }

    init(bytes: SegmentBytes, name: String) throws {
        guard let header = SegmentLayout.Header(bytes.raw), let base = bytes.raw.baseAddress else {
            throw Damage(name: name, reason: "not a search segment, or truncated")
        }
        self.bytes = bytes
        self.header = header
        self.base = base
        self.docTable = DocTable(base: base + Int(header.docTableOffset), count: Int(header.docCount))
        self.name = name
    }

    var docCount: Int { Int(header.docCount) }
    var termCount: Int { Int(header.termCount) }

    /// The entry of `term`, or nil when the segment does not have it. Throws `Damage` when
    /// the entry points outside the file.
    func lookup(_ term: UnsafeRawBufferPointer) throws -> TermInfo? {
        var low = 0
        var high = termCount
        let entries = base + Int(header.entriesOffset)
        let blob = base + Int(header.blobOffset)
        while low < high {
            let mid = (low + high) / 2
            let c = compare(entry: entries + mid * SegmentLayout.entrySize, blob: blob, term)
            if c < 0 { low = mid + 1 } else if c > 0 { high = mid } else {
                let found = info(entries + mid * SegmentLayout.entrySize)
                try check(found, index: mid)
                return found
            }
        }
        return nil
    }

    func lookup(_ term: [UInt8]) throws -> TermInfo? {
        try term.withUnsafeBytes { try lookup($0) }
    }

    /// Throws when a term's data does not lie between the doc table and the entries.
    func check(_ t: TermInfo, index: Int) throws {
        guard t.dataOffset >= header.dataOffset,
            t.dataOffset + UInt64(t.skipTableBytes) + UInt64(t.docBytes) + UInt64(t.positionBytes) <= header.entriesOffset,
            t.df > 0 || t.docBytes == 0
        else { throw Damage(name: name, reason: "term \(index) points outside the file") }
    }

    @inline(__always)
    private func compare(entry: UnsafeRawPointer, blob: UnsafeRawPointer, _ term: UnsafeRawBufferPointer) -> Int32 {
        let offset = Int(entry.loadUnaligned(as: UInt32.self).littleEndian)
        var length = Int(entry.loadUnaligned(fromByteOffset: 4, as: UInt16.self).littleEndian)
        if UInt64(offset + length) > UInt64(bytes.raw.count) - header.blobOffset { length = 0 }
        let n = min(length, term.count)
        if n > 0, let t = term.baseAddress {
            let c = memcmp(blob + offset, t, n)
            if c != 0 { return c }
        }
        return length < term.count ? -1 : (length > term.count ? 1 : 0)
    }

    private func info(_ entry: UnsafeRawPointer) -> TermInfo {
        TermInfo(
            df: entry.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian,
            dataOffset: entry.loadUnaligned(fromByteOffset: 12, as: UInt64.self).littleEndian,
            docBytes: entry.loadUnaligned(fromByteOffset: 20, as: UInt32.self).littleEndian,
            positionBytes: entry.loadUnaligned(fromByteOffset: 24, as: UInt32.self).littleEndian)
    }

    /// The term bytes and entry at dictionary index `i` (for merging).
    func term(at i: Int) -> (term: UnsafeRawBufferPointer, info: TermInfo) {
        let entry = base + Int(header.entriesOffset) + i * SegmentLayout.entrySize
        let offset = Int(entry.loadUnaligned(as: UInt32.self).littleEndian)
        let length = Int(entry.loadUnaligned(fromByteOffset: 4, as: UInt16.self).littleEndian)
        return (UnsafeRawBufferPointer(start: base + Int(header.blobOffset) + offset, count: length), info(entry))
    }

    /// Checks that every entry's term and data lie inside the file (before a merge reads
    /// them all). Costs one pass over the entries.
    func validate() throws {
        let size = UInt64(bytes.raw.count)
        let entries = base + Int(header.entriesOffset)
        let blobSize = size - header.blobOffset
        for i in 0..<termCount {
            let entry = entries + i * SegmentLayout.entrySize
            let offset = UInt64(entry.loadUnaligned(as: UInt32.self).littleEndian)
            let length = UInt64(entry.loadUnaligned(fromByteOffset: 4, as: UInt16.self).littleEndian)
            guard offset + length <= blobSize else { throw Damage(name: name, reason: "term \(i) points outside the file") }
            try check(info(entry), index: i)
        }
    }

    func cursor(_ info: TermInfo) -> PostingCursor {
        PostingCursor(base: base, info: info)
    }
}
