/// Builds one term's postings in the segment format (`SegmentLayout`): documents in
/// increasing order, each with its title and body frequencies and positions.
struct PostingEncoder {
    private(set) var docs: [UInt8] = []
    private(set) var positions: [UInt8] = []
    /// Triples per block: last doc, doc stream start, position stream start.
    private(set) var skips: [UInt32] = []
    private(set) var df: UInt32 = 0
    private var lastDoc: UInt32 = 0

    /// Adds a document; `positions` are its positions of this term, ascending, already
    /// delta-encoded as varints (`positionCount` of them).
    @inline(__always)
    mutating func add(doc: UInt32, titleTF: UInt32, bodyTF: UInt32, encodedPositions: UnsafeRawBufferPointer) {
        if df % UInt32(SegmentLayout.blockSize) == 0 {
            skips.append(doc)
            skips.append(UInt32(docs.count))
            skips.append(UInt32(positions.count))
        }
        Varint.append(doc &- lastDoc, to: &docs)
        Varint.append(bodyTF << 2 | min(titleTF, 3), to: &docs)
        if titleTF >= 3 { Varint.append(titleTF - 3, to: &docs) }
        positions.append(contentsOf: encodedPositions)
        lastDoc = doc
        skips[skips.count - 3] = doc
        df += 1
    }

    /// Bytes of the skip table as stored (empty for a single block).
    var skipTableSize: Int { df > UInt32(SegmentLayout.blockSize) ? skips.count * 4 : 0 }

    /// Bytes the term's data takes.
    var dataSize: Int { skipTableSize + docs.count + positions.count }

    /// Appends the term's data (skip table, doc stream, position stream) to `out`.
    func write(to out: inout [UInt8]) {
        if skipTableSize > 0 { for v in skips { LittleEndian.append(v, to: &out) } }
        out.append(contentsOf: docs)
        out.append(contentsOf: positions)
    }

    mutating func removeAll() {
        docs.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        skips.removeAll(keepingCapacity: true)
        df = 0
        lastDoc = 0
    }
}
