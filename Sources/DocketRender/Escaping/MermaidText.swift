/// Text fit for a Mermaid `timeline` inside a fenced code block.
///
/// Inside a code block Markdown escapes do not apply, so the text is reduced instead: letters,
/// digits, spaces and a few harmless marks are kept; a colon (Mermaid's event separator)
/// becomes a dash; anything else (backticks that could close the fence, `#` and `;` that
/// Mermaid reads as entities and statement ends, `%` of comments, brackets, quotes, angle
/// brackets) becomes a space. The result is one line.
public enum MermaidText {
    public static func clean(_ raw: String, limit: Int = 90) -> String {
        var out = String.UnicodeScalarView()
        for scalar in PlainText.oneLine(raw).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.append(scalar)
                continue
            }
            switch scalar {
            case " ", ".", ",", "'", "-", "/", "+", "?", "!", "&", "(", ")", "→":
                out.append(scalar)
            case ":":
                out.append(contentsOf: " -".unicodeScalars)
            default:
                out.append(" ")
            }
        }
        return PlainText.oneLine(String(out), limit: limit)
    }
}
