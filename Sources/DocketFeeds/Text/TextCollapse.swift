/// Whitespace handling shared by the text paths: runs of XML whitespace (and U+00A0 no-break
/// spaces are kept) become one space, and the ends are trimmed.
enum TextCollapse {
    /// Collapses whitespace in UTF-8 bytes into a String.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for c in bytes {
            if isXMLSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func collapse(_ string: String) -> String {
        var s = string
        return s.withUTF8 { collapse($0) }
    }
}
