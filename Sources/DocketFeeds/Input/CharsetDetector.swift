/// Decides how a feed's bytes are to be decoded, from the first bytes and the HTTP Content-Type.
///
/// Precedence: a byte-order mark (the bytes do not lie); then the HTTP `charset`
/// parameter ("the HTTP charset wins" over the document); then the UTF-16/32 pattern
/// of `<?` without a mark; then the XML declaration's `encoding`; then UTF-8.
/// Unknown names fall through to the next source.
enum CharsetDetector {
    /// How many leading bytes `detect` wants to see when they are available.
    static let sniffLength = 1024

    static func detect(prefix: UnsafeRawBufferPointer, contentType: String?) -> Charset {
        let b = prefix
        func at(_ i: Int) -> UInt8? { i < b.count ? b[i] : nil }

        // 1. Byte-order marks (UTF-32 before UTF-16: FF FE 00 00 starts with FF FE).
        if at(0) == 0x00, at(1) == 0x00, at(2) == 0xFE, at(3) == 0xFF {
            return Charset(kind: .iconv("UTF-32BE"), label: "utf-32be", bomLength: 4)
        }
        if at(0) == 0xFF, at(1) == 0xFE, at(2) == 0x00, at(3) == 0x00 {
            return Charset(kind: .iconv("UTF-32LE"), label: "utf-32le", bomLength: 4)
        }
        if at(0) == 0xFE, at(1) == 0xFF { return Charset(kind: .iconv("UTF-16BE"), label: "utf-16be", bomLength: 2) }
        if at(0) == 0xFF, at(1) == 0xFE { return Charset(kind: .iconv("UTF-16LE"), label: "utf-16le", bomLength: 2) }
        if at(0) == 0xEF, at(1) == 0xBB, at(2) == 0xBF { return Charset(kind: .utf8, label: "utf-8", bomLength: 3) }

        // 2. The HTTP charset parameter.
        if let contentType, let label = charsetParameter(of: contentType), let charset = Charset.named(label) {
            return charset
        }

        // 3. UTF-16/32 without a mark, recognised by how "<?" or "<" is laid out.
        if at(0) == 0x00, at(1) == 0x00, at(2) == 0x00, at(3) == 0x3C {
            return Charset(kind: .iconv("UTF-32BE"), label: "utf-32be")
        }
        if at(0) == 0x3C, at(1) == 0x00, at(2) == 0x00, at(3) == 0x00 {
            return Charset(kind: .iconv("UTF-32LE"), label: "utf-32le")
        }
        if at(0) == 0x00, at(1) == 0x3C, at(2) == 0x00 { return Charset(kind: .iconv("UTF-16BE"), label: "utf-16be") }
        if at(0) == 0x3C, at(1) == 0x00, at(2) != 0x00 { return Charset(kind: .iconv("UTF-16LE"), label: "utf-16le") }
        // EBCDIC "<?xm".
        if at(0) == 0x4C, at(1) == 0x6F, at(2) == 0xA7, at(3) == 0x94 {
            if let label = declaredEncoding(in: b, ebcdic: true), let charset = Charset.named(label) {
                return charset
            }
            return Charset(kind: .iconv("IBM037"), label: "ebcdic")
        }

        // 4. The XML declaration.
        if let label = declaredEncoding(in: b, ebcdic: false), let charset = Charset.named(label) {
            // A declaration of UTF-16 in a document that is not laid out as UTF-16 is a lie.
            if case .iconv(let name) = charset.kind, name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") {
                return .utf8
            }
            return charset
        }
        return .utf8
    }

    /// The `charset` parameter of a Content-Type value, without quotes; nil when absent or malformed.
    static func charsetParameter(of contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            guard let eq = part.firstIndex(of: "=") else { continue }
            let key = part[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            guard key == "charset" else { continue }
            let value = part[part.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The media type of a Content-Type value, lowercased, without parameters.
    static func mediaType(of contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// `encoding="…"` from an XML declaration at the start of `bytes` (after optional whitespace).
    static func declaredEncoding(in bytes: UnsafeRawBufferPointer, ebcdic: Bool) -> String? {
        var ascii = [UInt8]()
        ascii.reserveCapacity(min(bytes.count, 512))
        for byte in bytes.prefix(512) {
            let c = ebcdic ? ebcdicToASCII(byte) : byte
            ascii.append(c)
            if c == UInt8(ascii: ">") { break }
        }
        var i = 0
        while i < ascii.count, ascii[i] == 0x20 || ascii[i] == 0x09 || ascii[i] == 0x0A || ascii[i] == 0x0D { i += 1 }
        let head = ascii[i...]
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        guard let range = text.range(of: "encoding") else { return nil }
        var rest = text[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix(while: { $0 != quote && $0 != ">" && $0 != "?" })
        return value.isEmpty ? nil : String(value)
    }

    /// Enough of EBCDIC (code page 037) to read an XML declaration.
    private static func ebcdicToASCII(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x40: return 0x20
        case 0x4C: return UInt8(ascii: "<")
        case 0x6F: return UInt8(ascii: "?")
        case 0x6E: return UInt8(ascii: ">")
        case 0x7E: return UInt8(ascii: "=")
        case 0x7F: return UInt8(ascii: "\"")
        case 0x7D: return UInt8(ascii: "'")
        case 0x60: return UInt8(ascii: "-")
        case 0x4B: return UInt8(ascii: ".")
        case 0x6D: return UInt8(ascii: "_")
        case 0x81...0x89: return UInt8(ascii: "a") + (byte - 0x81)
        case 0x91...0x99: return UInt8(ascii: "j") + (byte - 0x91)
        case 0xA2...0xA9: return UInt8(ascii: "s") + (byte - 0xA2)
        case 0xC1...0xC9: return UInt8(ascii: "A") + (byte - 0xC1)
        case 0xD1...0xD9: return UInt8(ascii: "J") + (byte - 0xD1)
        case 0xE2...0xE9: return UInt8(ascii: "S") + (byte - 0xE2)
        case 0xF0...0xF9: return UInt8(ascii: "0") + (byte - 0xF0)
        default: return 0x00
        }
    }
}

import Foundation
