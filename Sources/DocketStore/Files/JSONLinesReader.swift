import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the lines of a JSON Lines file in large chunks, without loading the file.
///
/// A last line without its newline is the remains of an append that was killed: it is not
/// handed out (`Summary.tornBytes` says how long it is), and the next append cuts it off.
/// Blank lines are skipped.
struct JSONLinesReader {
    /// One complete line, without its newline. `number` is 1-based when reading started at
    /// offset 0, else counted from the starting offset.
    struct Line {
        var number: Int
        var offset: UInt64
        var bytes: UnsafeRawBufferPointer
    }

    struct Summary {
        /// Offset just past the last complete line.
        var completeEnd: UInt64
        /// Bytes after it: a torn last line.
        var tornBytes: UInt64
        var lines: Int
    }

    static let chunkSize = 1 << 20

    /// Calls `body` for each complete, non-blank line from `offset` on. A missing file has no lines.
    @discardableResult
    static func forEachLine(in url: URL, from offset: UInt64 = 0, _ body: (Line) throws -> Void) throws -> Summary {
        guard let file = try POSIXFile.openIfExists(url.path) else { return Summary(completeEnd: 0, tornBytes: 0, lines: 0) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        var bufferOffset = offset  // file offset of buffer[0]
        var readOffset = offset
        var lineNumber = 0
        var lines = 0
        while true {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = try buffer.withUnsafeMutableBytes { raw in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), at: readOffset)
            }
            if n == 0 { break }
            readOffset += UInt64(n)
            let end = filled + n
            var start = 0
            try buffer.withUnsafeBytes { raw in
                var scan = filled
                while scan < end {
                    guard let base = raw.baseAddress,
                        let hit = memchr(base + scan, 0x0A, end - scan)
                    else { break }
                    let newline = base.distance(to: UnsafeRawPointer(hit))
                    lineNumber += 1
                    let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<newline])
                    if !isBlank(bytes) {
                        lines += 1
                        try body(Line(number: lineNumber, offset: bufferOffset + UInt64(start), bytes: bytes))
                    }
                    start = newline + 1
                    scan = start
                }
            }
            // Keep the unfinished line at the front of the buffer.
            if start > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    memmove(base, base + start, end - start)
                }
                bufferOffset += UInt64(start)
            }
            filled = end - start
        }
        return Summary(completeEnd: bufferOffset, tornBytes: UInt64(filled), lines: lines)
    }

    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// True when `needle` occurs in `bytes` (`memchr` for its first byte, then a compare).
    static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let base = bytes.baseAddress, let head = needle.first, bytes.count >= needle.count else { return false }
        let last = bytes.count - needle.count
        var at = 0
        return needle.withUnsafeBytes { n in
            guard let nb = n.baseAddress else { return false }
            while at <= last {
                guard let hit = memchr(base + at, Int32(head), last - at + 1) else { return false }
                let found = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + found, nb, needle.count) == 0 { return true }
                at = found + 1
            }
            return false
        }
    }

    /// Reads the complete line starting at `offset`, or nil when `offset` is not the start
    /// of a complete line (a stale index entry).
    static func line(in file: POSIXFile, at offset: UInt64) throws -> [UInt8]? {
        if offset > 0 {
            var before: UInt8 = 0
            let n = try withUnsafeMutableBytes(of: &before) { try file.read(into: $0, at: offset - 1) }
            guard n == 1, before == 0x0A else { return nil }
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var at = offset
        while true {
            let n = try chunk.withUnsafeMutableBytes { try file.read(into: $0, at: at) }
            if n == 0 { return nil }
            if let newline = chunk[0..<n].firstIndex(of: 0x0A) {
                out.append(contentsOf: chunk[0..<newline])
                return out
            }
            out.append(contentsOf: chunk[0..<n])
            at += UInt64(n)
            if chunk.count < 1 << 20 { chunk = [UInt8](repeating: 0, count: chunk.count * 2) }
        }
    }

    /// The 1-based number of the line that starts at `offset` (counts the newlines before it).
    static func lineNumber(atOffset offset: UInt64, in url: URL) -> Int? {
        guard let file = try? POSIXFile.openIfExists(url.path) else { return nil }
        var count = 1
        var at: UInt64 = 0
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while at < offset {
            let want = Int(min(UInt64(chunk.count), offset - at))
            guard let n = try? chunk.withUnsafeMutableBytes({ try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<want]), at: at) }),
                n > 0
            else { break }
            for byte in chunk[0..<n] where byte == 0x0A { count += 1 }
            at += UInt64(n)
        }
        return count
    }
}
