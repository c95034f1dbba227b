import Foundation

/// Builds a segment in memory, one document at a time, then writes it (`SegmentOutput`).
///
/// Each document is a title, a body made of parts (summary, content…) and filter values.
/// Terms get positions: the title's from 0, the body's from the title's length + 1, with a
/// gap of one between body parts, so that a phrase never spans two fields or parts.
final class SegmentBuilder {
    private var table = TermTable()
    private var encoders: [PostingEncoder] = []
    private(set) var docs: [DocRecord] = []
    private var titleTokens: UInt64 = 0
    private var bodyTokens: UInt64 = 0
    private var pairs: [UInt64] = []
    private var scratch: [UInt8] = []
    private var postingBytes = 0
    private let analyzer: TextAnalyzer

    /// A position that marks a filter value (it has no place in the text).
    private static let filterPosition = UInt32.max

    init(analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
    }

    var docCount: Int { docs.count }

    /// Memory held, roughly: when it passes a budget, write the segment and start another.
    var footprint: Int { postingBytes + table.footprint + encoders.count * 100 + docs.count * 24 }

    /// Adds a document with the next local id. Text is UTF-8.
    func add(
        title: UnsafeRawBufferPointer, body: [UnsafeRawBufferPointer], filters: [[UInt8]], date: Int64, span: UInt32,
        location: UInt64
    ) {
        let doc = UInt32(docs.count)
        pairs.removeAll(keepingCapacity: true)
        var position: UInt32 = 0
        analyzer.forEachTerm(in: title) { term, _ in
            pairs.append(UInt64(UInt32(bitPattern: table.id(term))) << 32 | UInt64(position))
            position += 1
        }
        let titleLength = position
        var bodyLength: UInt32 = 0
        for part in body {
            position += 1
            analyzer.forEachTerm(in: part) { term, _ in
                pairs.append(UInt64(UInt32(bitPattern: table.id(term))) << 32 | UInt64(position))
                position += 1
                bodyLength += 1
            }
        }
        for value in filters {
            value.withUnsafeBytes { pairs.append(UInt64(UInt32(bitPattern: table.id($0))) << 32 | UInt64(Self.filterPosition)) }
        }
        while encoders.count < table.count { encoders.append(PostingEncoder()) }
        pairs.sort()

        var i = 0
        while i < pairs.count {
            let term = Int(pairs[i] >> 32)
            var titleTF: UInt32 = 0
            var bodyTF: UInt32 = 0
            var previous: UInt32 = 0
            scratch.removeAll(keepingCapacity: true)
            while i < pairs.count, Int(pairs[i] >> 32) == term {
                let p = UInt32(truncatingIfNeeded: pairs[i])
                i += 1
                if p == Self.filterPosition { continue }
                if titleTF + bodyTF > 0 && p == previous { continue }
                if p < titleLength { titleTF += 1 } else { bodyTF += 1 }
                Varint.append(p - (titleTF + bodyTF == 1 ? 0 : previous), to: &scratch)
                previous = p
            }
            let before = encoders[term].docs.count + encoders[term].positions.count
            scratch.withUnsafeBytes {
                encoders[term].add(doc: doc, titleTF: titleTF, bodyTF: bodyTF, encodedPositions: $0)
            }
            postingBytes += encoders[term].docs.count + encoders[term].positions.count - before
        }
        titleTokens += UInt64(titleLength)
        bodyTokens += UInt64(bodyLength)
        docs.append(
            DocRecord(
                date: date, location: location, titleLength: UInt16(min(titleLength, 65_535)),
                bodyLength: UInt16(min(bodyLength, 65_535)), span: span))
    }

    /// Writes the segment to `output`; returns the bytes for an in-memory output.
    @discardableResult
    func write(to output: SegmentOutput) throws -> [UInt8] {
        var header = SegmentLayout.Header()
        header.docCount = UInt32(docs.count)
        header.termCount = UInt32(table.count)
        header.titleTokens = titleTokens
        header.bodyTokens = bodyTokens
        try output.append([UInt8](repeating: 0, count: SegmentLayout.headerSize))
        try output.append(DocTable.bytes(docs))
        header.dataOffset = output.offset
        let order = table.sortedIDs()
        var entries: [UInt8] = []
        entries.reserveCapacity(order.count * SegmentLayout.entrySize)
        var blob: [UInt8] = []
        for id in order {
            let encoder = encoders[id]
            let range = table.range(id)
            LittleEndian.append(UInt32(blob.count), to: &entries)
            LittleEndian.append(UInt16(range.count), to: &entries)
            LittleEndian.append(UInt16(0), to: &entries)
            LittleEndian.append(encoder.df, to: &entries)
            LittleEndian.append(output.offset, to: &entries)
            LittleEndian.append(UInt32(encoder.docs.count), to: &entries)
            LittleEndian.append(UInt32(encoder.positions.count), to: &entries)
            blob.append(contentsOf: table.arena[range])
            try output.append { encoder.write(to: &$0) }
        }
        header.entriesOffset = output.offset
        try output.append(entries)
        header.blobOffset = output.offset
        try output.append(blob)
        return try output.finish(header: header)
    }
}
