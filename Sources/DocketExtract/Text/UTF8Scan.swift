/// Small UTF-8 helpers for the byte scanners (tokenizer, sentence splitter).
enum UTF8Scan {
    /// The scalar at `i` and its length in bytes; a malformed sequence reads as U+FFFD, one byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        func cont(_ k: Int) -> UInt32? {
            guard k < n, bytes[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(i + 1) {
            if let s = Unicode.Scalar((UInt32(b0 & 0x1F) << 6) | c1) { return (s, 2) }
        } else if b0 & 0xF0 == 0xE0, let c1 = cont(i + 1), let c2 = cont(i + 2) {
            if let s = Unicode.Scalar((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2) { return (s, 3) }
        } else if b0 & 0xF8 == 0xF0, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
            if let s = Unicode.Scalar((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3) { return (s, 4) }
        }
        return ("\u{FFFD}", 1)
    }

    /// Letters (any script), digits, and combining marks.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return Tokenizer.isASCIIWordByte(UInt8(s.value)) }
        if s.value == 0xFFFD { return false }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Han, Hiragana and Katakana: written without spaces, so each character is a token.
    @inline(__always)
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always)
    static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
