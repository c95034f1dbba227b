import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file descriptor with the few calls the store needs, each retried on `EINTR` and
/// mapped to `KnowledgeBaseError.io`. Closed when released.
final class POSIXFile {
    let fd: Int32
    let path: String
    private var closed = false

    init(path: String, flags: Int32, mode: mode_t = 0o644) throws {
        var fd: Int32
        repeat { fd = open(path, flags | O_CLOEXEC, mode) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw KnowledgeBaseError.io(path: path, operation: "open", errno: errno) }
        self.fd = fd
        self.path = path
    }

    /// Opens for reading, or returns nil when the file does not exist.
    static func openIfExists(_ path: String) throws -> POSIXFile? {
        do {
            return try POSIXFile(path: path, flags: O_RDONLY)
        } catch KnowledgeBaseError.io(_, _, let code) where code == ENOENT {
            return nil
        }
    }

    deinit {
        if !closed { _ = Glibc.close(fd) }
    }

    func close() throws {
        guard !closed else { return }
        closed = true
        if Glibc.close(fd) != 0 && errno != EINTR {
            throw KnowledgeBaseError.io(path: path, operation: "close", errno: errno)
        }
    }

    func status() throws -> stat {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw KnowledgeBaseError.io(path: path, operation: "stat", errno: errno) }
        return st
    }

    func size() throws -> UInt64 { UInt64(max(0, try status().st_size)) }

    /// Reads up to `buffer.count` bytes at the current position; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Glibc.read(fd, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw KnowledgeBaseError.io(path: path, operation: "read", errno: errno) }
        }
    }

    /// Reads up to `buffer.count` bytes at `offset`; fewer only at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = pread(fd, base + done, buffer.count - done, off_t(offset) + off_t(done))
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw KnowledgeBaseError.io(path: path, operation: "read", errno: errno)
            }
            done += n
        }
        return done
    }

    /// Reads the whole file from the start.
    func readAll() throws -> [UInt8] {
        let expected = Int(try size())
        var out = [UInt8](repeating: 0, count: max(expected, 4096))
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: out.count)) }
            let n = try out.withUnsafeMutableBytes { try read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return out
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw KnowledgeBaseError.io(path: path, operation: "write", errno: errno)
            }
            base += n
            left -= n
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    func write(_ bytes: [UInt8], at offset: UInt64) throws {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = pwrite(fd, base + done, raw.count - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw KnowledgeBaseError.io(path: path, operation: "write", errno: errno)
                }
                done += n
            }
        }
    }

    func sync() throws {
        while fsync(fd) != 0 {
            if errno != EINTR { throw KnowledgeBaseError.io(path: path, operation: "fsync", errno: errno) }
        }
    }

    func truncate(to length: UInt64) throws {
        while ftruncate(fd, off_t(length)) != 0 {
            if errno != EINTR { throw KnowledgeBaseError.io(path: path, operation: "truncate", errno: errno) }
        }
    }
}
