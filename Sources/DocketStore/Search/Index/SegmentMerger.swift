import Foundation

/// Merges segments into one: doc tables are concatenated (segment order gives the new doc
/// ids), and each term's postings are re-encoded with the doc ids shifted, positions copied
/// as they are. Streams from the mapped inputs to the output; only the dictionary is held.
enum SegmentMerger {
    @discardableResult
    static func merge(_ segments: [SegmentReader], into output: SegmentOutput) throws -> [UInt8] {
        var header = SegmentLayout.Header()
        try output.append([UInt8](repeating: 0, count: SegmentLayout.headerSize))
        var bases: [UInt32] = []
        var docs: UInt64 = 0
        for s in segments {
            try s.validate()
            bases.append(UInt32(docs))
            docs += UInt64(s.docCount)
            header.titleTokens += s.header.titleTokens
            header.bodyTokens += s.header.bodyTokens
        }
        // The doc tables, column by column (`DocTable`).
        for (offset, width) in [(0, 8), (8, 8), (16, 2), (18, 2), (20, 4)] {
            for s in segments {
                let start = s.base + Int(s.header.docTableOffset) + offset * s.docCount
                try output.append(Array(UnsafeRawBufferPointer(start: start, count: width * s.docCount)))
            }
        }
        guard docs < UInt64(UInt32.max) else {
            throw KnowledgeBaseError.invalid(message: "a search segment cannot hold more than 4 billion records")
        }
        header.docCount = UInt32(docs)
        header.dataOffset = output.offset

        var next = Array(repeating: 0, count: segments.count)
        var entries: [UInt8] = []
        var blob: [UInt8] = []
        var encoder = PostingEncoder()
        var terms: UInt32 = 0
        while true {
            // The smallest term not yet written, and the segments that have it.
            var least: UnsafeRawBufferPointer?
            var holders: [Int] = []
            for (k, s) in segments.enumerated() where next[k] < s.termCount {
                let t = s.term(at: next[k]).term
                if let l = least {
                    let c = compare(t, l)
                    if c < 0 {
                        least = t
                        holders = [k]
                    } else if c == 0 {
                        holders.append(k)
                    }
                } else {
                    least = t
                    holders = [k]
                }
            }
            guard let term = least else { break }
            encoder.removeAll()
            for k in holders {
                let info = segments[k].term(at: next[k]).info
                let cursor = segments[k].cursor(info)
                var d = cursor.next()
                while d != PostingCursor.end {
                    encoder.add(
                        doc: d + bases[k], titleTF: cursor.titleTF, bodyTF: cursor.bodyTF, encodedPositions: cursor.rawPositions())
                    d = cursor.next()
                }
                next[k] += 1
            }
            LittleEndian.append(UInt32(blob.count), to: &entries)
            LittleEndian.append(UInt16(term.count), to: &entries)
            LittleEndian.append(UInt16(0), to: &entries)
            LittleEndian.append(encoder.df, to: &entries)
            LittleEndian.append(output.offset, to: &entries)
            LittleEndian.append(UInt32(encoder.docs.count), to: &entries)
            LittleEndian.append(UInt32(encoder.positions.count), to: &entries)
            blob.append(contentsOf: term)
            try output.append { encoder.write(to: &$0) }
            terms += 1
        }
        header.termCount = terms
        header.entriesOffset = output.offset
        try output.append(entries)
        header.blobOffset = output.offset
        try output.append(blob)
        return try output.finish(header: header)
    }

    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int32 {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return c }
        }
        return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    }
}
