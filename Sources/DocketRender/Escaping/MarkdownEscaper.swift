/// Escapes feed text for where it lands in a Markdown document: inline text, table cells,
/// headings and link text, in two styles.
///
/// - `commonMark`, for Markdown output read by people and by GitHub or any CommonMark/GFM
///   renderer: backslash escapes (`\*`, `\|`, `\[`), `&lt;` and `&gt;` for angle brackets,
///   `&amp;` only where an `&` would start a character reference.
/// - `entities`, for Markdown that Ink turns into HTML: Ink does not honour backslash
///   escapes before `<`, `[` or `` ` ``, but passes character references through, so every
///   special character becomes a numeric reference (`&#124;` for `|`).
///
/// Either way the result is one line (see `PlainText`), so it can stand in a table cell, a
/// list item or a heading, and no feed text can open a link, an image, emphasis, code, raw
/// HTML, a table column or a new block. Pipes are always escaped, so any field may be put in
/// a table by a template.
public struct MarkdownEscaper: Sendable, Hashable {
    /// How special characters are neutralised.
    public enum Style: String, Sendable, Hashable {
        case commonMark
        case entities
    }

    public let style: Style

    public init(style: Style) {
        self.style = style
    }

    /// The style that suits an output format: `commonMark` for Markdown, `entities` for HTML
    /// (Markdown rendered by Ink).
    public init(for format: OutputFormat) {
        self.style = format == .html ? .entities : .commonMark
    }

    /// Feed text as one escaped line; `limit` (in characters, before escaping) shortens it
    /// at a word boundary.
    public func text(_ raw: String?, limit: Int? = nil) -> String {
        guard let raw else { return "" }
        let line = limit.map { PlainText.oneLine(raw, limit: $0) } ?? PlainText.oneLine(raw)
        return escape(line)
    }

    /// A link target fit for `[text](target)`: an absolute http or https URL, percent-encoded
    /// where Markdown or HTML would misread it; nil for anything else (`javascript:`, `data:`,
    /// relative links, credentials in the authority).
    public func link(_ raw: String?) -> String? {
        SafeLink.http(raw)
    }

    /// Escapes one line that `PlainText` has already cleaned.
    func escape(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        let scalars = Array(line.unicodeScalars)
        let listMarkerEnd = Self.orderedListMarkerEnd(scalars)
        for (i, s) in scalars.enumerated() {
            if let replacement = replacement(for: s, at: i, in: scalars, listMarkerEnd: listMarkerEnd) {
                out += replacement
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    private func replacement(for s: Unicode.Scalar, at i: Int, in scalars: [Unicode.Scalar], listMarkerEnd: Int?) -> String? {
        switch s {
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "&":
            if style == .entities || Self.startsCharacterReference(scalars, at: i) { return "&amp;" }
            return nil
        case "\\", "`", "*", "_", "[", "]", "|", "~":
            return style == .commonMark ? "\\" + String(s) : "&#\(s.value);"
        case "$":
            // GitHub reads $…$ as mathematics.
            return style == .commonMark ? "\\$" : nil
        case "#", "-", "+", "=":
            // Only at the start, where they would begin a heading, a list or a rule.
            guard i == 0 else { return nil }
            return style == .commonMark ? "\\" + String(s) : "&#\(s.value);"
        case ".", ")":
            guard i == listMarkerEnd else { return nil }
            return style == .commonMark ? "\\" + String(s) : "&#\(s.value);"
        default:
            return nil
        }
    }

    /// The index of the `.` or `)` of a leading ordered-list marker (`2026. `), if any.
    private static func orderedListMarkerEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < scalars.count, i < 10, ("0"..."9").contains(scalars[i]) { i += 1 }
        guard i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" else { return nil }
        return i
    }

    /// True when `&` at `i` begins something a Markdown or HTML reader would take for a
    /// character reference: `&name;`, `&#123;`, `&#x1F;`.
    private static func startsCharacterReference(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        var count = 0
        while j < scalars.count, count <= 32 {
            let c = scalars[j]
            if c == ";" { return count > 0 }
            guard c.properties.isASCIIHexDigit || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "#" else {
                return false
            }
            j += 1
            count += 1
        }
        return false
    }
}
