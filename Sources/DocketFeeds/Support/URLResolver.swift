import CLibXML2

/// Resolves relative references (links, enclosures, ids) against a base URI, as RFC 3986
/// describes, with libxml2's URI module.
enum URLResolver {
    /// `reference` resolved against `base`; the reference itself (trimmed) when there is no
    /// base, it is already absolute, or resolution fails.
    static func resolve(_ reference: String, against base: String?) -> String {
        let ref = reference.trimmingXMLSpace()
        guard let base, !base.isEmpty, !ref.isEmpty, !hasScheme(ref) else { return ref }
        guard let built = xmlBuildURI(ref, base) else { return ref }
        defer { docket_xml_free(built) }
        return String(cString: built)
    }

    /// True when the string starts with `scheme:` (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
    static func hasScheme(_ s: String) -> Bool {
        var first = true
        for c in s.utf8 {
            if c == UInt8(ascii: ":") { return !first }
            let alpha = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            let other = (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            if first ? !alpha : !(alpha || other) { return false }
            first = false
        }
        return false
    }

    /// The lowercased scheme, if any.
    static func scheme(of s: String) -> String? {
        guard hasScheme(s), let colon = s.firstIndex(of: ":") else { return nil }
        return s[..<colon].lowercased()
    }
}


extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        let u = self.utf8
        guard let first = u.firstIndex(where: { !isXMLSpace($0) }) else { return "" }
        let last = u.lastIndex(where: { !isXMLSpace($0) })!
        if first == u.startIndex && last == u.index(before: u.endIndex) { return self }
        return String(self[first...last])
    }
}

@inline(__always) func isXMLSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
}
