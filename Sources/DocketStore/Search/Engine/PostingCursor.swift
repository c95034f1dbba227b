/// Walks one term's postings in a segment: documents in increasing order with their title
/// and body frequencies, positions decoded only when asked for. `advance(to:)` jumps whole
/// blocks through the skip table, so intersecting a rare term with a common one reads a
/// few blocks of the common one, not all of it.
final class PostingCursor {
    static let end = UInt32.max

    let df: Int
    private let skips: UnsafeRawPointer?
    private let blocks: Int
    private let docStart: UnsafePointer<UInt8>
    private let posStart: UnsafePointer<UInt8>

    /// The current document (`end` once exhausted); meaningful after `next()` or `advance(to:)`.
    private(set) var doc: UInt32 = 0
    private(set) var titleTF: UInt32 = 0
    private(set) var bodyTF: UInt32 = 0
    private(set) var started = false

    private var p: UnsafePointer<UInt8>
    private var read = 0
    private var previous: UInt32 = 0
    private var posP: UnsafePointer<UInt8>
    private var posSkip = 0
    private var positionsPending = false

    init(base: UnsafeRawPointer, info: TermInfo) {
        df = Int(info.df)
        blocks = info.blockCount
        let data = base + Int(info.dataOffset)
        skips = info.skipTableBytes > 0 ? data : nil
        docStart = (data + info.skipTableBytes).assumingMemoryBound(to: UInt8.self)
        posStart = docStart + Int(info.docBytes)
        p = docStart
        posP = posStart
    }

    @inline(__always)
    private func lastDoc(ofBlock b: Int) -> UInt32 {
        skips!.loadUnaligned(fromByteOffset: b * SegmentLayout.skipEntrySize, as: UInt32.self).littleEndian
    }

    /// The next document, or `end`.
    @inline(__always)
    func next() -> UInt32 {
        started = true
        guard read < df else {
            doc = Self.end
            return doc
        }
        if positionsPending { posSkip &+= Int(titleTF &+ bodyTF) }
        let d = previous &+ Varint.read(&p)
        let packed = Varint.read(&p)
        var t = packed & 3
        if t == 3 { t &+= Varint.read(&p) }
        titleTF = t
        bodyTF = packed >> 2
        previous = d
        read &+= 1
        positionsPending = true
        doc = d
        return d
    }

    /// The first document at or after `target`, or `end`.
    func advance(to target: UInt32) -> UInt32 {
        if started && (doc >= target) { return doc }
        if let skips {
            let b = read / SegmentLayout.blockSize
            if b < blocks, lastDoc(ofBlock: b) < target {
                var low = b + 1
                var high = blocks
                while low < high {
                    let mid = (low + high) / 2
                    if lastDoc(ofBlock: mid) < target { low = mid + 1 } else { high = mid }
                }
                if low >= blocks {
                    started = true
                    read = df
                    doc = Self.end
                    return doc
                }
                let entry = skips + low * SegmentLayout.skipEntrySize
                p = docStart + Int(entry.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian)
                posP = posStart + Int(entry.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
                posSkip = 0
                positionsPending = false
                previous = lastDoc(ofBlock: low - 1)
                read = low * SegmentLayout.blockSize
            }
        }
        var d = next()
        while d < target { d = next() }
        return d
    }

    /// The positions of the current document, ascending (title positions first).
    func positions(into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        guard positionsPending else { return }
        if posSkip > 0 {
            Varint.skip(posSkip, &posP)
            posSkip = 0
        }
        var position: UInt32 = 0
        let count = Int(titleTF + bodyTF)
        for i in 0..<count {
            let delta = Varint.read(&posP)
            position = i == 0 ? delta : position &+ delta
            out.append(position)
        }
        positionsPending = false
    }

    /// The encoded positions of the current document, as stored (for merging segments).
    func rawPositions() -> UnsafeRawBufferPointer {
        guard positionsPending else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        if posSkip > 0 {
            Varint.skip(posSkip, &posP)
            posSkip = 0
        }
        let start = posP
        Varint.skip(Int(titleTF + bodyTF), &posP)
        positionsPending = false
        return UnsafeRawBufferPointer(start: start, count: posP - start)
    }
}
