import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a segment is written: a file (buffered, then fsynced and renamed into place) or a
/// byte array (segments built for one search: the unindexed tail, the small record files).
/// Writes the layout of `SegmentLayout` front to back and the header last.
final class SegmentOutput {
    private var buffer: [UInt8] = []
    private let file: POSIXFile?
    private let temporary: URL?
    private let target: URL?
    /// Bytes written so far (the offset of the next byte).
    private(set) var offset: UInt64 = 0
    private var finished = false
    private static let flushSize = 4 << 20

    /// An output that collects the segment in memory.
    init() {
        file = nil
        temporary = nil
        target = nil
    }

    /// An output that writes `url` (through a temporary file next to it).
    init(url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent)\(FileSystem.temporaryMarker)\(getpid())-\(UInt32.random(in: .min ... .max))")
        file = try POSIXFile(path: temporary.path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
        self.temporary = temporary
        self.target = url
        buffer.reserveCapacity(Self.flushSize + (1 << 16))
    }

    deinit {
        if let temporary, !finished { unlink(temporary.path) }
    }

    func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        offset += UInt64(bytes.count)
        if file != nil, buffer.count >= Self.flushSize { try flush() }
    }

    /// Lets `body` append to the buffer directly (for many small pieces).
    func append(_ body: (inout [UInt8]) -> Void) throws {
        let before = buffer.count
        body(&buffer)
        offset += UInt64(buffer.count - before)
        if file != nil, buffer.count >= Self.flushSize { try flush() }
    }

    private func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the header at the start and, for a file, makes it durable and renames it into
    /// place. Returns the bytes for an in-memory output (empty for a file).
    func finish(header: SegmentLayout.Header) throws -> [UInt8] {
        let head = header.bytes()
        guard let file, let temporary, let target else {
            buffer.replaceSubrange(0..<head.count, with: head)
            return buffer
        }
        try flush()
        try file.write(head, at: 0)
        try file.sync()
        try file.close()
        finished = rename(temporary.path, target.path) == 0
        guard finished else {
            throw KnowledgeBaseError.io(path: target.path, operation: "rename a temporary file onto", errno: errno)
        }
        try FileSystem.syncDirectory(target.deletingLastPathComponent())
        return []
    }
}
