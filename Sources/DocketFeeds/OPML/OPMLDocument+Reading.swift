import CLibXML2

extension OPMLDocument {
    /// The largest OPML file read, in bytes (16 MiB). Subscription lists are
    /// small: a reader's export of a thousand feeds is a few hundred KiB.
    public static let maximumSize = 16 << 20

    /// Reads an OPML subscription list (OPML 1.0 or 2.0, as feed readers
    /// write them).
    ///
    /// - Every `<outline>` with an `xmlUrl` attribute is a subscription.
    ///   Attribute names are matched case-insensitively (`xmlurl`, `XMLURL`),
    ///   and a plain `url` is accepted when the outline's `type` is absent or
    ///   names a feed (`rss`, `atom`, …), not a link or an include.
    /// - A subscription's title is its `title` attribute, else its `text`.
    /// - Outlines without a feed URL are folders: their title (else text)
    ///   becomes a tag of every subscription inside, outermost first, followed
    ///   by the tags from the subscription's own comma-separated `category`
    ///   attribute, where a path such as `/News/AI` gives the tags `News` and
    ///   `AI`. A folder's own `category` applies to everything inside it.
    /// - The same feed URL listed twice gives one subscription, at its first
    ///   place, with the tags of both and the first non-empty title, site,
    ///   description and type.
    /// - A list without any feed is valid and gives no subscriptions.
    ///
    /// The file is untrusted: it is parsed by libxml2 without network access,
    /// without loading a DTD and without substituting external entities, so a
    /// crafted file cannot make Docket read local files or URLs. A file that
    /// is not well-formed XML is an error (OPML is not recovered the way
    /// feeds are), reported with its line and column.
    ///
    /// - Parameters:
    ///   - data: the file's bytes, in any encoding libxml2 can detect.
    ///   - source: the file's name or URL, used in error messages.
    /// - Throws: ``OPMLError``.
    public init(data: some Collection<UInt8>, source: String) throws(OPMLError) {
        let result: Result<OPMLDocument, OPMLError> =
            data.withContiguousStorageIfAvailable { buffer in
                OPMLDocumentReader.read(buffer, source: source)
            } ?? Array(data).withUnsafeBufferPointer { buffer in
                OPMLDocumentReader.read(buffer, source: source)
            }
        self = try result.get()
    }
}

// MARK: - libxml2 plumbing

/// Calls `xmlInitParser` once per process, before the first OPML parse.
private enum OPMLLibXMLSetup {
    static let done: Bool = {
        xmlInitParser()
        return true
    }()
}

/// The errors libxml2 reported while parsing one file. Only the thread that
/// runs the parse touches it.
private final class OPMLErrorCollector {
    struct Report {
        var line: Int
        var column: Int
        var message: String
    }

    var firstFatal: Report?
    var firstError: Report?

    func record(_ error: xmlError) {
        let level = error.level.rawValue
        guard level >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        // "Excessive depth in document: 256 use XML_PARSE_HUGE option" is
        // advice for programmers, not for whoever edits the file.
        if let hint = message.firstRange(of: " use XML_PARSE_HUGE option") {
            message.removeSubrange(hint.lowerBound...)
        }
        let report = Report(
            line: Int(error.line), column: Int(error.int2),
            message: opmlTrimmed(message))
        if level >= XML_ERR_FATAL.rawValue, firstFatal == nil { firstFatal = report }
        if firstError == nil { firstError = report }
    }
}

/// libxml2's structured error callback. For parser errors libxml2 passes the
/// context's `userData`, which for a DOM parse is the parser context itself;
/// the collector hangs off the context's `_private` field.
private func opmlStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = context.pointee._private else { return }
    Unmanaged<OPMLErrorCollector>.fromOpaque(collector).takeUnretainedValue()
        .record(error.pointee)
}

