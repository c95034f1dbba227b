import CLibXML2

/// The receiver of SAX events from `XMLPushParser`.
protocol XMLEventHandler: AnyObject {
    func startElement(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        attributes: XMLAttributes)
    func endElement(localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?)
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A recovered (or fatal) error. `endTagWritten` is set for a mismatched end tag: the
    /// name the document wrote, while libxml2 closes the innermost open element instead.
    func problem(line: Int, column: Int, message: String, fatal: Bool, endTagWritten: String?)
}

/// The attributes of one start tag, as libxml2's SAX2 hands them over (no copies).
struct XMLAttributes {
    let count: Int
    /// Five pointers per attribute: local name, prefix, URI, value start, value end.
    let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    /// The value of the attribute with this local name (ASCII, case-insensitive) and,
    /// when given, this namespace URI; nil when absent.
    func value(_ localName: StaticString, namespace: StaticString? = nil) -> String? {
        guard let raw else { return nil }
        for k in 0..<count {
            guard let name = raw[k * 5], equalsIgnoringCase(name, localName) else { continue }
            if let namespace {
                guard let uri = raw[k * 5 + 2], equals(uri, namespace) else { continue }
            }
            return valueString(k)
        }
        return nil
    }

    /// True when any attribute has this local name.
    func has(_ localName: StaticString) -> Bool {
        guard let raw else { return false }
        for k in 0..<count where raw[k * 5].map({ equalsIgnoringCase($0, localName) }) == true { return true }
        return false
    }

    /// Local name (as written) and value of attribute `k`.
    func attribute(_ k: Int) -> (name: String, prefix: String?, value: String)? {
        guard let raw, k < count, let name = raw[k * 5] else { return nil }
        let prefix = raw[k * 5 + 1].map { String(cString: $0) }
        return (String(cString: name), prefix, valueString(k))
    }

    private func valueString(_ k: Int) -> String {
        guard let raw, let start = raw[k * 5 + 3], let end = raw[k * 5 + 4] else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        // Without XML_PARSE_NOENT libxml2 hands back an '&' in a value as "&#38;".
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "&#38;", with: "&")
    }
}

@inline(__always)
func equals(_ a: UnsafePointer<UInt8>, _ b: StaticString) -> Bool {
    let p = b.utf8Start
    let n = b.utf8CodeUnitCount
    for i in 0..<n where a[i] != p[i] { return false }
    return a[n] == 0
}

@inline(__always)
func equalsIgnoringCase(_ a: UnsafePointer<UInt8>, _ b: StaticString) -> Bool {
    let p = b.utf8Start
    let n = b.utf8CodeUnitCount
    for i in 0..<n {
        var c = a[i]
        if c >= 0x41 && c <= 0x5A { c += 0x20 }
        if c != p[i] { return false }
    }
    return a[n] == 0
}

/// libxml2's push SAX2 parser behind a Swift interface: bytes in, events out.
///
/// Configured for hostile input: recover mode, no network (`XML_PARSE_NONET`), no entity
/// substitution (no `XML_PARSE_NOENT`), no DTD loading or validation, no XInclude, and no
/// entity or DTD callbacks at all: the DOCTYPE never reaches libxml2 (`MarkupSanitizer`
/// removes it). Not thread-safe; one per parse.
final class XMLPushParser {
    private var context: xmlParserCtxtPtr?
    // The handler owns this parser and outlives it; unowned(unsafe) spares a retain per event.
    private unowned(unsafe) let handler: any XMLEventHandler
    private var stopped = false

    static let options: Int32 = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue)

    init(handler: any XMLEventHandler, documentName: String) {
        self.handler = handler
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.startElement(
                localName: localName, prefix: prefix, uri: uri,
                attributes: XMLAttributes(count: Int(attributeCount), raw: attributes))
        }
        sax.endElementNs = { context, localName, prefix, uri in
            guard let context, let localName else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.endElement(localName: localName, prefix: prefix, uri: uri)
        }
        let characters: charactersSAXFunc = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        // Entities: none known beyond XML's five (the sanitizer already rewrote every reference).
        sax.getEntity = { _, _ in nil }
        sax.serror = { context, error in
            guard let context, let error else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue()
            let e = error.pointee
            var message = e.message.map { String(cString: $0) } ?? "unknown error"
            while message.last == "\n" || message.last == " " { message.removeLast() }
            var written: String?
            if e.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), let name = e.str2 {
                written = String(cString: name)
            }
            parser.handler.problem(
                line: Int(e.line), column: Int(e.int2), message: message,
                fatal: e.level == XML_ERR_FATAL, endTagWritten: written)
        }
        let unmanaged = Unmanaged.passUnretained(self).toOpaque()
        context = documentName.withCString { name in
            xmlCreatePushParserCtxt(&sax, unmanaged, nil, 0, name)
        }
        if let context {
            xmlCtxtUseOptions(context, Self.options)
            // The sanitizer hands over UTF-8, whatever the document declared.
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Feeds bytes; `terminate` ends the document.
    func push(_ bytes: UnsafeRawBufferPointer, terminate: Bool) {
        guard let context, !stopped else { return }
        var offset = 0
        // xmlParseChunk takes an Int32 length: feed large buffers in slices.
        repeat {
            let length = min(bytes.count - offset, 1 << 24)
            let last = terminate && offset + length == bytes.count
            let base = bytes.baseAddress.map { ($0 + offset).assumingMemoryBound(to: CChar.self) }
            xmlParseChunk(context, base, Int32(length), last ? 1 : 0)
            offset += length
        } while offset < bytes.count && !stopped
    }

    /// Stops the parse from inside a callback: no further events are delivered.
    func stop() {
        guard let context, !stopped else { return }
        stopped = true
        xmlStopParser(context)
    }

    /// The line libxml2 is reading now.
    var line: Int {
        guard let context else { return 0 }
        return Int(xmlSAX2GetLineNumber(context))
    }
}
