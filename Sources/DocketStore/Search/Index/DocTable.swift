/// A segment's doc table, read in place: five columns of `count` values each, little-endian,
/// one after the other: dates (Int64), locations (UInt64), title lengths (UInt16), body
/// lengths (UInt16), spans (UInt32): 24 bytes a document (`DocRecord`). By column, so that
/// scoring a million postings touches 4 MB of lengths, not 24 MB of records.
struct DocTable {
    static let bytesPerDocument = 24

    let count: Int
    private let dates: UnsafeRawPointer
    private let locations: UnsafeRawPointer
    private let titleLengths: UnsafeRawPointer
    private let bodyLengths: UnsafeRawPointer
    private let spans: UnsafeRawPointer

    init(base: UnsafeRawPointer, count: Int) {
        self.count = count
        dates = base
        locations = base + 8 * count
        titleLengths = base + 16 * count
        bodyLengths = base + 18 * count
        spans = base + 20 * count
    }

    @inline(__always) func date(_ doc: UInt32) -> Int64 {
        dates.loadUnaligned(fromByteOffset: Int(doc) &* 8, as: Int64.self).littleEndian
    }

    @inline(__always) func location(_ doc: UInt32) -> UInt64 {
        locations.loadUnaligned(fromByteOffset: Int(doc) &* 8, as: UInt64.self).littleEndian
    }

    @inline(__always) func titleLength(_ doc: UInt32) -> UInt16 {
        titleLengths.loadUnaligned(fromByteOffset: Int(doc) &* 2, as: UInt16.self).littleEndian
    }

    @inline(__always) func bodyLength(_ doc: UInt32) -> UInt16 {
        bodyLengths.loadUnaligned(fromByteOffset: Int(doc) &* 2, as: UInt16.self).littleEndian
    }

    @inline(__always) func span(_ doc: UInt32) -> UInt32 {
        spans.loadUnaligned(fromByteOffset: Int(doc) &* 4, as: UInt32.self).littleEndian
    }

    func record(_ doc: UInt32) -> DocRecord {
        DocRecord(date: date(doc), location: location(doc), titleLength: titleLength(doc), bodyLength: bodyLength(doc), span: span(doc))
    }

    /// The bytes of `records` in this layout.
    static func bytes(_ records: [DocRecord]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(records.count * bytesPerDocument)
        for r in records { LittleEndian.append(r.date, to: &out) }
        for r in records { LittleEndian.append(r.location, to: &out) }
        for r in records { LittleEndian.append(r.titleLength, to: &out) }
        for r in records { LittleEndian.append(r.bodyLength, to: &out) }
        for r in records { LittleEndian.append(r.span, to: &out) }
        return out
    }
}
