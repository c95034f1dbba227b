/// libxml2's SAX events written down as bytes, to be replayed into a `FeedBuilder` on another
/// thread: what lets libxml2 read a document on one core while the builder works on the
/// other (`FeedParser.parse(reading:)`).
///
/// Recording copies what each callback hands over (names, attributes, text, problems) with
/// the line libxml2 was on; `replay` calls the handler with exactly those events, in order,
/// so that the builder cannot tell a replay from a live parse.
final class XMLEventLog: XMLEventHandler {
    /// The parser whose events this records (for its line numbers).
    unowned(unsafe) var parser: XMLPushParser?
    private(set) var bytes: [UInt8] = []
    private var lastDoctype: String?
    /// Names as numbers: libxml2 hands over each name from its dictionary, one pointer per
    /// name for the whole document, and the builder caches by that pointer; the replay gives
    /// each number one pointer of its own too.
    private var names: [UnsafePointer<UInt8>: Int] = [:]

    enum Kind: UInt8 {
        case start = 1, end, characters, problem, doctype
    }

    /// The events recorded since the last call, handed over.
    func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Records the DOCTYPE the builder should know from here on, when it changed.
    func doctype(_ doctype: String?) {
        guard doctype != lastDoctype else { return }
        lastDoctype = doctype
        header(.doctype)
        optionalString(doctype)
    }

    // MARK: XMLEventHandler

    func startElement(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        attributes: XMLAttributes
    ) {
        header(.start)
        name(localName)
        name(prefix)
        name(uri)
        integer(attributes.count)
        guard let raw = attributes.raw else { return }
        for k in 0..<attributes.count {
            name(raw[k * 5])
            name(raw[k * 5 + 1])
            name(raw[k * 5 + 2])
            if let start = raw[k * 5 + 3], let end = raw[k * 5 + 4] {
                buffer(UnsafeBufferPointer(start: start, count: end - start))
            } else {
                buffer(UnsafeBufferPointer(start: nil, count: 0))
            }
        }
    }

    func endElement(localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
        header(.end)
        name(localName)
        name(prefix)
        name(uri)
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        header(.characters)
        buffer(text)
    }

    func problem(line: Int, column: Int, message: String, fatal: Bool, endTagWritten: String?) {
        bytes.append(Kind.problem.rawValue)
        integer(line)
        integer(column)
        bytes.append(fatal ? 1 : 0)
        optionalString(message)
        optionalString(endTagWritten)
    }

    // MARK: Writing

    private func header(_ kind: Kind) {
        bytes.append(kind.rawValue)
        integer(parser?.line ?? 0)
    }

    private func integer(_ value: Int) {
        let v = UInt32(truncatingIfNeeded: value)
        bytes.append(UInt8(truncatingIfNeeded: v))
        bytes.append(UInt8(truncatingIfNeeded: v >> 8))
        bytes.append(UInt8(truncatingIfNeeded: v >> 16))
        bytes.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    /// Length, bytes, and a NUL (so that a replayed name is a C string again).
    private func buffer(_ text: UnsafeBufferPointer<UInt8>) {
        integer(text.count)
        bytes.append(contentsOf: text)
        bytes.append(0)
    }

    private func cString(_ text: UnsafePointer<UInt8>) {
        var length = 0
        while text[length] != 0 { length += 1 }
        buffer(UnsafeBufferPointer(start: text, count: length))
    }

    /// -1 for none; a name's number when it was seen before; else -2 - its new number, then
    /// its bytes.
    private func name(_ text: UnsafePointer<UInt8>?) {
        guard let text else { return integer(-1) }
        if let known = names[text] { return integer(known) }
        let number = names.count
        names[text] = number
        integer(-2 - number)
        cString(text)
    }

    private func optionalString(_ text: String?) {
        guard var text else { return integer(-1) }
        text.withUTF8 { buffer($0) }
    }
}
