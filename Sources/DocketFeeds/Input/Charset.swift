/// The character encoding a feed is decoded from, and how it was decided.
///
/// Docket decodes every feed to UTF-8 itself before libxml2 sees it, so that the
/// precedence is ours: a byte-order mark, then the HTTP `charset`, then the byte
/// pattern of `<?xml` in UTF-16/32, then the XML declaration, then UTF-8.
struct Charset: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// UTF-8, with bytes that are not valid UTF-8 read as windows-1252.
        case utf8
        /// Anything else, converted by iconv under this name.
        case iconv(String)
    }

    var kind: Kind
    /// The name as the feed or server spelled it (lowercased), for diagnostics.
    var label: String
    /// Bytes of a byte-order mark to skip.
    var bomLength: Int = 0

    static let utf8 = Charset(kind: .utf8, label: "utf-8")

    /// Maps a charset label from HTTP or an XML declaration to a decoder, or nil if unknown.
    static func named(_ raw: String) -> Charset? {
        var name = raw.lowercased()
        while let first = name.first, first == " " || first == "\"" || first == "'" { name.removeFirst() }
        while let last = name.last, last == " " || last == "\"" || last == "'" { name.removeLast() }
        guard !name.isEmpty, name.count < 64 else { return nil }
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return Charset(kind: .utf8, label: name)
        // ASCII and Latin-1 as browsers read them: a superset is never worse.
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us":
            return Charset(kind: .utf8, label: name)
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819":
            return Charset(kind: .iconv("WINDOWS-1252"), label: name)
        case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "chinese":
            return Charset(kind: .iconv("GB18030"), label: name)
        case "utf-16", "utf16":
            return Charset(kind: .iconv("UTF-16"), label: name)
        case "utf-32", "utf32":
            return Charset(kind: .iconv("UTF-32"), label: name)
        default:
            break
        }
        if let alias = aliases[name] { return Charset(kind: .iconv(alias), label: name) }
        // iconv knows most names once underscores are hyphens; a few need a prefix.
        let hyphenated = name.replacingOccurrences(of: "_", with: "-")
        var candidates = [hyphenated, hyphenated.uppercased(), "CP" + hyphenated, "IBM" + hyphenated]
        if hyphenated.hasPrefix("cs") { candidates.append(String(hyphenated.dropFirst(2))) }  // IANA "csIBM861"
        for candidate in candidates {
            if IconvDecoder.isSupported(candidate) { return Charset(kind: .iconv(candidate), label: name) }
        }
        return nil
    }

    /// Names Python (and so many feeds) use that glibc's iconv spells differently.
    private static let aliases: [String: String] = [
        "cp-is": "CP861", "cp_is": "CP861", "ibm039": "IBM037",
        "maccentraleurope": "MAC-CENTRALEUROPE", "maclatin2": "MAC-CENTRALEUROPE", "mac-latin2": "MAC-CENTRALEUROPE",
        "macroman": "MACINTOSH", "mac-roman": "MACINTOSH", "x-mac-roman": "MACINTOSH",
        "maciceland": "MAC-IS", "mac-iceland": "MAC-IS",
        "maccyrillic": "MAC-CYRILLIC", "x-mac-cyrillic": "MAC-CYRILLIC",
        "macgreek": "MAC-GREEK", "mac-greek": "MAC-GREEK",
        "macturkish": "MAC-TURKISH", "mac-turkish": "MAC-TURKISH",
        "x-sjis": "SHIFT_JIS", "shift-jis": "SHIFT_JIS", "sjis": "SHIFT_JIS", "ms_kanji": "SHIFT_JIS",
        "x-euc-jp": "EUC-JP", "ks_c_5601-1987": "CP949", "windows-874": "CP874", "tis-620": "TIS-620",
        "koi8-t": "KOI8-T",
    ]
}