/// The parse itself: bytes to DOM to ``OPMLDocument``.
private enum OPMLDocumentReader {
    /// No network, no DTD loading, no entity substitution (that is, no
    /// `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` or
    /// `XML_PARSE_HUGE`), and no recovery: a broken OPML file is an error.
    static let options = Int32(XML_PARSE_NONET.rawValue)

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, source: String) -> Result<OPMLDocument, OPMLError> {
        guard bytes.count <= OPMLDocument.maximumSize else {
            return .failure(.tooLarge(source: source, size: bytes.count, limit: OPMLDocument.maximumSize))
        }
        guard bytes.contains(where: { !OPMLSniffer.isSpace($0) }) else {
            return .failure(.empty(source: source))
        }
        _ = OPMLLibXMLSetup.done

        guard let context = xmlNewParserCtxt() else {
            return .failure(.malformed(source: source, line: 0, column: 0,
                                       message: "libxml2 could not create a parser (out of memory?)"))
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = OPMLErrorCollector()
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        context.pointee.sax.pointee.serror = opmlStructuredError

        let document = withExtendedLifetime(collector) {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), source, nil, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        guard let document, context.pointee.wellFormed != 0 else {
            // A page or a feed handed over by mistake is rarely well-formed
            // XML; say what it is rather than where libxml2 gave up.
            if let root = OPMLSniffer.rootElementName(bytes), root.lowercased() != "opml" {
                return .failure(.notOPML(source: source, found: root))
            }
            let report = collector.firstFatal ?? collector.firstError
            return .failure(.malformed(
                source: source, line: report?.line ?? 0, column: report?.column ?? 0,
                message: report?.message ?? "libxml2 could not parse the file"))
        }

        guard let root = xmlDocGetRootElement(document) else {
            return .failure(.malformed(source: source, line: 0, column: 0, message: "no root element"))
        }
        let rootName = OPMLTree.qualifiedName(root)
        guard OPMLTree.localName(root).lowercased() == "opml" else {
            return .failure(.notOPML(source: source, found: rootName))
        }

        var builder = OPMLTree(document: document)
        var title: String?
        var child = root.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if OPMLTree.localName(node).lowercased() == "head" {
                if title == nil { title = builder.headTitle(node) }
            } else {
                builder.visit(node, folders: [])
            }
        }
        return .success(OPMLDocument(title: title, subscriptions: builder.subscriptions))
    }
}

/// Walks the DOM that libxml2 built and gathers subscriptions.
private struct OPMLTree {
    let document: xmlDocPtr
    private(set) var subscriptions: [OPMLDocument.Subscription] = []
    private var indexByURL: [String: Int] = [:]

    init(document: xmlDocPtr) {
        self.document = document
    }

