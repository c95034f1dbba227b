/// Whitespace handling shared by the text paths: runs of XML whitespace become one space,
/// and the ends are trimmed (no-break spaces are content and are kept).
enum TextCollapse {
    /// Collapses whitespace in UTF-8 bytes into a String, in one pass, without intermediate arrays.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false
            for c in bytes {
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                    pendingSpace = n > 0
                } else {
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    out[n] = c
                    n += 1
                }
            }
            return n
        }
    }

    static func collapse(_ string: String) -> String {
        var s = string
        return s.withUTF8 { collapse($0) }
    }
}
