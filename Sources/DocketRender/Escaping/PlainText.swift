/// Feed text made fit for one line of a document: whitespace runs (newlines, tabs, Unicode
/// separators) become one space, control, bidirectional-override and zero-width characters
/// are dropped, and long text is shortened at a word boundary.
///
/// Every escaper in this module starts here, so that no value can carry a newline (which
/// would end a table row or start a Markdown block) or reorder what a reader sees.
public enum PlainText {
    /// `text` on one line, trimmed.
    public static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .keep:
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            case .space:
                pendingSpace = true
            case .drop:
                continue
            }
        }
        return String(out)
    }

    /// `text` on one line, cut to at most `limit` characters at a word boundary, with `…`
    /// when something was cut.
    public static func oneLine(_ text: String, limit: Int) -> String {
        shorten(oneLine(text), to: limit)
    }

    /// Cuts one-line text to at most `limit` characters (the last being `…`), at the last
    /// space when there is one in the second half, else mid-word.
    public static func shorten(_ text: String, to limit: Int) -> String {
        guard limit > 1, text.count > limit else { return text }
        var cut = String(text.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last == " " || last == "," || last == ";" || last == ":" { cut.removeLast() }
        return cut + "…"
    }

    private enum Class { case keep, space, drop }

    private static func classify(_ s: Unicode.Scalar) -> Class {
        let v = s.value
        if v < 0x20 || v == 0x7F { return (v == 0x09 || v == 0x0A || v == 0x0B || v == 0x0C || v == 0x0D) ? .space : .drop }
        if v == 0x20 { return .space }
        if v < 0x7F { return .keep }
        switch v {
        case 0x80...0x9F: return v == 0x85 ? .space : .drop  // C1 controls; NEL is a line break
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF: return .drop  // zero-width, direction marks
        case 0x202A...0x202E, 0x2066...0x2069: return .drop  // bidirectional embeddings, overrides, isolates
        case 0xFFF9...0xFFFB, 0xE0000...0xE007F: return .drop  // interlinear annotations, tag characters
        default: return .keep
        }
    }
}
