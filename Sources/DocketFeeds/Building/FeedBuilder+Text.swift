import CLibXML2
import Foundation

extension FeedBuilder {
    /// The kind of text an element holds, from Atom's `type` (and Atom 0.3's `mode`) attributes.
    func textKind(_ a: XMLAttributes, default fallback: TextKind) -> TextKind {
        guard let type = a.value("type")?.trimmingXMLSpace().lowercased(), !type.isEmpty else {
            if a.value("mode")?.lowercased() == "escaped", fallback == .text { return .guess }
            return fallback
        }
        switch type {
        case "text", "text/plain": return .text
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default:
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return .xhtml }
            if type.hasPrefix("text/") { return .text }
            return .text  // another media type: base64-encoded (see isBase64), kept as decoded
        }
    }

    /// Atom 0.3's `mode="base64"`, or an Atom 1.0 `type` that is neither text nor XML.
    func isBase64(_ a: XMLAttributes) -> Bool {
        if a.value("mode")?.trimmingXMLSpace().lowercased() == "base64" { return true }
        // `utf8.contains`: `String.contains("/")` can resolve to Foundation's bridged search.
        guard let type = a.value("type")?.trimmingXMLSpace().lowercased(), type.utf8.contains(UInt8(ascii: "/"))
        else { return false }
        return !(type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml"))
    }

    /// Ends the capture: turns the collected bytes into text of the right kind and stores it.
    func finishCapture(_ c: Capture) {
        capture = nil
        captureKind = nil
        var bytes = buffer
        if c.base64 {
            let encoded = String(decoding: bytes, as: UTF8.self)
            if let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) { bytes = Array(data) }
        }
        var kind = c.kind
        if c.hasMarkup, kind == .text || kind == .guess || kind == .raw { kind = .html }
        if kind == .guess { kind = bytes.withUnsafeBufferPointer { Self.looksLikeHTML($0) } ? .html : .text }

        let value: String
        var markup: String?
        switch kind {
        case .raw:
            value = String(decoding: bytes, as: UTF8.self).trimmingXMLSpace()
        case .text, .guess:
            value = bytes.withUnsafeBufferPointer { TextCollapse.collapse($0) }
        case .html, .xhtml:
            value = bytes.withUnsafeBufferPointer { html.plainText(fromHTML: $0) }
            if options.keepMarkup, c.target == .summary || c.target == .content {
                markup = String(decoding: bytes, as: UTF8.self)
            }
        }
        if options.keepMarkup, markup == nil, c.target == .summary || c.target == .content, !value.isEmpty {
            markup = Self.escapeHTML(value)
        }
        if item != nil {
            assignItem(c.target, value, markup: markup, base: c.base)
        } else {
            assignFeed(c.target, value, base: c.base)
        }
    }

    /// feedparser's test for RSS text that is really HTML: a closing tag or an entity
    /// reference, every tag a known HTML element, every named entity a known HTML entity.
    static func looksLikeHTML(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var hasCloseTagOrEntity = false
        var i = 0
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                var j = i + 1
                let closing = j < n && b[j] == UInt8(ascii: "/")
                if closing { j += 1 }
                let start = j
                while j < n, isWordByte(b[j]) { j += 1 }
                if j > start {
                    guard isHTMLElement(UnsafeBufferPointer(rebasing: b[start..<j])) else { return false }
                    if closing, j < n, b[j] == UInt8(ascii: ">") { hasCloseTagOrEntity = true }
                }
                i = j
            } else if c == UInt8(ascii: "&") {
                var j = i + 1
                let numeric = j < n && b[j] == UInt8(ascii: "#")
                if numeric { j += 1 }
                let start = j
                while j < n, isWordByte(b[j]) { j += 1 }
                if j > start, j < n, b[j] == UInt8(ascii: ";") {
                    if !numeric, !isHTMLEntity(UnsafeBufferPointer(rebasing: b[start..<j])) { return false }
                    hasCloseTagOrEntity = true
                }
                i = j
            } else {
                i += 1
            }
        }
        return hasCloseTagOrEntity
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_")
    }

    private static func isHTMLElement(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        withCString(name) { htmlTagLookup($0) != nil }
    }

    private static func isHTMLEntity(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        if name.elementsEqual("apos".utf8) { return true }
        return withCString(name, lowercase: false) { htmlEntityLookup($0) != nil }
    }

    private static func withCString<R>(
        _ name: UnsafeBufferPointer<UInt8>, lowercase: Bool = true, _ body: (UnsafePointer<UInt8>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count + 1) { buffer in
            for (k, c) in name.enumerated() { buffer[k] = lowercase && c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
            buffer[name.count] = 0
            return body(UnsafePointer(buffer.baseAddress!))
        }
    }

    static func escapeHTML(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
