import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes an HTML fragment from a feed fit to be shown outside the feed: relative links made
/// absolute, and what could run or phone home removed.
///
/// - `href`, `src`, `poster`, `cite`, `background`, `longdesc`, `action`, `formaction`,
///   `xlink:href` and every URL of a `srcset` are resolved against the base (RFC 3986, by
///   libxml2's `xmlBuildURI`) after browser-style clean-up (tabs and newlines removed,
///   spaces and other characters URIs may not hold percent-encoded).
/// - A URL whose scheme is not `http`, `https` or `mailto` (`javascript:`, `data:`,
///   `vbscript:`, `file:`…) loses its attribute; relative URLs stay when there is no base.
/// - `<script>`, `<style>`, `<iframe>`, `<frame>`, `<frameset>`, `<noframes>`, `<object>`,
///   `<embed>`, `<applet>`, `<form>`, `<base>`, `<meta>`, `<link>`, `<template>` and SVG
///   animation elements are removed with their content, as are comments and processing
///   instructions.
/// - Event handlers (`on…`), `style`, `srcdoc` and `ping` attributes are removed.
///
/// libxml2's HTML parser reads the fragment (as `<body>` + fragment, see
/// `HTMLTextConverter`), and only what it put in the body is written back, by libxml2's
/// HTML serialiser, without added line breaks. A fragment nested deeper than libxml2's tree
/// limit (256 levels; it then stops parsing) comes back as its plain text, escaped. Each
/// call parses one fragment with its own context, so the function is safe to call from any
/// thread.
enum HTMLLinkResolver {
    static func resolvingLinks(inHTML html: String, base: String?) -> String {
        // No tag, no attribute: nothing to resolve or remove.
        if !html.utf8.contains(0x3C /* < */) { return html }
        let cleanBase = base.map(HTMLLinkURL.cleaned).flatMap { $0.isEmpty ? nil : $0 }

        guard let context = htmlNewParserCtxt(), let sax = context.pointee.sax else { return "" }
        defer { htmlFreeParserCtxt(context) }
        // Errors go to a structured handler that swallows them (the generic one is
        // variadic); XML_SAX2_MAGIC is what makes libxml2 call it.
        sax.pointee.initialized = UInt32(XML_SAX2_MAGIC)
        sax.pointee.serror = { _, _ in }

        // NULs dropped (libxml2 stops at one that begins a text run), and the constructs it
        // reads differently from run to run made plain (see `HTMLFragmentInput`).
        let input = HTMLFragmentInput.bytes(of: html, after: "<body>")
        let options = Int32(bitPattern:
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                | HTML_PARSE_NODEFDTD.rawValue)
        let parsed = input.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                htmlCtxtReadMemory(context, $0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return "" }
        defer { xmlFreeDoc(document) }
        // libxml2 stops building the tree at 256 levels of nesting (and halts): rather than
        // a cut fragment, give its text, escaped.
        if context.pointee.disableSAX != 0 {
            return escapedText(of: html)
        }

        HTMLLinkSanitizer(base: cleanBase).sanitize(document)
        return serializeFragment(of: document)
    }

    private static func escapedText(of html: String) -> String {
        var escaped = ""
        for character in HTMLTextConverter().plainText(fromHTML: html) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// The fragment: what libxml2 put in the body (and in the head, or after the body, when
    /// the fragment had such tags), written back in order.
    private static func serializeFragment(of document: xmlDocPtr) -> String {
        var nodes: [xmlNodePtr] = []
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE && HTMLLinkNames.equal(current.pointee.name, "html") {
                var child = current.pointee.children
                while let part = child {
                    if part.pointee.type == XML_ELEMENT_NODE
                        && (HTMLLinkNames.equal(part.pointee.name, "body")
                            || HTMLLinkNames.equal(part.pointee.name, "head"))
                    {
                        var inner = part.pointee.children
                        while let innerNode = inner {
                            nodes.append(innerNode)
                            inner = innerNode.pointee.next
                        }
                    } else {
                        nodes.append(part)
                    }
                    child = part.pointee.next
                }
            } else if current.pointee.type != XML_DTD_NODE {
                nodes.append(current)
            }
            node = current.pointee.next
        }
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard let output = xmlOutputBufferCreateBuffer(buffer, nil) else { return "" }
        for node in nodes {
            // format 0: no line breaks added (htmlNodeDump would add some).
            htmlNodeDumpFormatOutput(output, document, node, "UTF-8", 0)
        }
        // Flushes into `buffer` and frees `output`, not `buffer`.
        xmlOutputBufferClose(output)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(
            decoding: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))),
            as: UTF8.self)
    }
}

