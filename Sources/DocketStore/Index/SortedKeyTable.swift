import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `index/keys.bin`, mapped read-only: a 32-byte header (`DKTKEYS1`, entry count as a
/// little-endian UInt64, 16 reserved bytes) and then entries of two little-endian UInt64s,
/// key and value, sorted by key then value. Lookups are binary searches over the mapping, so
/// a knowledge base of a million items costs a few page reads per key, not a load.
final class SortedKeyTable {
    static let magic = Array("DKTKEYS1".utf8)
    static let headerSize = 32
    static let entrySize = 16

    private let base: UnsafeRawPointer?
    private let length: Int
    let count: Int

    /// An empty table.
    init() {
        base = nil
        length = 0
        count = 0
    }

    /// Maps the file; nil when it is missing, throws `Damage` when it is not a valid table.
    init?(url: URL) throws {
        guard let file = try POSIXFile.openIfExists(url.path) else { return nil }
        let size = Int(try file.size())
        guard size >= Self.headerSize else { throw Damage(reason: "\(url.lastPathComponent) is truncated") }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, file.fd, 0), map != MAP_FAILED else {
            throw KnowledgeBaseError.io(path: url.path, operation: "map", errno: errno)
        }
        let pointer = UnsafeRawPointer(map)
        let header = UnsafeRawBufferPointer(start: pointer, count: Self.headerSize)
        let count = Int(UInt64(littleEndian: header.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        guard header.prefix(8).elementsEqual(Self.magic), count >= 0, count <= (size - Self.headerSize) / Self.entrySize,
            Self.headerSize + count * Self.entrySize == size
        else {
            munmap(map, size)
            throw Damage(reason: "\(url.lastPathComponent) has a bad header or size")
        }
        base = pointer
        length = size
        self.count = count
    }

    struct Damage: Error {
        var reason: String
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), length) }
    }

    func key(at i: Int) -> UInt64 {
        guard let base else { return 0 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: Self.headerSize + i * Self.entrySize, as: UInt64.self))
    }

    func value(at i: Int) -> UInt64 {
        guard let base else { return 0 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: Self.headerSize + i * Self.entrySize + 8, as: UInt64.self))
    }

    /// Every value stored under `key`, ascending.
    func values(for key: UInt64) -> [UInt64] {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self.key(at: mid) < key { low = mid + 1 } else { high = mid }
        }
        var out: [UInt64] = []
        while low < count, self.key(at: low) == key {
            out.append(value(at: low))
            low += 1
        }
        return out
    }

    /// Writes a table of `entries` (sorted, without repeats) atomically.
    static func write(_ entries: [IndexEntry], to url: URL) throws {
        var bytes = [UInt8]()
        bytes.reserveCapacity(headerSize + entries.count * entrySize)
        bytes.append(contentsOf: magic)
        append(UInt64(entries.count), to: &bytes)
        bytes.append(contentsOf: repeatElement(0, count: 16))
        for entry in entries {
            append(entry.key, to: &bytes)
            append(entry.value, to: &bytes)
        }
        try FileSystem.replaceAtomically(url, with: bytes)
    }

    static func append(_ v: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
