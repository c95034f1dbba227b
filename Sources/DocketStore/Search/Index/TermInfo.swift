/// Where one term's postings are in a segment.
struct TermInfo {
    var df: UInt32
    /// Absolute offset of the term's data (skip table, then doc stream, then positions).
    var dataOffset: UInt64
    var docBytes: UInt32
    var positionBytes: UInt32

    var blockCount: Int { (Int(df) + SegmentLayout.blockSize - 1) / SegmentLayout.blockSize }
    var skipTableBytes: Int { df > UInt32(SegmentLayout.blockSize) ? blockCount * SegmentLayout.skipEntrySize : 0 }
}
