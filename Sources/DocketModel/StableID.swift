import Crypto
import Foundation

/// Content-derived identifiers: the same input gives the same id on every machine and run.
///
/// Ids are the first 16 hex digits (64 bits) of a SHA-256 over the parts, joined by a
/// separator that cannot occur in them (U+001F), so `("ab","c")` and `("a","bc")` differ.
public enum StableID {
    public static func make(_ parts: String...) -> String {
        make(parts)
    }

    public static func make(_ parts: [String]) -> String {
        hex(digest(parts).prefix(8))
    }

    /// The same 64 bits as `make`, as a number (for index keys).
    public static func hash64(_ parts: String...) -> UInt64 {
        var v: UInt64 = 0
        for byte in digest(parts).prefix(8) { v = v << 8 | UInt64(byte) }
        return v
    }

    private static func digest(_ parts: [String]) -> SHA256.Digest {
        var hasher = SHA256()
        for (index, part) in parts.enumerated() {
            if index > 0 { withUnsafeBytes(of: UInt8(0x1F)) { hasher.update(bufferPointer: $0) } }
            var part = part
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hasher.finalize()
    }

    /// Full SHA-256 hex digest of text, for content hashes.
    public static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