    /// Outline `type` values under which a plain `url` attribute is a feed.
    private static let feedTypes: Set<String> = ["rss", "atom", "feed", "rdf", "xml"]

    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = localName(node)
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix {
            return String(cString: prefix) + ":" + local
        }
        return local
    }

    /// The text of `<head><title>`, trimmed; `nil` when blank.
    func headTitle(_ head: xmlNodePtr) -> String? {
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE,
                  Self.localName(node).lowercased() == "title" else { continue }
            return Self.nonBlank(text(of: node))
        }
        return nil
    }

    /// The character data directly inside an element. Entity references are
    /// skipped, never followed: an external entity is never loaded, and an
    /// internal one is not expanded here either.
    private func text(of element: xmlNodePtr) -> String {
        var result = ""
        var child = element.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
               let content = node.pointee.content {
                result += String(cString: content)
            }
        }
        return result
    }

    /// The element's attributes without a namespace, keyed by lower-cased
    /// name; the first of two names that differ only in case wins.
    private func attributes(of element: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard current.pointee.ns == nil, let name = current.pointee.name else { continue }
            let key = String(cString: name).lowercased()
            guard result[key] == nil else { continue }
            // Attribute values are expanded by libxml2 itself, which rejects
            // external entities there and bounds internal expansion.
            let value: String
            if let raw = xmlNodeListGetString(document, current.pointee.children, 1) {
                value = String(cString: raw)
                docket_xml_free(raw)
            } else {
                value = ""
            }
            result[key] = value
        }
        return result
    }

    /// Visits an element below `<opml>` (other than `<head>`): outlines are
    /// feeds or folders; any other element is looked through, so that
    /// outlines misplaced outside `<body>` are still found.
    mutating func visit(_ element: xmlNodePtr, folders: [String]) {
        var inner = folders
        if Self.localName(element).lowercased() == "outline" {
            let attributes = attributes(of: element)
            let label = Self.nonBlank(attributes["title"]) ?? Self.nonBlank(attributes["text"])
            let categories = Self.categoryTags(attributes["category"])
            if let url = Self.feedURL(attributes) {
                add(OPMLDocument.Subscription(
                    title: label,
                    xmlURL: url,
                    htmlURL: Self.nonBlank(attributes["htmlurl"]),
                    tags: Self.unique(folders + categories),
                    description: Self.nonBlank(attributes["description"]),
                    type: Self.nonBlank(attributes["type"])))
            } else {
                inner = folders + (label.map { [$0] } ?? []) + categories
            }
        }
        var child = element.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            if node.pointee.type == XML_ELEMENT_NODE {
                visit(node, folders: inner)
            }
        }
    }

    private mutating func add(_ subscription: OPMLDocument.Subscription) {
        guard let index = indexByURL[subscription.xmlURL] else {
            indexByURL[subscription.xmlURL] = subscriptions.count
            subscriptions.append(subscription)
            return
        }
        var merged = subscriptions[index]
        merged.title = merged.title ?? subscription.title
        merged.htmlURL = merged.htmlURL ?? subscription.htmlURL
        merged.description = merged.description ?? subscription.description
        merged.type = merged.type ?? subscription.type
        merged.tags = Self.unique(merged.tags + subscription.tags)
        subscriptions[index] = merged
    }

    private static func feedURL(_ attributes: [String: String]) -> String? {
        if let url = nonBlank(attributes["xmlurl"]) { return url }
        let type = nonBlank(attributes["type"])?.lowercased()
        if type.map(feedTypes.contains) ?? true, let url = nonBlank(attributes["url"]) {
            return url
        }
        return nil
    }

    /// `"/News/AI, Policy"` → `["News", "AI", "Policy"]`.
    private static func categoryTags(_ value: String?) -> [String] {
        guard let value else { return [] }
        var tags: [String] = []
        for category in value.split(separator: ",") {
            for component in category.split(separator: "/") {
                if let tag = nonBlank(String(component)) { tags.append(tag) }
            }
        }
        return tags
    }

    private static func unique(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.filter { seen.insert($0).inserted }
    }

    private static func nonBlank(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = opmlTrimmed(value)
        guard !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// A look at the first bytes of a file that libxml2 rejected, to tell an
/// HTML page or a feed from a broken OPML file.
private enum OPMLSniffer {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The name of the first element, skipping a byte order mark, the XML
    /// declaration, processing instructions, comments and a DOCTYPE (whose
    /// name is returned when it is `html` and no element follows). Looks at
    /// no more than the first 64 KiB; `nil` when no element start is found.
    static func rootElementName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, 64 << 10)
        var index = 0
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var doctypeIsHTML = false

        func starts(with prefix: String, at position: Int) -> Bool {
            let utf8 = Array(prefix.utf8)
            guard position + utf8.count <= end else { return false }
            for offset in 0..<utf8.count where lowercase(bytes[position + offset]) != utf8[offset] {
                return false
            }
            return true
        }
        func skip(past terminator: String, from position: Int) -> Int {
            var position = position
            while position < end {
                if starts(with: terminator, at: position) { return position + terminator.utf8.count }
                position += 1
            }
            return end
        }

        while index < end {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            guard byte == UInt8(ascii: "<") else { return nil }
            if starts(with: "<?", at: index) {
                index = skip(past: "?>", from: index)
            } else if starts(with: "<!--", at: index) {
                index = skip(past: "-->", from: index)
            } else if starts(with: "<!doctype", at: index) {
                var position = index + 9
                while position < end, isSpace(bytes[position]) { position += 1 }
                if starts(with: "html", at: position) { doctypeIsHTML = true }
                // Skip the declaration, including an internal subset.
                var inSubset = false
                while position < end {
                    let current = bytes[position]
                    position += 1
                    if current == UInt8(ascii: "[") { inSubset = true }
                    if current == UInt8(ascii: "]") { inSubset = false }
                    if current == UInt8(ascii: ">"), !inSubset { break }
                }
                index = position
            } else {
                var position = index + 1
                var name: [UInt8] = []
                while position < end, name.count < 64 {
                    let current = bytes[position]
                    if isSpace(current) || current == UInt8(ascii: ">") || current == UInt8(ascii: "/") { break }
                    name.append(current)
                    position += 1
                }
                if name.isEmpty { return doctypeIsHTML ? "html" : nil }
                return String(decoding: name, as: UTF8.self)
            }
        }
        return doctypeIsHTML ? "html" : nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }
}

/// Trims spaces, tabs and line breaks at both ends (no Foundation needed).
private func opmlTrimmed(_ text: String) -> String {
    var characters = Substring(text)
    while let first = characters.first, first.isWhitespace { characters.removeFirst() }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    return String(characters)
}
