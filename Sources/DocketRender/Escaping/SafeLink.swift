/// Link targets Docket is willing to print: absolute `http` and `https` URLs only.
///
/// Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, relative or
/// protocol-relative links, URLs with credentials before the host, hosts that are not plain
/// ASCII) gives nil and the link is dropped, keeping its text. What is kept is rewritten so
/// that no reader can misparse it: the scheme lowercased, and every byte that could end a
/// Markdown link destination, break out of an HTML attribute or split a table cell
/// (space, `(`, `)`, `<`, `>`, `"`, `'`, `|`, `\`, `` ` ``, `[`, `]`, `{`, `}`, `^`, `*`,
/// controls, non-ASCII) percent-encoded.
public enum SafeLink {
    /// The longest link kept, in bytes.
    public static let maximumLength = 4096

    public static func http(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var bytes = Array(PlainText.oneLine(raw).utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return nil }
        // Scheme.
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        bytes.removeSubrange(..<(colon + 1))
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "/"), bytes[1] == UInt8(ascii: "/") else { return nil }
        bytes.removeFirst(2)
        // Authority: host and optional port; no user information, nothing unusual.
        let authorityEnd = bytes.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        let authority = bytes[..<authorityEnd]
        guard !authority.isEmpty, authority.allSatisfy(isAuthorityByte), authority.first != UInt8(ascii: ":") else {
            return nil
        }
        var out = scheme + "://" + String(decoding: authority, as: UTF8.self)
        var sawFragment = false
        var i = authorityEnd
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b == UInt8(ascii: "#") {
                if sawFragment { out += "%23" } else { out += "#" }
                sawFragment = true
            } else if isPlainURLByte(b) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                out += percentEncoded(b)
            }
            i += 1
        }
        return out
    }

    private static func isAuthorityByte(_ b: UInt8) -> Bool {
        isAlphaNumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "_")
    }

    /// Bytes printed as they are in the path, query and fragment.
    private static func isPlainURLByte(_ b: UInt8) -> Bool {
        if isAlphaNumeric(b) { return true }
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            return true
        default:
            return false
        }
    }

    private static func isAlphaNumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)

    private static func percentEncoded(_ b: UInt8) -> String {
        var s = "%"
        s.unicodeScalars.append(hexDigits[Int(b >> 4)])
        s.unicodeScalars.append(hexDigits[Int(b & 0x0F)])
        return s
    }
}
