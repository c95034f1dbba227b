import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a segment: a file mapped read-only (pages are read as a search touches
/// them; nothing is loaded up front), or a buffer built in memory. Unmapped or freed when
/// released.
final class SegmentBytes {
    let raw: UnsafeRawBufferPointer
    private let mapped: Bool

    /// Maps `url`; nil when it does not exist.
    init?(mapping url: URL) throws {
        guard let file = try POSIXFile.openIfExists(url.path) else { return nil }
        let size = Int(try file.size())
        guard size > 0 else {
            raw = UnsafeRawBufferPointer(start: nil, count: 0)
            mapped = false
            return
        }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, file.fd, 0), map != MAP_FAILED else {
            throw KnowledgeBaseError.io(path: url.path, operation: "map", errno: errno)
        }
        raw = UnsafeRawBufferPointer(start: map, count: size)
        mapped = true
    }

    /// Copies `bytes` into memory of its own.
    init(bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        raw = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<bytes.count])
        mapped = false
    }

    deinit {
        guard let base = raw.baseAddress else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), raw.count)
        } else {
            base.deallocate()
        }
    }
}
