/// Appending fixed-width little-endian integers to a byte buffer.
enum LittleEndian {
    @inline(__always)
    static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