/// Walks a parsed fragment and applies the rules of `HTMLLinkResolver` in place.
private struct HTMLLinkSanitizer {
    let base: String?

    /// Elements removed with everything in them.
    private static let removedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "noframes", "object", "embed",
        "applet", "form", "base", "meta", "link", "template",
        // SVG animation can set an href to javascript:.
        "animate", "set", "animatemotion", "animatetransform",
    ]

    /// Attributes holding one URL.
    private static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "background", "longdesc", "action", "formaction",
        "xlink:href", "lowsrc", "dynsrc",
    ]

    /// Attributes removed whatever their value (and every `on…` one).
    private static let removedAttributes: Set<String> = ["style", "srcdoc", "ping"]

    /// Visits every node in document order without recursion (fragments can nest deeply),
    /// removing nodes on the way.
    func sanitize(_ document: xmlDocPtr) {
        let root = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        var node = document.pointee.children
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if Self.removedElements.contains(HTMLLinkNames.lowercased(current.pointee.name)) {
                    node = Self.remove(current, within: root)
                    continue
                }
                sanitizeAttributes(of: current)
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            case XML_COMMENT_NODE, XML_PI_NODE:
                node = Self.remove(current, within: root)
                continue
            default:
                break
            }
            node = Self.following(current, within: root)
        }
    }

    /// The next node in document order that is not inside `node`.
    private static func following(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while true {
            if let next = current.pointee.next { return next }
            guard let parent = current.pointee.parent, parent != root else { return nil }
            current = parent
        }
    }

    /// Unlinks and frees `node`; returns the node that came after it.
    private static func remove(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        let next = following(node, within: root)
        xmlUnlinkNode(node)
        xmlFreeNode(node)
        return next
    }

    private func sanitizeAttributes(of element: xmlNodePtr) {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = HTMLLinkNames.lowercased(current.pointee.name)
            if name.hasPrefix("on") || Self.removedAttributes.contains(name) {
                xmlRemoveProp(current)
            } else if Self.urlAttributes.contains(name) {
                let value = Self.value(of: current)
                if let resolved = HTMLLinkURL.resolved(value, base: base) {
                    if resolved != value { xmlSetProp(element, current.pointee.name, resolved) }
                } else {
                    xmlRemoveProp(current)
                }
            } else if name == "srcset" {
                if let resolved = HTMLLinkURL.resolvedSourceSet(Self.value(of: current), base: base) {
                    xmlSetProp(element, current.pointee.name, resolved)
                } else {
                    xmlRemoveProp(current)
                }
            }
        }
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        let node = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { docket_xml_free(content) }
        return String(cString: content)
    }
}

private enum HTMLLinkNames {
    static func equal(_ name: UnsafePointer<xmlChar>?, _ expected: StaticString) -> Bool {
        guard let name else { return false }
        return strcmp(name, expected.utf8Start) == 0
    }

