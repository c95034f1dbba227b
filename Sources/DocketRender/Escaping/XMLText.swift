/// Text and attribute values for XML 1.0 output (the Atom feed): `&`, `<`, `>` and `"` (and
/// in attributes `'` too) become references, and characters XML 1.0 forbids (controls other
/// than tab and newline, U+FFFE, U+FFFF) are dropped. Quotes are escaped in text as well, so
/// that even a careless reader of the XML cannot take feed text for an attribute.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    public static func attribute(_ text: String) -> String {
        var out = ""
        for s in escape(text).unicodeScalars {
            switch s {
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x09 || v == 0x0A { return true }
        if v < 0x20 { return false }
        return v != 0xFFFE && v != 0xFFFF
    }
}
