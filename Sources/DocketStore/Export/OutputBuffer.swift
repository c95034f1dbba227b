import Foundation

/// Collects output bytes and hands them to a `FileHandle` in large writes.
struct OutputBuffer {
    private let handle: FileHandle
    private var bytes: [UInt8] = []
    static let flushSize = 256 * 1024

    init(_ handle: FileHandle) {
        self.handle = handle
        bytes.reserveCapacity(Self.flushSize + 4096)
    }

    mutating func append<S: Sequence>(_ more: S) throws where S.Element == UInt8 {
        bytes.append(contentsOf: more)
        if bytes.count >= Self.flushSize { try flush() }
    }

    mutating func append(_ text: String) throws {
        try append(text.utf8)
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try handle.write(contentsOf: Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
