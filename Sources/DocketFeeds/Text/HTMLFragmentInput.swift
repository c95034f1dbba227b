import Foundation

/// An HTML fragment made ready for libxml2 2.9's HTML parser, for `HTMLTextConverter` (text)
/// and `HTMLLinkResolver` (markup kept): NULs dropped, and two constructs the parser read
/// differently from one run to the next (the same fragment, even in the same process) written
/// so that it reads them one way every time. Found by fuzzing (see Fuzz/README.md).
enum HTMLFragmentInput {
    /// The fragment's bytes as libxml2 should get them, after `prefix`.
    static func bytes(of html: String, after prefix: String) -> [UInt8] {
        var html = html
        return html.withUTF8 { source -> [UInt8] in
            var out = Array(prefix.utf8)
            guard let base = source.baseAddress, source.count > 0 else { return out }
            let escapes = ambiguousReferences(base, source.count)
            let rewriting = escapes > 0 || bogusComments(base, source.count) > 0
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: source.count + 4 * escapes))
            let written = out.withUnsafeMutableBufferPointer {
                copy(base, source.count, rewriting: rewriting, to: $0.baseAddress! + start)
            }
            out.removeLast(out.count - start - written)
            return out
        }
    }

    /// Copies the fragment for libxml2 without NULs: it stops at one that begins a text run
    /// (and reads one inside a run as a space); browsers drop them. With `rewriting`, each
    /// ambiguous reference's `&` (see `isAmbiguousReference`) is written as `&amp;`, and each
    /// bogus comment (see `isBogusComment`) is left out. Returns the bytes written.
    static func copy(
        _ bytes: UnsafePointer<UInt8>, _ count: Int, rewriting: Bool, to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        if !rewriting, memchr(bytes, 0, count) == nil {
            output.update(from: bytes, count: count)
            return count
        }
        var written = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == 0 { continue }
            if rewriting, byte == 0x26 /* & */, isAmbiguousReference(bytes, index - 1, count) {
                for byte in "&amp;".utf8 {
                    output[written] = byte
                    written += 1
                }
                continue
            }
            if rewriting, byte == 0x3C /* < */, isBogusComment(bytes, index - 1, count) {
                // Up to and with its `>` (or to the end), as libxml2 and browsers skip it.
                while index < count, bytes[index] != 0x3E { index += 1 }
                index += 1
                continue
            }
            output[written] = byte
            written += 1
        }
        return written
    }

    /// How many bogus comments the fragment has (see `isBogusComment`).
    static func bogusComments(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var found = 0
        var start = 0
        while start < count, let next = memchr(bytes + start, 0x3C /* < */, count - start) {
            let index = bytes.distance(to: next.assumingMemoryBound(to: UInt8.self))
            if isBogusComment(bytes, index, count) { found += 1 }
            start = index + 1
        }
        return found
    }

    /// True for `<!` not followed by `--` (`<![CDATA[`, `<!x>`, `<!DOCTYPE html>`): a bogus
    /// comment to libxml2 2.9's HTML parser as to browsers, skipped up to its `>`. But the same
    /// fragment came out of libxml2 with such a one kept as text in some runs (one process to
    /// the next, and within one): left out before libxml2 reads the fragment, it is skipped
    /// every time.
    static func isBogusComment(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        guard index + 1 < count, bytes[index + 1] == 0x21 /* ! */ else { return false }
        return !(index + 3 < count && bytes[index + 2] == 0x2D && bytes[index + 3] == 0x2D)
    }

    /// How many ambiguous references the fragment has (see `isAmbiguousReference`).
    static func ambiguousReferences(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
        guard var found = memchr(bytes, 0x26 /* & */, count) else { return 0 }
        var escapes = 0
        while true {
            let index = bytes.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if isAmbiguousReference(bytes, index, count) { escapes += 1 }
            guard index + 1 < count, let next = memchr(bytes + index + 1, 0x26, count - index - 1) else { break }
            found = next
        }
        return escapes
    }

    /// True for an `&` followed by a name that libxml2 2.9's HTML parser would read on into
    /// characters past ASCII letters and digits, or into `.`, `-`, `_` or `:` (`&a\u{FF}…`,
    /// `&x.y`), without a `;` after its ASCII part. Such a name is text (libxml2 writes `&` and
    /// the name back), but how much of it libxml2 reports depends on its buffers: the same
    /// fragment came out as `&aÿÿÿ…` or `&ÿÿÿÿ…` from one run to the next. Written as `&amp;`
    /// it is the same text every time.
    static func isAmbiguousReference(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        var end = index + 1
        guard end < count, HTMLTextBytes.isLetter(bytes[end]) || bytes[end] >= 0x80 || bytes[end] == 0x5F
            || bytes[end] == 0x3A
        else { return false }
        while end < count, HTMLTextBytes.isAlphanumeric(bytes[end]) { end += 1 }
        guard end < count else { return false }
        let next = bytes[end]
        return next >= 0x80 || next == 0x2E || next == 0x2D || next == 0x5F || next == 0x3A
    }
}