    /// An element or attribute name in ASCII lower case (libxml2's HTML parser already
    /// lower-cases them; this does not rely on it).
    static func lowercased(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        var result = String(cString: name)
        if result.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            result = String(decoding: result.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return result
    }
}

/// URL clean-up, resolution and the scheme rule.
private enum HTMLLinkURL {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The URL to write back, or nil when the attribute must go.
    static func resolved(_ value: String, base: String?) -> String? {
        let url = cleaned(value)
        if url.isEmpty { return "" }
        var result = url
        if let base {
            // libxml2 2.9.14 returns nil for a reference it cannot parse, and returns the
            // reference unchanged when it cannot parse the base: both are cleaned first.
            let built = url.withCString { reference in
                base.withCString { base in
                    xmlBuildURI(
                        UnsafeRawPointer(reference).assumingMemoryBound(to: xmlChar.self),
                        UnsafeRawPointer(base).assumingMemoryBound(to: xmlChar.self))
                }
            }
            if let built {
                result = String(cString: built)
                docket_xml_free(built)
            }
        }
        if let scheme = scheme(of: result), !allowedSchemes.contains(scheme) { return nil }
        return result
    }

    /// A `srcset` with each URL resolved; candidates with a refused URL are left out, and nil
    /// is returned when none is left.
    static func resolvedSourceSet(_ value: String, base: String?) -> String? {
        var candidates: [String] = []
        let bytes = Array(value.utf8)
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while index < bytes.count {
            while index < bytes.count && (isSpace(bytes[index]) || bytes[index] == 0x2C) { index += 1 }
            guard index < bytes.count else { break }
            let urlStart = index
            while index < bytes.count && !isSpace(bytes[index]) { index += 1 }
            var urlEnd = index
            var descriptor = ""
            if bytes[urlEnd - 1] == 0x2C /* , */ {
                while urlEnd > urlStart && bytes[urlEnd - 1] == 0x2C { urlEnd -= 1 }
            } else {
                let descriptorStart = index
                var parentheses = 0
                while index < bytes.count && (bytes[index] != 0x2C || parentheses > 0) {
                    if bytes[index] == 0x28 { parentheses += 1 }
                    if bytes[index] == 0x29 && parentheses > 0 { parentheses -= 1 }
                    index += 1
                }
                descriptor = String(decoding: bytes[descriptorStart..<index], as: UTF8.self)
                    .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                    .joined(separator: " ")
            }
            guard urlEnd > urlStart else { continue }
            let url = String(decoding: bytes[urlStart..<urlEnd], as: UTF8.self)
            guard let resolved = resolved(url, base: base), !resolved.isEmpty else { continue }
            candidates.append(descriptor.isEmpty ? resolved : resolved + " " + descriptor)
        }
        return candidates.isEmpty ? nil : candidates.joined(separator: ", ")
    }

    /// What a browser does before it parses a URL (leading and trailing controls and spaces
    /// trimmed, tabs and newlines removed), then percent-encoding of the bytes a URI may not
    /// hold (spaces, non-ASCII, `"<>\^`{|}`, a `%` not followed by two hex digits).
    static func cleaned(_ value: String) -> String {
        var bytes = Array(value.utf8)
        bytes.removeAll { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let first = bytes.first, first <= 0x20 { bytes.removeFirst() }
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for (offset, byte) in bytes.enumerated() {
            if isURIByte(byte) {
                if byte == 0x25 /* % */
                    && !(offset + 2 < bytes.count && isHexDigit(bytes[offset + 1]) && isHexDigit(bytes[offset + 2]))
                {
                    result += [0x25, 0x32, 0x35]  // %25
                } else {
                    result.append(byte)
                }
            } else {
                result += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// RFC 3986 unreserved, reserved and `%`.
    private static func isURIByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
            return true
        default: return false
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
    }

    /// The lower-cased scheme of an absolute URL, or nil for a relative one.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte == 0x3A /* : */ {
                return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self)
            }
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            if isLetter {
                scheme.append(lower)
            } else if !scheme.isEmpty
                && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E)
            {
                scheme.append(byte)
            } else {
                return nil
            }
        }
        return nil
    }
}
