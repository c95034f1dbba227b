/// The layout of a search segment file (`index/search/seg-NNNNNNNN.dks`), all integers
/// little-endian:
///
/// ```
/// header    64 bytes: "DKTSRCH1", doc count u32, term count u32, doc table offset u64,
///           data offset u64, entries offset u64, blob offset u64, title tokens u64,
///           body tokens u64
/// doc table doc count × 24 bytes, by column (`DocTable`), in local doc id order
/// data      per term: [skip table][doc stream][position stream]
/// entries   term count × 28 bytes, sorted by term bytes: blob offset u32, term length u16,
///           reserved u16, df u32, data offset u64, doc stream bytes u32, position bytes u32
/// blob      the term bytes, concatenated
/// ```
///
/// A term's doc stream holds, per document, `varint(doc − previous doc)` (the first against 0)
/// and `varint(bodyTF << 2 | min(titleTF, 3))`, followed by `varint(titleTF − 3)` when
/// titleTF ≥ 3. Its position stream holds, per document, titleTF + bodyTF varint deltas of
/// the term's positions (title positions count from 0; body positions from title length + 1,
/// so no phrase spans the two). Postings come in blocks of `blockSize` documents; a term with
/// more than one block starts with a skip table, one 12-byte entry per block: last doc u32,
/// block start in the doc stream u32, block start in the position stream u32. Filter values
/// are terms too, prefixed by byte 0x01 and a field letter (`QueryFilterTerm`).
enum SegmentLayout {
    static let magic = Array("DKTSRCH1".utf8)
    static let headerSize = 64
    static let docRecordSize = 24
    static let entrySize = 28
    static let skipEntrySize = 12
    static let blockSize = 128

    /// The header's fields.
    struct Header: Equatable {
        var docCount: UInt32 = 0
        var termCount: UInt32 = 0
        var docTableOffset: UInt64 = UInt64(headerSize)
        var dataOffset: UInt64 = 0
        var entriesOffset: UInt64 = 0
        var blobOffset: UInt64 = 0
        var titleTokens: UInt64 = 0
        var bodyTokens: UInt64 = 0

        func bytes() -> [UInt8] {
            var out = magic
            LittleEndian.append(docCount, to: &out)
            LittleEndian.append(termCount, to: &out)
            for v in [docTableOffset, dataOffset, entriesOffset, blobOffset, titleTokens, bodyTokens] {
                LittleEndian.append(v, to: &out)
            }
            return out
        }

        init() {}

        /// Reads and checks a header against the size of its file; nil when it is not one.
        init?(_ raw: UnsafeRawBufferPointer) {
            guard raw.count >= headerSize, raw.prefix(8).elementsEqual(magic) else { return nil }
            docCount = raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
            termCount = raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian
            docTableOffset = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
            dataOffset = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
            entriesOffset = raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian
            blobOffset = raw.loadUnaligned(fromByteOffset: 40, as: UInt64.self).littleEndian
            titleTokens = raw.loadUnaligned(fromByteOffset: 48, as: UInt64.self).littleEndian
            bodyTokens = raw.loadUnaligned(fromByteOffset: 56, as: UInt64.self).littleEndian
            let size = UInt64(raw.count)
            guard docTableOffset == UInt64(headerSize),
                docTableOffset + UInt64(docCount) * UInt64(docRecordSize) == dataOffset,
                dataOffset <= entriesOffset,
                entriesOffset + UInt64(termCount) * UInt64(entrySize) == blobOffset,
                blobOffset <= size
            else { return nil }
        }
    }
}
