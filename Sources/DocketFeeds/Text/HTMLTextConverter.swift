import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns an HTML fragment (a feed item's description or content) into the plain text a
/// reader sees: tags removed, entities and character references decoded, block elements
/// and `<br>` separating words by a space, the content of `<script>`, `<style>`,
/// `<noscript>` and `<template>` dropped with comments and processing instructions,
/// whitespace collapsed to single spaces and trimmed.
///
/// libxml2's HTML parser decides what the markup means, through SAX callbacks (no tree).
/// It runs at about 50 MB/s on 2.9.14, so two shortcuts come first:
/// - text with no `<` and no `&` only has its whitespace collapsed;
/// - a fragment made only of common, tidy markup (the elements marked `fast` below, quoted
///   or plain attributes, `<!-- comments -->`, known references) is read by a small
///   scanner that replays what libxml2 would do with it, using libxml2's own tables for
///   void elements and implied end tags (`<p>a<p>b`, `<li>a<li>b`). At the first thing it
///   is not sure of, it gives up and libxml2 parses the fragment. The tests check that both
///   give the same text on thousands of generated fragments. It is only used with libxml2
///   2.9.x, the series it was checked against.
///
/// One instance keeps one parser context and its buffers and reuses them for every
/// fragment: it belongs to one feed parser at a time (not `Sendable`, not thread-safe).
///
/// libxml2 2.9.14 behaviours handled here (see the tests):
/// - Without an encoding the HTML parser guesses one (`<meta charset>`, else Latin-1) at the
///   first non-ASCII byte: the fragment is always declared UTF-8 and meta hints are ignored.
/// - An invalid UTF-8 byte makes it decode the rest of the input as Latin-1: byte input is
///   validated first and, if invalid, repaired (U+FFFD) before parsing.
/// - It knows only the HTML 4 entities (and `&apos;`); an unknown `&name;` reaches SAX as
///   `"&"`, `"name"`, `";…"`. Those pieces are recognised by their position in the input (so
///   `&amp;hellip;` stays literal), and the other HTML5 named references, and the legacy
///   ones written without `;` (`&copy 2024`, `Tom &amp Jerry`), are decoded here.
/// - Text before any element gets an implied `<p>` (also with `HTML_PARSE_NOIMPLIED`, where
///   `<b>x</b>y` then reads "x y"), and a `<` that starts no tag is reported before the
///   implied `<html><body>`: the fragment is parsed as `<body>` + fragment, so neither happens.
/// - A reference that ends the input without `;` (`… &copy`) is not recognised: a space is
///   appended to the input.
/// - A NUL that begins a text run ends the parse (one inside a run reads as a space): NULs
///   are removed first.
/// - Bogus tags, `</` or `<!` not starting an end tag, a comment or a DOCTYPE (`</ p>`,
///   `</>`, `<![CDATA[x]]>`), come out as text (" p>"): their text up to the first `>` is
///   dropped, as browsers drop them (recognised by the input position, see `characters`).
/// - Numeric references to C1 controls (`&#150;`) come through as U+0080–U+009F: they are
///   mapped as Windows-1252 (what browsers do), and so are raw C1 characters.
/// - Invalid numeric references (`&#0;`, `&#xD800;`, and also `&#;`) are dropped.
final class HTMLTextConverter {
    private var context: htmlParserCtxtPtr?
    private let sink: UnsafeMutablePointer<HTMLTextSink>
    /// `<body>` + fragment + ` `, for libxml2.
    private var input: UnsafeMutablePointer<UInt8>
    private var inputCapacity: Int

    private static let inputPrefix: StaticString = "<body>"
    private static let initialInputCapacity = 8192

    /// Recover from anything, never touch the network, report nothing, ignore
    /// `<meta charset>`, add no DOCTYPE.
    private static let parseOptions = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_NODEFDTD.rawValue)

    /// The context interns every element, attribute and entity name it meets, for as long
    /// as it lives: past this many, it is replaced, so memory stays bounded.
    private static let maximumDictionarySize = 20_000

    init() {
        sink = .allocate(capacity: 1)
        sink.initialize(to: HTMLTextSink())
        inputCapacity = Self.initialInputCapacity
        input = .allocate(capacity: inputCapacity)
        context = Self.makeContext(sink)
    }

    deinit {
        if let context { htmlFreeParserCtxt(context) }
        sink.pointee.releaseStorage()
        sink.deinitialize(count: 1)
        sink.deallocate()
        input.deallocate()
    }

    /// The plain text of an HTML fragment given as UTF-8 bytes. Invalid UTF-8 is repaired
    /// (each bad sequence becomes U+FFFD) rather than guessed at.
    func plainText(fromHTML html: UnsafeBufferPointer<UInt8>) -> String {
        // The standard library validates (and repairs) faster than a loop here would.
        plainText(fromHTML: String(decoding: html, as: UTF8.self))
    }

    /// The plain text of an HTML fragment.
    func plainText(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { convert($0, fastPath: true) }
    }

    /// Whether the fast path is on (it is for libxml2 2.9.x).
    static var hasFastPath: Bool { htmlTextFastPathModel != nil }

    /// For tests: the text as libxml2 alone makes it.
    func plainTextUsingLibxml2(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { convert($0, fastPath: false) }
    }

    /// For tests: the text as the fast path makes it, or nil where it leaves the fragment
    /// to libxml2.
    func plainTextUsingFastPath(fromHTML html: String) -> String? {
        guard let model = htmlTextFastPathModel else { return nil }
        var html = html
        return html.withUTF8 { bytes -> String? in
            sink.pointee.reset()
            guard let base = bytes.baseAddress else { return "" }
            guard sink.pointee.scan(base, bytes.count, model) else { return nil }
            return sink.pointee.makeString()
        }
    }

    /// `html` is valid UTF-8 here.
    private func convert(_ html: UnsafeBufferPointer<UInt8>, fastPath: Bool) -> String {
        guard let bytes = html.baseAddress, html.count > 0 else { return "" }
        sink.pointee.reset()
        if fastPath {
            if let model = htmlTextFastPathModel {
                if sink.pointee.scan(bytes, html.count, model) {
                    return sink.pointee.makeString()
                }
                sink.pointee.reset()
            } else if memchr(bytes, 0x3C /* < */, html.count) == nil,
                memchr(bytes, 0x26 /* & */, html.count) == nil
            {
                sink.pointee.appendText(bytes, html.count)
                return sink.pointee.makeString()
            }
        }
        parse(bytes, html.count)
        return sink.pointee.makeString()
    }

    private func parse(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        if context == nil {
            context = Self.makeContext(sink)
        }
        let prefixLength = Self.inputPrefix.utf8CodeUnitCount
        let escapes = HTMLFragmentInput.ambiguousReferences(bytes, count)
        let rewriting = escapes > 0 || HTMLFragmentInput.bogusComments(bytes, count) > 0
        let capacityNeeded = prefixLength + count + 4 * escapes + 1
        guard let context, capacityNeeded <= Int(Int32.max) else {
            // No parser context (out of memory) or a fragment over 2 GB: keep the text.
            sink.pointee.appendText(bytes, count)
            return
        }
        if capacityNeeded > inputCapacity {
            input.deallocate()
            inputCapacity = Swift.max(capacityNeeded, inputCapacity * 2)
            input = .allocate(capacity: inputCapacity)
        }
        input.update(from: Self.inputPrefix.utf8Start, count: prefixLength)
        let length = prefixLength + HTMLFragmentInput.copy(bytes, count, rewriting: rewriting, to: input + prefixLength) + 1
        input[length - 1] = 0x20

        sink.pointee.context = context
        let document = input.withMemoryRebound(to: CChar.self, capacity: length) {
            htmlCtxtReadMemory(context, $0, Int32(length), nil, "UTF-8", Self.parseOptions)
        }
        // The callbacks build no tree, so no document is expected back.
        if let document {
            xmlFreeDoc(document)
        }
        sink.pointee.flushHeldBack()
        sink.pointee.context = nil
        if inputCapacity > 1 << 22 {
            // One huge fragment should not pin its copy for the life of the converter.
            input.deallocate()
            inputCapacity = Self.initialInputCapacity
            input = .allocate(capacity: inputCapacity)
        }
        if let dictionary = context.pointee.dict,
            xmlDictSize(dictionary) > Self.maximumDictionarySize
        {
            htmlFreeParserCtxt(context)
            self.context = nil
        }
    }

    /// A parser context whose SAX handler reports only what the text needs, into `sink`.
    private static func makeContext(
        _ sink: UnsafeMutablePointer<HTMLTextSink>
    ) -> htmlParserCtxtPtr? {
        guard let context = htmlNewParserCtxt() else { return nil }
        guard let sax = context.pointee.sax else {
            htmlFreeParserCtxt(context)
            return nil
        }
        // The handler belongs to the context (xmlFreeParserCtxt frees it): overwrite it.
        sax.pointee = xmlSAXHandler()
        // XML_SAX2_MAGIC makes libxml2 use `serror`; the HTML parser still calls the
        // SAX1-style startElement and endElement.
        sax.pointee.initialized = UInt32(XML_SAX2_MAGIC)
        sax.pointee.startElement = { user, name, _ in
            guard let user, let name else { return }
            user.assumingMemoryBound(to: HTMLTextSink.self).pointee.startElement(name)
        }
        sax.pointee.endElement = { user, name in
            guard let user, let name else { return }
            user.assumingMemoryBound(to: HTMLTextSink.self).pointee.endElement(name)
        }
        sax.pointee.characters = { user, text, length in
            guard let user, let text, length > 0 else { return }
            user.assumingMemoryBound(to: HTMLTextSink.self).pointee.characters(text, Int(length))
        }
        // Whitespace-only text next to elements can be reported as "ignorable".
        sax.pointee.ignorableWhitespace = { user, _, length in
            guard let user, length > 0 else { return }
            user.assumingMemoryBound(to: HTMLTextSink.self).pointee.whitespace()
        }
        // <script> and <style> content arrives as cdataBlock: left unset, it is dropped, as
        // are comments and processing instructions (no callbacks for them either).
        // The generic error callback is variadic; the structured one sees every error, and
        // only looks at end tags libxml2 did not simply match (see `endTagMismatch`).
        sax.pointee.serror = { user, error in
            guard let user, let error,
                error.pointee.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue),
                let name = error.pointee.str1
            else { return }
            name.withMemoryRebound(to: UInt8.self, capacity: 1) {
                user.assumingMemoryBound(to: HTMLTextSink.self).pointee.endTagMismatch($0)
            }
        }
        context.pointee.userData = UnsafeMutableRawPointer(sink)
        return context
    }
}

/// The text being built, as UTF-8 in one reusable buffer, with whitespace collapsed as it
/// is written (never a leading or trailing space, never two); the SAX callbacks and the
/// fast path both write through it.
private struct HTMLTextSink {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Whitespace or a block boundary came after the last character written.
    private var needSpace = false
    /// How many <script>, <style>, <noscript>, <template> elements we are in.
    private var skipDepth = 0
    /// The context parsing now: its input position tells entity references apart.
    var context: htmlParserCtxtPtr?

    // An "&" that may begin a reference libxml2 did not know.
    private var ampersandOffset = 0
    private var ampersandNeedSpace = false
    private var ampersandInput: UnsafePointer<UInt8>?
    /// The ";" of a reference decoded here begins the next text callback: skip it.
    private var dropSemicolon = false
    /// Where the "<" of what may be a bogus "<!…>" is, held back until the next event.
    private var bogusLessThan: UnsafePointer<UInt8>?
    private static let lessThan: StaticString = "<"

    /// The fast path's open elements (indices into HTMLTextElement.all).
    private var stack: UnsafeMutablePointer<UInt8>
    private var depth = 0
    private static let stackCapacity = 64

    private static let initialCapacity = 4096

    init() {
        capacity = Self.initialCapacity
        storage = .allocate(capacity: capacity)
        stack = .allocate(capacity: Self.stackCapacity)
    }

    mutating func releaseStorage() {
        storage.deallocate()
        stack.deallocate()
        capacity = 0
    }

    mutating func reset() {
        if capacity > 1 << 22 {
            // One huge fragment should not pin its buffer for the life of the converter.
            storage.deallocate()
            capacity = Self.initialCapacity
            storage = .allocate(capacity: capacity)
        }
        count = 0
        needSpace = false
        skipDepth = 0
        ampersandInput = nil
        dropSemicolon = false
        bogusLessThan = nil
        depth = 0
    }

    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    // MARK: SAX events (libxml2)

    mutating func startElement(_ name: UnsafePointer<UInt8>) {
        flushHeldBack()
        ampersandInput = nil
        dropSemicolon = false
        switch HTMLTextElement.kind(ofParsed: name) {
        case .inline: break
        case .block: if skipDepth == 0 { needSpace = true }
        case .skip: skipDepth += 1
        }
    }

    mutating func endElement(_ name: UnsafePointer<UInt8>) {
        flushHeldBack()
        ampersandInput = nil
        dropSemicolon = false
        switch HTMLTextElement.kind(ofParsed: name) {
        case .inline: break
        case .block: if skipDepth == 0 { needSpace = true }
        case .skip: if skipDepth > 0 { skipDepth -= 1 }
        }
    }

    /// Writes the "<" held back when no bogus tag followed it. Also called at the end.
    mutating func flushHeldBack() {
        if bogusLessThan != nil {
            bogusLessThan = nil
            appendText(Self.lessThan.utf8Start, 1)
        }
    }

    /// libxml2 reports an end tag it ignores (`a</p>b`, `<h1>a</h2>b`), or that closes
    /// other elements first, as XML_ERR_TAG_NAME_MISMATCH naming the tag. A block end tag
    /// still separates words, matched or not.
    mutating func endTagMismatch(_ name: UnsafePointer<UInt8>) {
        flushHeldBack()
        if skipDepth == 0 && HTMLTextElement.kind(ofParsed: name) == .block {
            needSpace = true
        }
    }

    mutating func whitespace() {
        flushHeldBack()
        ampersandInput = nil
        dropSemicolon = false
        if skipDepth == 0 { needSpace = true }
    }

    mutating func characters(_ text: UnsafePointer<UInt8>, _ length: Int) {
        if skipDepth > 0 { return }
        var text = text
        var length = length
        // Bogus tags. libxml2 reports the "<" of "<!x…>" alone, from the "<", then the rest
        // as text; it says nothing of the "</" of "</ p>", only reports the text after it.
        if let input = context?.pointee.input?.pointee, let current = input.cur,
            let base = input.base, let end = input.end
        {
            let start = current - length  // where the text is in the input, if it is raw
            var bogusTagEnded = false
            if let lessThan = bogusLessThan {
                bogusLessThan = nil
                if start == lessThan + 1 && memcmp(start, text, length) == 0,
                    let greaterThan = memchr(text, 0x3E /* > */, length)
                {
                    let skipped = UnsafePointer(greaterThan.assumingMemoryBound(to: UInt8.self)) + 1 - text
                    text += skipped
                    length -= skipped
                    if length == 0 { return }
                    bogusTagEnded = true
                } else {
                    appendText(Self.lessThan.utf8Start, 1)  // it was text after all
                }
            }
            if bogusTagEnded {
                // The rest of the text is ordinary.
            } else if length == 1 && text.pointee == 0x3C /* < */ && current.pointee == 0x3C
                && current + 1 < end && current[1] == 0x21 /* ! */
            {
                // Held back until the next text shows whether it is "<" then "!…>" (a
                // decoded &lt; can also be reported from before a "<!").
                bogusLessThan = current
                return
            } else if start - base >= 2 && start[-2] == 0x3C && start[-1] == 0x2F /* "</" */
                && memcmp(start, text, length) == 0,
                let greaterThan = memchr(text, 0x3E /* > */, length)
            {
                let skipped = UnsafePointer(greaterThan.assumingMemoryBound(to: UInt8.self)) + 1 - text
                text += skipped
                length -= skipped
                if length == 0 { return }
            }
        }
        if dropSemicolon {
            dropSemicolon = false
            if text.pointee == 0x3B /* ; */ {
                text += 1
                length -= 1
                if length == 0 { return }
            }
        }
        if let position = ampersandInput {
            ampersandInput = nil
            if decodeUnknownReference(name: text, length: length, inputPosition: position) {
                return
            }
        }
        if length == 1 && text.pointee == 0x26 /* & */ {
            ampersandOffset = count
            ampersandNeedSpace = needSpace
            appendText(text, 1)
            ampersandInput = context?.pointee.input?.pointee.cur
            return
        }
        appendText(text, length)
    }

    /// libxml2 2.9.14 reports an unknown `&name;` (or a known `&name` without `;`) as the
    /// text `"&"` then the text `"name"`, both while its input position is just past the
    /// name (the `;` follows as ordinary text). A decoded `&amp;` is reported as `"&"` from
    /// past its `;`, and the text after it from further on. So the pair is recognised by
    /// the input position and the input bytes before it. Returns whether the reference was
    /// decoded (the `"&"` already written is then replaced).
    private mutating func decodeUnknownReference(
        name: UnsafePointer<UInt8>, length: Int, inputPosition: UnsafePointer<UInt8>
    ) -> Bool {
        guard length <= 32,
            let input = context?.pointee.input?.pointee,
            let base = input.base, let end = input.end,
            input.cur == inputPosition,
            inputPosition - base > length,
            (inputPosition - length - 1).pointee == 0x26 /* & */,
            memcmp(inputPosition - length, name, length) == 0
        else { return false }
        let followedBySemicolon = inputPosition < end && inputPosition.pointee == 0x3B
        let name = String(decoding: UnsafeBufferPointer(start: name, count: length), as: UTF8.self)
        let value: String?
        if followedBySemicolon {
            value = htmlTextEntities.html5Only[name]
        } else if htmlTextEntities.legacy.contains(name) {
            // Browsers decode these few even without the semicolon.
            value = htmlTextEntities.all[name]
        } else {
            value = nil
        }
        guard var value else { return false }
        count = ampersandOffset
        needSpace = ampersandNeedSpace
        value.withUTF8 { appendText($0.baseAddress!, $0.count) }
        dropSemicolon = followedBySemicolon
        return true
    }

    // MARK: Writing text

    private mutating func reserve(_ extra: Int) {
        let needed = count + extra
        if needed <= capacity { return }
        var newCapacity = Swift.max(capacity * 2, Self.initialCapacity)
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Appends UTF-8 text as libxml2 reports it (or raw text, which then comes out the same):
    /// ASCII whitespace, U+00A0 and the other Unicode spaces collapse into single spaces;
    /// other C0 controls (NUL too), DEL, U+FFFE and U+FFFF are dropped (libxml2 drops all
    /// but DEL, and NUL is removed before it parses); C1 controls are read as Windows-1252.
    mutating func appendText(_ text: UnsafePointer<UInt8>, _ length: Int) {
        _ = appendText(text, length, stopAtMarkup: false)
    }

    /// Appends text up to the first `<` or `&` when `stopAtMarkup`; returns the bytes read.
    @inline(__always)
    private mutating func appendText(
        _ text: UnsafePointer<UInt8>, _ length: Int, stopAtMarkup: Bool
    ) -> Int {
        // Worst case: every 2-byte C1 control becomes a 3-byte character, plus one space.
        reserve(length + length / 2 + 2)
        let start = storage
        var out = storage + count
        var pending = needSpace
        var index = 0
        while index < length {
            let byte = text[index]
            if byte < 0x80 {
                if byte > 0x20 && byte != 0x7F {
                    if stopAtMarkup && (byte == 0x3C || byte == 0x26) { break }
                    if pending {
                        if out != start {
                            out.pointee = 0x20
                            out += 1
                        }
                        pending = false
                    }
                    out.pointee = byte
                    out += 1
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pending = true
                }
                index += 1
                continue
            }
            var scalar: UInt32 = 0  // a character to write instead of the bytes
            var width = 1  // bytes read
            var isSpace = false
            switch byte {
            case 0xC2 where index + 1 < length:
                let next = text[index + 1]
                if next == 0xA0 {  // U+00A0 no-break space
                    isSpace = true
                    width = 2
                } else if next < 0xA0 {  // U+0080...U+009F
                    scalar = Self.windows1252(next)
                    width = 2
                    if scalar == 0 {  // none there: an invisible control, dropped
                        index += 2
                        continue
                    }
                }
            case 0xE2 where index + 2 < length:
                let second = text[index + 1]
                let third = text[index + 2]
                // U+2000...U+200A, U+2028, U+2029, U+202F, U+205F
                if (second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
                    || (second == 0x81 && third == 0x9F)
                {
                    isSpace = true
                    width = 3
                }
            case 0xE3 where index + 2 < length:
                if text[index + 1] == 0x80 && text[index + 2] == 0x80 {  // U+3000
                    isSpace = true
                    width = 3
                }
            case 0xE1 where index + 2 < length:
                if text[index + 1] == 0x9A && text[index + 2] == 0x80 {  // U+1680
                    isSpace = true
                    width = 3
                }
            case 0xEF where index + 2 < length:
                if text[index + 1] == 0xBF && (text[index + 2] == 0xBE || text[index + 2] == 0xBF) {
                    index += 3  // U+FFFE, U+FFFF: not characters
                    continue
                }
            default:
                break
            }
            if isSpace {
                pending = true
                index += width
                continue
            }
            if pending {
                if out != start {
                    out.pointee = 0x20
                    out += 1
                }
                pending = false
            }
            if scalar != 0 {
                // U+0152...U+2122: two or three bytes.
                if scalar < 0x800 {
                    out[0] = UInt8(0xC0 | (scalar >> 6))
                    out[1] = UInt8(0x80 | (scalar & 0x3F))
                    out += 2
                } else {
                    out[0] = UInt8(0xE0 | (scalar >> 12))
                    out[1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[2] = UInt8(0x80 | (scalar & 0x3F))
                    out += 3
                }
            } else {
                // Any other byte of a multi-byte character is copied as it is.
                out.pointee = byte
                out += 1
            }
            index += width
        }
        count = out - start
        needSpace = pending
        return index
    }

    /// Appends one character, given as a Unicode scalar value.
    private mutating func appendScalar(_ value: UInt32) {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let length: Int
        switch value {
        case 0..<0x80:
            bytes.0 = UInt8(value)
            length = 1
        case 0x80..<0x800:
            bytes.0 = UInt8(0xC0 | (value >> 6))
            bytes.1 = UInt8(0x80 | (value & 0x3F))
            length = 2
        case 0x800..<0x10000:
            bytes.0 = UInt8(0xE0 | (value >> 12))
            bytes.1 = UInt8(0x80 | ((value >> 6) & 0x3F))
            bytes.2 = UInt8(0x80 | (value & 0x3F))
            length = 3
        default:
            bytes.0 = UInt8(0xF0 | (value >> 18))
            bytes.1 = UInt8(0x80 | ((value >> 12) & 0x3F))
            bytes.2 = UInt8(0x80 | ((value >> 6) & 0x3F))
            bytes.3 = UInt8(0x80 | (value & 0x3F))
            length = 4
        }
        withUnsafeBytes(of: &bytes) {
            appendText($0.baseAddress!.assumingMemoryBound(to: UInt8.self), length)
        }
    }

    /// The Windows-1252 character for a byte 0x80...0x9F, or 0 where it has none.
    private static func windows1252(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x80: return 0x20AC
        case 0x82: return 0x201A
        case 0x83: return 0x0192
        case 0x84: return 0x201E
        case 0x85: return 0x2026
        case 0x86: return 0x2020
        case 0x87: return 0x2021
        case 0x88: return 0x02C6
        case 0x89: return 0x2030
        case 0x8A: return 0x0160
        case 0x8B: return 0x2039
        case 0x8C: return 0x0152
        case 0x8E: return 0x017D
        case 0x91: return 0x2018
        case 0x92: return 0x2019
        case 0x93: return 0x201C
        case 0x94: return 0x201D
        case 0x95: return 0x2022
        case 0x96: return 0x2013
        case 0x97: return 0x2014
        case 0x98: return 0x02DC
        case 0x99: return 0x2122
        case 0x9A: return 0x0161
        case 0x9B: return 0x203A
        case 0x9C: return 0x0153
        case 0x9E: return 0x017E
        case 0x9F: return 0x0178
        default: return 0
        }
    }

    // MARK: The fast path

    /// Reads a fragment of tidy markup the way libxml2 2.9 would (see the type's comment),
    /// writing its text. Returns false, with the text half made, at the first construct it
    /// leaves to libxml2.
    mutating func scan(
        _ bytes: UnsafePointer<UInt8>, _ length: Int, _ model: HTMLTextFastPathModel
    ) -> Bool {
        var index = 0
        while index < length {
            index += appendText(bytes + index, length - index, stopAtMarkup: true)
            guard index < length else { break }
            if bytes[index] == 0x26 /* & */ {
                guard let next = scanReference(bytes, index, length) else { return false }
                index = next
                continue
            }
            // "<"
            guard index + 1 < length else { return false }
            let next = bytes[index + 1]
            if HTMLTextBytes.isLetter(next) {
                guard let end = scanStartTag(bytes, index, length, model) else { return false }
                index = end
            } else if next == 0x2F /* / */ {
                guard let end = scanEndTag(bytes, index, length, model) else { return false }
                index = end
            } else if next == 0x21 /* ! */ {
                guard let end = HTMLTextBytes.commentEnd(bytes, index, length) else { return false }
                index = end
            } else if HTMLTextBytes.isLiteralAfterLessThan(next) {
                // libxml2 keeps a "<" that starts nothing as text.
                appendText(bytes + index, 1)
                index += 1
            } else {
                return false
            }
        }
        return true
    }

    /// `&…;` at `start`: a numeric reference to a character, or a named one from the
    /// tables. Returns the index after it.
    private mutating func scanReference(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int
    ) -> Int? {
        var index = start + 1
        guard index < length else { return nil }
        if bytes[index] == 0x23 /* # */ {
            index += 1
            var radix: UInt32 = 10
            if index < length && bytes[index] | 0x20 == 0x78 /* x */ {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < length, let digit = HTMLTextBytes.digit(bytes[index], radix: radix) {
                value = value * radix + digit
                index += 1
                if index - digitsStart > 7 { return nil }
            }
            guard index > digitsStart, index < length, bytes[index] == 0x3B /* ; */,
                HTMLTextBytes.isXMLCharacter(value)
            else { return nil }
            appendScalar(value)
            return index + 1
        }
        let nameStart = index
        guard HTMLTextBytes.isLetter(bytes[index]) else { return nil }
        while index < length && HTMLTextBytes.isAlphanumeric(bytes[index]) {
            index += 1
            if index - nameStart > 32 { return nil }
        }
        guard index < length, bytes[index] == 0x3B /* ; */ else { return nil }
        let name = String(
            decoding: UnsafeBufferPointer(start: bytes + nameStart, count: index - nameStart),
            as: UTF8.self)
        guard var value = htmlTextEntities.all[name] else { return nil }
        value.withUTF8 { appendText($0.baseAddress!, $0.count) }
        return index + 1
    }

    /// `<name attributes>` or `<name attributes/>` at `start`. Returns the index after it.
    private mutating func scanStartTag(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int,
        _ model: HTMLTextFastPathModel
    ) -> Int? {
        var index = start + 1
        while index < length && HTMLTextBytes.isAlphanumeric(bytes[index]) { index += 1 }
        let element = HTMLTextElement.index(ofRaw: bytes + start + 1, length: index - start - 1)
        guard element >= 0, model.handles[element] else { return nil }
        var selfClosing = false
        while true {
            index = HTMLTextBytes.skipBlanks(bytes, index, length)
            guard index < length else { return nil }
            let byte = bytes[index]
            if byte == 0x3E /* > */ {
                index += 1
                break
            }
            if byte == 0x2F /* / */ {
                guard index + 1 < length, bytes[index + 1] == 0x3E else { return nil }
                selfClosing = true
                index += 2
                break
            }
            // An attribute: name, then maybe = and a value.
            guard HTMLTextBytes.isAttributeNameStart(byte) else { return nil }
            index += 1
            while index < length && HTMLTextBytes.isAttributeNameCharacter(bytes[index]) {
                index += 1
            }
            index = HTMLTextBytes.skipBlanks(bytes, index, length)
            guard index < length else { return nil }
            if bytes[index] != 0x3D /* = */ { continue }
            index = HTMLTextBytes.skipBlanks(bytes, index + 1, length)
            guard index < length else { return nil }
            let quote = bytes[index]
            if quote == 0x22 || quote == 0x27 {
                index += 1
                while index < length && bytes[index] != quote {
                    if bytes[index] == 0 { return nil }  // libxml2 stops at NUL
                    index += 1
                }
                guard index < length else { return nil }
                index += 1
            } else {
                let valueStart = index
                while index < length {
                    let byte = bytes[index]
                    if byte == 0x3E || HTMLTextBytes.isBlank(byte) { break }
                    if byte == 0 { return nil }
                    index += 1
                }
                guard index > valueStart else { return nil }
            }
        }
        // What libxml2 does on a start tag: close the open elements the new one ends
        // (HTML 4's optional end tags), open it, and close it at once if it is empty.
        while depth > 0 && model.closes(element, stack[depth - 1]) {
            depth -= 1
            if HTMLTextElement.all[Int(stack[depth])].kind == .block { needSpace = true }
        }
        if HTMLTextElement.all[element].kind == .block { needSpace = true }
        if selfClosing || model.isEmpty[element] { return index }
        guard depth < Self.stackCapacity else { return nil }
        stack[depth] = UInt8(element)
        depth += 1
        return index
    }

    /// `</name>` at `start`. Returns the index after it.
    private mutating func scanEndTag(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int,
        _ model: HTMLTextFastPathModel
    ) -> Int? {
        var index = start + 2
        guard index < length, HTMLTextBytes.isLetter(bytes[index]) else { return nil }
        while index < length && HTMLTextBytes.isAlphanumeric(bytes[index]) { index += 1 }
        let element = HTMLTextElement.index(ofRaw: bytes + start + 2, length: index - start - 2)
        guard element >= 0, model.handles[element] else { return nil }
        index = HTMLTextBytes.skipBlanks(bytes, index, length)
        guard index < length, bytes[index] == 0x3E /* > */ else { return nil }
        // A block end tag separates words even when libxml2 ignores it (see endTagMismatch).
        if HTMLTextElement.all[element].kind == .block { needSpace = true }
        // What libxml2 does on an end tag: ignore it unless the element is open, and unless
        // an element opened inside it has a higher end priority (e.g. </div> inside a
        // <td>); else close everything opened inside it, then it.
        let priority = model.priority[element]
        var open = depth - 1
        while open >= 0 && Int(stack[open]) != element {
            if model.priority[Int(stack[open])] > priority { return index + 1 }
            open -= 1
        }
        guard open >= 0 else { return index + 1 }
        while depth > open {
            depth -= 1
            if HTMLTextElement.all[Int(stack[depth])].kind == .block { needSpace = true }
        }
        return index + 1
    }
}

// MARK: - Elements

/// What an element does to the text around it.
enum HTMLTextElementKind: Sendable {
    /// Text flows through it (`<b>`, `<a>`, `<span>`…).
    case inline
    /// It separates the text before and after it by a space (`<p>`, `<br>`, `<td>`…).
    case block
    /// Its content is not text for a reader (`<script>`, `<style>`…).
    case skip
}

/// The elements the converter knows by name; any other is inline, and leaves the fragment
/// to libxml2. (Internal for the tests.)
struct HTMLTextElement: Sendable {
    let name: StaticString
    let kind: HTMLTextElementKind
    /// Whether the fast path may handle it itself.
    let fast: Bool

    init(_ name: StaticString, _ kind: HTMLTextElementKind, fast: Bool) {
        self.name = name
        self.kind = kind
        self.fast = fast
    }

    /// Indexed by `index(ofRaw:length:)`; a test checks the two agree.
    static let all: [HTMLTextElement] = [
        // Inline elements the fast path handles.
        .init("a", .inline, fast: true), .init("abbr", .inline, fast: true),
        .init("acronym", .inline, fast: true), .init("b", .inline, fast: true),
        .init("bdi", .inline, fast: true), .init("bdo", .inline, fast: true),
        .init("big", .inline, fast: true), .init("cite", .inline, fast: true),
        .init("code", .inline, fast: true), .init("data", .inline, fast: true),
        .init("del", .inline, fast: true), .init("dfn", .inline, fast: true),
        .init("em", .inline, fast: true), .init("font", .inline, fast: true),
        .init("i", .inline, fast: true), .init("ins", .inline, fast: true),
        .init("kbd", .inline, fast: true), .init("mark", .inline, fast: true),
        .init("nobr", .inline, fast: true), .init("q", .inline, fast: true),
        .init("s", .inline, fast: true), .init("samp", .inline, fast: true),
        .init("small", .inline, fast: true), .init("span", .inline, fast: true),
        .init("strike", .inline, fast: true), .init("strong", .inline, fast: true),
        .init("sub", .inline, fast: true), .init("sup", .inline, fast: true),
        .init("time", .inline, fast: true), .init("tt", .inline, fast: true),
        .init("u", .inline, fast: true), .init("var", .inline, fast: true),
        .init("wbr", .inline, fast: true), .init("img", .inline, fast: true),
        .init("picture", .inline, fast: true), .init("source", .inline, fast: true),
        .init("label", .inline, fast: true),
        // Block elements the fast path handles.
        .init("p", .block, fast: true), .init("div", .block, fast: true),
        .init("ul", .block, fast: true), .init("ol", .block, fast: true),
        .init("li", .block, fast: true), .init("dl", .block, fast: true),
        .init("dt", .block, fast: true), .init("dd", .block, fast: true),
        .init("h1", .block, fast: true), .init("h2", .block, fast: true),
        .init("h3", .block, fast: true), .init("h4", .block, fast: true),
        .init("h5", .block, fast: true), .init("h6", .block, fast: true),
        .init("blockquote", .block, fast: true), .init("pre", .block, fast: true),
        .init("hr", .block, fast: true), .init("br", .block, fast: true),
        .init("address", .block, fast: true), .init("article", .block, fast: true),
        .init("aside", .block, fast: true), .init("section", .block, fast: true),
        .init("header", .block, fast: true), .init("footer", .block, fast: true),
        .init("nav", .block, fast: true), .init("main", .block, fast: true),
        .init("figure", .block, fast: true), .init("figcaption", .block, fast: true),
        .init("center", .block, fast: true), .init("table", .block, fast: true),
        .init("caption", .block, fast: true), .init("thead", .block, fast: true),
        .init("tbody", .block, fast: true), .init("tfoot", .block, fast: true),
        .init("tr", .block, fast: true), .init("td", .block, fast: true),
        .init("th", .block, fast: true), .init("details", .block, fast: true),
        .init("summary", .block, fast: true), .init("hgroup", .block, fast: true),
        .init("menu", .block, fast: true), .init("dir", .block, fast: true),
        // Block elements left to libxml2.
        .init("html", .block, fast: false), .init("head", .block, fast: false),
        .init("body", .block, fast: false), .init("title", .block, fast: false),
        .init("iframe", .block, fast: false), .init("frame", .block, fast: false),
        .init("frameset", .block, fast: false), .init("noframes", .block, fast: false),
        .init("colgroup", .block, fast: false), .init("col", .block, fast: false),
        .init("select", .block, fast: false), .init("option", .block, fast: false),
        .init("optgroup", .block, fast: false), .init("textarea", .block, fast: false),
        .init("form", .block, fast: false), .init("fieldset", .block, fast: false),
        .init("legend", .block, fast: false), .init("dialog", .block, fast: false),
        .init("listing", .block, fast: false), .init("plaintext", .block, fast: false),
        .init("xmp", .block, fast: false), .init("search", .block, fast: false),
        // Elements whose content is not text, left to libxml2.
        .init("script", .skip, fast: false), .init("style", .skip, fast: false),
        .init("noscript", .skip, fast: false), .init("template", .skip, fast: false),
    ]
    /// The kind of an element libxml2 reports (a NUL-terminated lower-case name).
    static func kind(ofParsed name: UnsafePointer<UInt8>) -> HTMLTextElementKind {
        var length = 0
        while length < 11 && name[length] != 0 { length += 1 }
        let index = index(ofRaw: name, length: length)
        return index >= 0 ? all[index].kind : .inline
    }

    /// The index in `all` of an element name read from the input (ASCII letters and digits
    /// in any case), or -1. Names of up to eight bytes are packed little-endian into one
    /// integer and matched against constants (the comments give the names).
    static func index(ofRaw name: UnsafePointer<UInt8>, length: Int) -> Int {
        guard length > 0 && length <= 10 else { return -1 }
        var key: UInt64 = 0
        for offset in 0..<Swift.min(length, 8) {
            // Lower case for letters; digits already have the 0x20 bit.
            key |= UInt64(name[offset] | 0x20) << UInt64(8 * offset)
        }
        if length > 8 {
            var tail: UInt16 = UInt16(name[8] | 0x20)
            if length == 10 { tail |= UInt16(name[9] | 0x20) << 8 }
            switch (key, tail) {
            case (0x6F75_716B_636F_6C62, 0x6574): return 51  // blockquote
            case (0x6974_7061_6367_6966, 0x6E6F): return 64  // figcaption
            case (0x7865_746E_6961_6C70, 0x74): return 98  // plaintext
            default: return -1
            }
        }
        switch key {
        case 0x61: return 0  // a
        case 0x72626261: return 1  // abbr
        case 0x6D796E6F726361: return 2  // acronym
        case 0x62: return 3  // b
        case 0x696462: return 4  // bdi
        case 0x6F6462: return 5  // bdo
        case 0x676962: return 6  // big
        case 0x65746963: return 7  // cite
        case 0x65646F63: return 8  // code
        case 0x61746164: return 9  // data
        case 0x6C6564: return 10  // del
        case 0x6E6664: return 11  // dfn
        case 0x6D65: return 12  // em
        case 0x746E6F66: return 13  // font
        case 0x69: return 14  // i
        case 0x736E69: return 15  // ins
        case 0x64626B: return 16  // kbd
        case 0x6B72616D: return 17  // mark
        case 0x72626F6E: return 18  // nobr
        case 0x71: return 19  // q
        case 0x73: return 20  // s
        case 0x706D6173: return 21  // samp
        case 0x6C6C616D73: return 22  // small
        case 0x6E617073: return 23  // span
        case 0x656B69727473: return 24  // strike
        case 0x676E6F727473: return 25  // strong
        case 0x627573: return 26  // sub
        case 0x707573: return 27  // sup
        case 0x656D6974: return 28  // time
        case 0x7474: return 29  // tt
        case 0x75: return 30  // u
        case 0x726176: return 31  // var
        case 0x726277: return 32  // wbr
        case 0x676D69: return 33  // img
        case 0x65727574636970: return 34  // picture
        case 0x656372756F73: return 35  // source
        case 0x6C6562616C: return 36  // label
        case 0x70: return 37  // p
        case 0x766964: return 38  // div
        case 0x6C75: return 39  // ul
        case 0x6C6F: return 40  // ol
        case 0x696C: return 41  // li
        case 0x6C64: return 42  // dl
        case 0x7464: return 43  // dt
        case 0x6464: return 44  // dd
        case 0x3168: return 45  // h1
        case 0x3268: return 46  // h2
        case 0x3368: return 47  // h3
        case 0x3468: return 48  // h4
        case 0x3568: return 49  // h5
        case 0x3668: return 50  // h6
        case 0x657270: return 52  // pre
        case 0x7268: return 53  // hr
        case 0x7262: return 54  // br
        case 0x73736572646461: return 55  // address
        case 0x656C6369747261: return 56  // article
        case 0x6564697361: return 57  // aside
        case 0x6E6F6974636573: return 58  // section
        case 0x726564616568: return 59  // header
        case 0x7265746F6F66: return 60  // footer
        case 0x76616E: return 61  // nav
        case 0x6E69616D: return 62  // main
        case 0x657275676966: return 63  // figure
        case 0x7265746E6563: return 65  // center
        case 0x656C626174: return 66  // table
        case 0x6E6F6974706163: return 67  // caption
        case 0x6461656874: return 68  // thead
        case 0x79646F6274: return 69  // tbody
        case 0x746F6F6674: return 70  // tfoot
        case 0x7274: return 71  // tr
        case 0x6474: return 72  // td
        case 0x6874: return 73  // th
        case 0x736C6961746564: return 74  // details
        case 0x7972616D6D7573: return 75  // summary
        case 0x70756F726768: return 76  // hgroup
        case 0x756E656D: return 77  // menu
        case 0x726964: return 78  // dir
        case 0x6C6D7468: return 79  // html
        case 0x64616568: return 80  // head
        case 0x79646F62: return 81  // body
        case 0x656C746974: return 82  // title
        case 0x656D61726669: return 83  // iframe
        case 0x656D617266: return 84  // frame
        case 0x746573656D617266: return 85  // frameset
        case 0x73656D6172666F6E: return 86  // noframes
        case 0x70756F72676C6F63: return 87  // colgroup
        case 0x6C6F63: return 88  // col
        case 0x7463656C6573: return 89  // select
        case 0x6E6F6974706F: return 90  // option
        case 0x70756F726774706F: return 91  // optgroup
        case 0x6165726174786574: return 92  // textarea
        case 0x6D726F66: return 93  // form
        case 0x746573646C656966: return 94  // fieldset
        case 0x646E6567656C: return 95  // legend
        case 0x676F6C616964: return 96  // dialog
        case 0x676E697473696C: return 97  // listing
        case 0x706D78: return 99  // xmp
        case 0x686372616573: return 100  // search
        case 0x747069726373: return 101  // script
        case 0x656C797473: return 102  // style
        case 0x7470697263736F6E: return 103  // noscript
        case 0x6574616C706D6574: return 104  // template
        default: return -1
        }
    }
}

/// What the fast path needs to know of libxml2's HTML 4 rules, asked of libxml2 itself.
private struct HTMLTextFastPathModel: Sendable {
    /// By element index: the fast path may handle it.
    let handles: [Bool]
    /// By element index: libxml2 closes it at once (`<br>`, `<img>`, `<hr>`…).
    let isEmpty: [Bool]
    /// By element index: libxml2's end-tag priority (an end tag does not close elements of
    /// a higher priority opened inside it).
    let priority: [UInt8]
    /// `closing[new * count + old]`: a start tag `new` ends an open `old`.
    private let closing: [Bool]
    private let count: Int

    func closes(_ new: Int, _ old: UInt8) -> Bool {
        closing[new * count + Int(old)]
    }

    /// The model for the libxml2 at hand, or nil unless it is a 2.9.x, the series the fast
    /// path replays.
    static func make() -> HTMLTextFastPathModel? {
        guard let version = __xmlParserVersion()?.pointee,
            let number = Int(String(cString: version)), number / 100 == 209
        else { return nil }
        let elements = HTMLTextElement.all
        let count = elements.count
        var handles = elements.map(\.fast)
        var isEmpty = [Bool](repeating: false, count: count)
        var priority = [UInt8](repeating: 100, count: count)
        var closing = [Bool](repeating: false, count: count * count)

        func name(_ element: Int) -> UnsafePointer<UInt8> { elements[element].name.utf8Start }
        // htmlGetEndPriority (static in libxml2 2.9).
        for (index, element) in elements.enumerated() {
            switch "\(element.name)" {
            case "div": priority[index] = 150
            case "td", "th": priority[index] = 160
            case "tr": priority[index] = 170
            case "thead", "tbody", "tfoot": priority[index] = 180
            case "table": priority[index] = 190
            default: break
            }
            isEmpty[index] = (htmlTagLookup(name(index))?.pointee.empty ?? 0) != 0
        }
        // htmlAutoCloseTag(_, old, node) asks libxml2's table whether a start tag named like
        // `node` ends `old`, except for old == new.
        let nodes = (0..<count).map { xmlNewNode(nil, name($0)) }
        defer { nodes.forEach { xmlFreeNode($0) } }
        guard nodes.allSatisfy({ $0 != nil }) else { return nil }
        for new in 0..<count where handles[new] {
            for old in 0..<count where old != new && handles[old] {
                closing[new * count + old] = htmlAutoCloseTag(nil, name(old), nodes[new]) != 0
            }
            // Never model a tag that would close the <body> the fragment is parsed in.
            if htmlAutoCloseTag(nil, "body", nodes[new]) != 0
                || htmlAutoCloseTag(nil, "html", nodes[new]) != 0
            {
                handles[new] = false
            }
        }
        // Whether <x> ends an open <x> (<p>, <li>…): parse <body><x><x> and see.
        guard let probeContext = htmlNewParserCtxt(), let sax = probeContext.pointee.sax else {
            return nil
        }
        defer { htmlFreeParserCtxt(probeContext) }
        sax.pointee = xmlSAXHandler()
        sax.pointee.initialized = UInt32(XML_SAX2_MAGIC)
        sax.pointee.startElement = { user, name, _ in
            guard let user, let name else { return }
            let probe = user.assumingMemoryBound(to: HTMLTextSelfClosingProbe.self)
            if strcmp(name, probe.pointee.name) == 0 { probe.pointee.starts += 1 }
        }
        sax.pointee.endElement = { user, name in
            guard let user, let name else { return }
            let probe = user.assumingMemoryBound(to: HTMLTextSelfClosingProbe.self)
            if strcmp(name, probe.pointee.name) == 0 && probe.pointee.starts == 1 {
                probe.pointee.endedBeforeSecond = true
            }
        }
        sax.pointee.serror = { _, _ in }
        for element in 0..<count where handles[element] && !isEmpty[element] {
            var probe = HTMLTextSelfClosingProbe(name: name(element))
            let document = "<body><\(elements[element].name)><\(elements[element].name)>x"
            let parsed = withUnsafeMutablePointer(to: &probe) { probePointer -> Bool in
                probeContext.pointee.userData = UnsafeMutableRawPointer(probePointer)
                let result = htmlCtxtReadMemory(
                    probeContext, document, Int32(document.utf8.count), nil, "UTF-8",
                    Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
                if let result { xmlFreeDoc(result) }
                return probePointer.pointee.starts == 2
            }
            guard parsed else {
                handles[element] = false
                continue
            }
            closing[element * count + element] = probe.endedBeforeSecond
        }
        return HTMLTextFastPathModel(
            handles: handles, isEmpty: isEmpty, priority: priority, closing: closing, count: count)
    }

    private init(
        handles: [Bool], isEmpty: [Bool], priority: [UInt8], closing: [Bool], count: Int
    ) {
        self.handles = handles
        self.isEmpty = isEmpty
        self.priority = priority
        self.closing = closing
        self.count = count
    }
}

private struct HTMLTextSelfClosingProbe {
    let name: UnsafePointer<UInt8>
    var starts = 0
    var endedBeforeSecond = false
}

/// Built on first use, from libxml2; nil when the fast path is off (another libxml2).
private let htmlTextFastPathModel: HTMLTextFastPathModel? = HTMLTextFastPathModel.make()

// MARK: - Bytes

enum HTMLTextBytes {
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// libxml2's blanks: space, tab, line feed, carriage return.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    static func skipBlanks(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int {
        var index = start
        while index < length && isBlank(bytes[index]) { index += 1 }
        return index
    }

    static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == 0x5F /* _ */ || byte == 0x3A /* : */
    }

    static func isAttributeNameCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2D || byte == 0x2E
    }

    /// Bytes after which libxml2 keeps a `<` as text (it does for any byte that is not a
    /// letter, `/`, `!` or `?`; the fast path only takes these).
    static func isLiteralAfterLessThan(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x30...0x39, 0x3C, 0x3D, 0x3E, 0x22, 0x27, 0x28, 0x29,
            0x2A, 0x2B, 0x2C, 0x2D, 0x3B, 0x40, 0x5B, 0x5D, 0x5E, 0x7B, 0x7C, 0x7D, 0x7E,
            0x24, 0x25, 0x23, 0x26:
            return true
        default:
            return false
        }
    }

    static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        if radix == 16 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        }
        return nil
    }

    /// A character XML (and libxml2's HTML parser) accepts.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `<!--…-->` at `start`, in the plain form the fast path takes (no `--` inside, not
    /// `<!-->` or `<!--->`). Returns the index after it.
    static func commentEnd(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard start + 4 < length, bytes[start + 2] == 0x2D, bytes[start + 3] == 0x2D else {
            return nil
        }
        var index = start + 4
        if bytes[index] == 0x3E { return nil }
        if bytes[index] == 0x2D && index + 1 < length && bytes[index + 1] == 0x3E { return nil }
        while index + 1 < length {
            let byte = bytes[index]
            if byte == 0 { return nil }
            if byte == 0x2D && bytes[index + 1] == 0x2D {
                guard index + 2 < length, bytes[index + 2] == 0x3E else { return nil }
                return index + 3
            }
            index += 1
        }
        return nil
    }
}

// MARK: - Named character references

private struct HTMLTextEntityTables: Sendable {
    /// Every named reference decoded: HTML 4's (with libxml2's values: `&lang;` is U+2329
    /// there, U+27E8 in HTML5) and HTML5's.
    let all: [String: String]
    /// The HTML5 references libxml2 does not know.
    let html5Only: [String: String]
    /// The references HTML5 also decodes without a semicolon (`&copy 2024`).
    let legacy: Set<String>

    static func make() -> HTMLTextEntityTables {
        func words(_ text: String) -> [Substring] {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        }
        var html5Only: [String: String] = [:]
        html5Only.reserveCapacity(1900)
        for entry in words(htmlTextHTML5OnlyEntityData) {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            var value = ""
            for hex in entry[entry.index(after: equals)...].split(separator: ".") {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                    value.unicodeScalars.append(scalar)
                }
            }
            html5Only[String(entry[..<equals])] = value
        }
        var all = html5Only
        for name in words(htmlTextLibxml2EntityNames) {
            let name = String(name)
            if let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) {
                all[name] = String(Character(scalar))
            }
        }
        return HTMLTextEntityTables(
            all: all, html5Only: html5Only, legacy: Set(words(htmlTextLegacyEntityNames).map(String.init)))
    }
}

private let htmlTextEntities = HTMLTextEntityTables.make()

/// The 253 references libxml2 2.9 knows (HTML 4's and `apos`); their values come from it.
private let htmlTextLibxml2EntityNames = """
    AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH Eacute Ecirc
    Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig
    Oacute Ocirc Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau
    Theta Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig agrave
    alefsym alpha amp and ang apos aring asymp atilde auml bdquo beta brvbar bull cap ccedil cedil
    cent chi circ clubs cong copy crarr cup curren dArr dagger darr deg delta diams divide eacute
    ecirc egrave empty emsp ensp epsilon equiv eta eth euml euro exist fnof forall frac12 frac14
    frac34 frasl gamma ge gt hArr harr hearts hellip iacute icirc iexcl igrave image infin int iota
    iquest isin iuml kappa lArr lambda lang laquo larr lceil ldquo le lfloor lowast loz lrm lsaquo
    lsquo lt macr mdash micro middot minus mu nabla nbsp ndash ne ni not notin nsub ntilde nu oacute
    ocirc oelig ograve oline omega omicron oplus or ordf ordm oslash otilde otimes ouml para part
    permil perp phi pi piv plusmn pound prime prod prop psi quot rArr radic rang raquo rarr rceil
    rdquo real reg rfloor rho rlm rsaquo rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades
    sub sube sum sup sup1 sup2 sup3 supe szlig tau there4 theta thetasym thinsp thorn tilde times
    trade uArr uacute uarr ucirc ugrave uml upsih upsilon uuml weierp xi yacute yen yuml zeta zwj
    zwnj
    """

/// The references HTML5 also decodes without a semicolon.
private let htmlTextLegacyEntityNames = """
    AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT
    Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute
    Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil
    cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute
    icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve
    ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig
    thorn times uacute ucirc ugrave uml uuml yacute yen yuml
    """

/// The other HTML5 named character references (WHATWG list): `name=code point[.code
/// point]`, in hexadecimal.
private let htmlTextHTML5OnlyEntityData = """
    AMP=26 Abreve=102 Acy=410 Afr=1D504 Amacr=100 And=2A53 Aogon=104 Aopf=1D538 ApplyFunction=2061
    Ascr=1D49C Assign=2254 Backslash=2216 Barv=2AE7 Barwed=2306 Bcy=411 Because=2235 Bernoullis=212C
    Bfr=1D505 Bopf=1D539 Breve=2D8 Bscr=212C Bumpeq=224E CHcy=427 COPY=A9 Cacute=106 Cap=22D2
    CapitalDifferentialD=2145 Cayleys=212D Ccaron=10C Ccirc=108 Cconint=2230 Cdot=10A Cedilla=B8
    CenterDot=B7 Cfr=212D CircleDot=2299 CircleMinus=2296 CirclePlus=2295 CircleTimes=2297
    ClockwiseContourIntegral=2232 CloseCurlyDoubleQuote=201D CloseCurlyQuote=2019 Colon=2237
    Colone=2A74 Congruent=2261 Conint=222F ContourIntegral=222E Copf=2102 Coproduct=2210
    CounterClockwiseContourIntegral=2233 Cross=2A2F Cscr=1D49E Cup=22D3 CupCap=224D DD=2145
    DDotrahd=2911 DJcy=402 DScy=405 DZcy=40F Darr=21A1 Dashv=2AE4 Dcaron=10E Dcy=414 Del=2207
    Dfr=1D507 DiacriticalAcute=B4 DiacriticalDot=2D9 DiacriticalDoubleAcute=2DD DiacriticalGrave=60
    DiacriticalTilde=2DC Diamond=22C4 DifferentialD=2146 Dopf=1D53B Dot=A8 DotDot=20DC DotEqual=2250
    DoubleContourIntegral=222F DoubleDot=A8 DoubleDownArrow=21D3 DoubleLeftArrow=21D0
    DoubleLeftRightArrow=21D4 DoubleLeftTee=2AE4 DoubleLongLeftArrow=27F8
    DoubleLongLeftRightArrow=27FA DoubleLongRightArrow=27F9 DoubleRightArrow=21D2
    DoubleRightTee=22A8 DoubleUpArrow=21D1 DoubleUpDownArrow=21D5 DoubleVerticalBar=2225
    DownArrow=2193 DownArrowBar=2913 DownArrowUpArrow=21F5 DownBreve=311 DownLeftRightVector=2950
    DownLeftTeeVector=295E DownLeftVector=21BD DownLeftVectorBar=2956 DownRightTeeVector=295F
    DownRightVector=21C1 DownRightVectorBar=2957 DownTee=22A4 DownTeeArrow=21A7 Downarrow=21D3
    Dscr=1D49F Dstrok=110 ENG=14A Ecaron=11A Ecy=42D Edot=116 Efr=1D508 Element=2208 Emacr=112
    EmptySmallSquare=25FB EmptyVerySmallSquare=25AB Eogon=118 Eopf=1D53C Equal=2A75 EqualTilde=2242
    Equilibrium=21CC Escr=2130 Esim=2A73 Exists=2203 ExponentialE=2147 Fcy=424 Ffr=1D509
    FilledSmallSquare=25FC FilledVerySmallSquare=25AA Fopf=1D53D ForAll=2200 Fouriertrf=2131
    Fscr=2131 GJcy=403 GT=3E Gammad=3DC Gbreve=11E Gcedil=122 Gcirc=11C Gcy=413 Gdot=120 Gfr=1D50A
    Gg=22D9 Gopf=1D53E GreaterEqual=2265 GreaterEqualLess=22DB GreaterFullEqual=2267
    GreaterGreater=2AA2 GreaterLess=2277 GreaterSlantEqual=2A7E GreaterTilde=2273 Gscr=1D4A2 Gt=226B
    HARDcy=42A Hacek=2C7 Hat=5E Hcirc=124 Hfr=210C HilbertSpace=210B Hopf=210D HorizontalLine=2500
    Hscr=210B Hstrok=126 HumpDownHump=224E HumpEqual=224F IEcy=415 IJlig=132 IOcy=401 Icy=418
    Idot=130 Ifr=2111 Im=2111 Imacr=12A ImaginaryI=2148 Implies=21D2 Int=222C Integral=222B
    Intersection=22C2 InvisibleComma=2063 InvisibleTimes=2062 Iogon=12E Iopf=1D540 Iscr=2110
    Itilde=128 Iukcy=406 Jcirc=134 Jcy=419 Jfr=1D50D Jopf=1D541 Jscr=1D4A5 Jsercy=408 Jukcy=404
    KHcy=425 KJcy=40C Kcedil=136 Kcy=41A Kfr=1D50E Kopf=1D542 Kscr=1D4A6 LJcy=409 LT=3C Lacute=139
    Lang=27EA Laplacetrf=2112 Larr=219E Lcaron=13D Lcedil=13B Lcy=41B LeftAngleBracket=27E8
    LeftArrow=2190 LeftArrowBar=21E4 LeftArrowRightArrow=21C6 LeftCeiling=2308
    LeftDoubleBracket=27E6 LeftDownTeeVector=2961 LeftDownVector=21C3 LeftDownVectorBar=2959
    LeftFloor=230A LeftRightArrow=2194 LeftRightVector=294E LeftTee=22A3 LeftTeeArrow=21A4
    LeftTeeVector=295A LeftTriangle=22B2 LeftTriangleBar=29CF LeftTriangleEqual=22B4
    LeftUpDownVector=2951 LeftUpTeeVector=2960 LeftUpVector=21BF LeftUpVectorBar=2958
    LeftVector=21BC LeftVectorBar=2952 Leftarrow=21D0 Leftrightarrow=21D4 LessEqualGreater=22DA
    LessFullEqual=2266 LessGreater=2276 LessLess=2AA1 LessSlantEqual=2A7D LessTilde=2272 Lfr=1D50F
    Ll=22D8 Lleftarrow=21DA Lmidot=13F LongLeftArrow=27F5 LongLeftRightArrow=27F7
    LongRightArrow=27F6 Longleftarrow=27F8 Longleftrightarrow=27FA Longrightarrow=27F9 Lopf=1D543
    LowerLeftArrow=2199 LowerRightArrow=2198 Lscr=2112 Lsh=21B0 Lstrok=141 Lt=226A Map=2905 Mcy=41C
    MediumSpace=205F Mellintrf=2133 Mfr=1D510 MinusPlus=2213 Mopf=1D544 Mscr=2133 NJcy=40A
    Nacute=143 Ncaron=147 Ncedil=145 Ncy=41D NegativeMediumSpace=200B NegativeThickSpace=200B
    NegativeThinSpace=200B NegativeVeryThinSpace=200B NestedGreaterGreater=226B NestedLessLess=226A
    NewLine=A Nfr=1D511 NoBreak=2060 NonBreakingSpace=A0 Nopf=2115 Not=2AEC NotCongruent=2262
    NotCupCap=226D NotDoubleVerticalBar=2226 NotElement=2209 NotEqual=2260 NotEqualTilde=2242.338
    NotExists=2204 NotGreater=226F NotGreaterEqual=2271 NotGreaterFullEqual=2267.338
    NotGreaterGreater=226B.338 NotGreaterLess=2279 NotGreaterSlantEqual=2A7E.338
    NotGreaterTilde=2275 NotHumpDownHump=224E.338 NotHumpEqual=224F.338 NotLeftTriangle=22EA
    NotLeftTriangleBar=29CF.338 NotLeftTriangleEqual=22EC NotLess=226E NotLessEqual=2270
    NotLessGreater=2278 NotLessLess=226A.338 NotLessSlantEqual=2A7D.338 NotLessTilde=2274
    NotNestedGreaterGreater=2AA2.338 NotNestedLessLess=2AA1.338 NotPrecedes=2280
    NotPrecedesEqual=2AAF.338 NotPrecedesSlantEqual=22E0 NotReverseElement=220C
    NotRightTriangle=22EB NotRightTriangleBar=29D0.338 NotRightTriangleEqual=22ED
    NotSquareSubset=228F.338 NotSquareSubsetEqual=22E2 NotSquareSuperset=2290.338
    NotSquareSupersetEqual=22E3 NotSubset=2282.20D2 NotSubsetEqual=2288 NotSucceeds=2281
    NotSucceedsEqual=2AB0.338 NotSucceedsSlantEqual=22E1 NotSucceedsTilde=227F.338
    NotSuperset=2283.20D2 NotSupersetEqual=2289 NotTilde=2241 NotTildeEqual=2244
    NotTildeFullEqual=2247 NotTildeTilde=2249 NotVerticalBar=2224 Nscr=1D4A9 Ocy=41E Odblac=150
    Ofr=1D512 Omacr=14C Oopf=1D546 OpenCurlyDoubleQuote=201C OpenCurlyQuote=2018 Or=2A54 Oscr=1D4AA
    Otimes=2A37 OverBar=203E OverBrace=23DE OverBracket=23B4 OverParenthesis=23DC PartialD=2202
    Pcy=41F Pfr=1D513 PlusMinus=B1 Poincareplane=210C Popf=2119 Pr=2ABB Precedes=227A
    PrecedesEqual=2AAF PrecedesSlantEqual=227C PrecedesTilde=227E Product=220F Proportion=2237
    Proportional=221D Pscr=1D4AB QUOT=22 Qfr=1D514 Qopf=211A Qscr=1D4AC RBarr=2910 REG=AE Racute=154
    Rang=27EB Rarr=21A0 Rarrtl=2916 Rcaron=158 Rcedil=156 Rcy=420 Re=211C ReverseElement=220B
    ReverseEquilibrium=21CB ReverseUpEquilibrium=296F Rfr=211C RightAngleBracket=27E9
    RightArrow=2192 RightArrowBar=21E5 RightArrowLeftArrow=21C4 RightCeiling=2309
    RightDoubleBracket=27E7 RightDownTeeVector=295D RightDownVector=21C2 RightDownVectorBar=2955
    RightFloor=230B RightTee=22A2 RightTeeArrow=21A6 RightTeeVector=295B RightTriangle=22B3
    RightTriangleBar=29D0 RightTriangleEqual=22B5 RightUpDownVector=294F RightUpTeeVector=295C
    RightUpVector=21BE RightUpVectorBar=2954 RightVector=21C0 RightVectorBar=2953 Rightarrow=21D2
    Ropf=211D RoundImplies=2970 Rrightarrow=21DB Rscr=211B Rsh=21B1 RuleDelayed=29F4 SHCHcy=429
    SHcy=428 SOFTcy=42C Sacute=15A Sc=2ABC Scedil=15E Scirc=15C Scy=421 Sfr=1D516
    ShortDownArrow=2193 ShortLeftArrow=2190 ShortRightArrow=2192 ShortUpArrow=2191 SmallCircle=2218
    Sopf=1D54A Sqrt=221A Square=25A1 SquareIntersection=2293 SquareSubset=228F
    SquareSubsetEqual=2291 SquareSuperset=2290 SquareSupersetEqual=2292 SquareUnion=2294 Sscr=1D4AE
    Star=22C6 Sub=22D0 Subset=22D0 SubsetEqual=2286 Succeeds=227B SucceedsEqual=2AB0
    SucceedsSlantEqual=227D SucceedsTilde=227F SuchThat=220B Sum=2211 Sup=22D1 Superset=2283
    SupersetEqual=2287 Supset=22D1 TRADE=2122 TSHcy=40B TScy=426 Tab=9 Tcaron=164 Tcedil=162 Tcy=422
    Tfr=1D517 Therefore=2234 ThickSpace=205F.200A ThinSpace=2009 Tilde=223C TildeEqual=2243
    TildeFullEqual=2245 TildeTilde=2248 Topf=1D54B TripleDot=20DB Tscr=1D4AF Tstrok=166 Uarr=219F
    Uarrocir=2949 Ubrcy=40E Ubreve=16C Ucy=423 Udblac=170 Ufr=1D518 Umacr=16A UnderBar=5F
    UnderBrace=23DF UnderBracket=23B5 UnderParenthesis=23DD Union=22C3 UnionPlus=228E Uogon=172
    Uopf=1D54C UpArrow=2191 UpArrowBar=2912 UpArrowDownArrow=21C5 UpDownArrow=2195
    UpEquilibrium=296E UpTee=22A5 UpTeeArrow=21A5 Uparrow=21D1 Updownarrow=21D5 UpperLeftArrow=2196
    UpperRightArrow=2197 Upsi=3D2 Uring=16E Uscr=1D4B0 Utilde=168 VDash=22AB Vbar=2AEB Vcy=412
    Vdash=22A9 Vdashl=2AE6 Vee=22C1 Verbar=2016 Vert=2016 VerticalBar=2223 VerticalLine=7C
    VerticalSeparator=2758 VerticalTilde=2240 VeryThinSpace=200A Vfr=1D519 Vopf=1D54D Vscr=1D4B1
    Vvdash=22AA Wcirc=174 Wedge=22C0 Wfr=1D51A Wopf=1D54E Wscr=1D4B2 Xfr=1D51B Xopf=1D54F Xscr=1D4B3
    YAcy=42F YIcy=407 YUcy=42E Ycirc=176 Ycy=42B Yfr=1D51C Yopf=1D550 Yscr=1D4B4 ZHcy=416 Zacute=179
    Zcaron=17D Zcy=417 Zdot=17B ZeroWidthSpace=200B Zfr=2128 Zopf=2124 Zscr=1D4B5 abreve=103 ac=223E
    acE=223E.333 acd=223F acy=430 af=2061 afr=1D51E aleph=2135 amacr=101 amalg=2A3F andand=2A55
    andd=2A5C andslope=2A58 andv=2A5A ange=29A4 angle=2220 angmsd=2221 angmsdaa=29A8 angmsdab=29A9
    angmsdac=29AA angmsdad=29AB angmsdae=29AC angmsdaf=29AD angmsdag=29AE angmsdah=29AF angrt=221F
    angrtvb=22BE angrtvbd=299D angsph=2222 angst=C5 angzarr=237C aogon=105 aopf=1D552 ap=2248
    apE=2A70 apacir=2A6F ape=224A apid=224B approx=2248 approxeq=224A ascr=1D4B6 ast=2A asympeq=224D
    awconint=2233 awint=2A11 bNot=2AED backcong=224C backepsilon=3F6 backprime=2035 backsim=223D
    backsimeq=22CD barvee=22BD barwed=2305 barwedge=2305 bbrk=23B5 bbrktbrk=23B6 bcong=224C bcy=431
    becaus=2235 because=2235 bemptyv=29B0 bepsi=3F6 bernou=212C beth=2136 between=226C bfr=1D51F
    bigcap=22C2 bigcirc=25EF bigcup=22C3 bigodot=2A00 bigoplus=2A01 bigotimes=2A02 bigsqcup=2A06
    bigstar=2605 bigtriangledown=25BD bigtriangleup=25B3 biguplus=2A04 bigvee=22C1 bigwedge=22C0
    bkarow=290D blacklozenge=29EB blacksquare=25AA blacktriangle=25B4 blacktriangledown=25BE
    blacktriangleleft=25C2 blacktriangleright=25B8 blank=2423 blk12=2592 blk14=2591 blk34=2593
    block=2588 bne=3D.20E5 bnequiv=2261.20E5 bnot=2310 bopf=1D553 bot=22A5 bottom=22A5 bowtie=22C8
    boxDL=2557 boxDR=2554 boxDl=2556 boxDr=2553 boxH=2550 boxHD=2566 boxHU=2569 boxHd=2564
    boxHu=2567 boxUL=255D boxUR=255A boxUl=255C boxUr=2559 boxV=2551 boxVH=256C boxVL=2563
    boxVR=2560 boxVh=256B boxVl=2562 boxVr=255F boxbox=29C9 boxdL=2555 boxdR=2552 boxdl=2510
    boxdr=250C boxh=2500 boxhD=2565 boxhU=2568 boxhd=252C boxhu=2534 boxminus=229F boxplus=229E
    boxtimes=22A0 boxuL=255B boxuR=2558 boxul=2518 boxur=2514 boxv=2502 boxvH=256A boxvL=2561
    boxvR=255E boxvh=253C boxvl=2524 boxvr=251C bprime=2035 breve=2D8 bscr=1D4B7 bsemi=204F
    bsim=223D bsime=22CD bsol=5C bsolb=29C5 bsolhsub=27C8 bullet=2022 bump=224E bumpE=2AAE
    bumpe=224F bumpeq=224F cacute=107 capand=2A44 capbrcup=2A49 capcap=2A4B capcup=2A47 capdot=2A40
    caps=2229.FE00 caret=2041 caron=2C7 ccaps=2A4D ccaron=10D ccirc=109 ccups=2A4C ccupssm=2A50
    cdot=10B cemptyv=29B2 centerdot=B7 cfr=1D520 chcy=447 check=2713 checkmark=2713 cir=25CB
    cirE=29C3 circeq=2257 circlearrowleft=21BA circlearrowright=21BB circledR=AE circledS=24C8
    circledast=229B circledcirc=229A circleddash=229D cire=2257 cirfnint=2A10 cirmid=2AEF
    cirscir=29C2 clubsuit=2663 colon=3A colone=2254 coloneq=2254 comma=2C commat=40 comp=2201
    compfn=2218 complement=2201 complexes=2102 congdot=2A6D conint=222E copf=1D554 coprod=2210
    copysr=2117 cross=2717 cscr=1D4B8 csub=2ACF csube=2AD1 csup=2AD0 csupe=2AD2 ctdot=22EF
    cudarrl=2938 cudarrr=2935 cuepr=22DE cuesc=22DF cularr=21B6 cularrp=293D cupbrcap=2A48
    cupcap=2A46 cupcup=2A4A cupdot=228D cupor=2A45 cups=222A.FE00 curarr=21B7 curarrm=293C
    curlyeqprec=22DE curlyeqsucc=22DF curlyvee=22CE curlywedge=22CF curvearrowleft=21B6
    curvearrowright=21B7 cuvee=22CE cuwed=22CF cwconint=2232 cwint=2231 cylcty=232D dHar=2965
    daleth=2138 dash=2010 dashv=22A3 dbkarow=290F dblac=2DD dcaron=10F dcy=434 dd=2146 ddagger=2021
    ddarr=21CA ddotseq=2A77 demptyv=29B1 dfisht=297F dfr=1D521 dharl=21C3 dharr=21C2 diam=22C4
    diamond=22C4 diamondsuit=2666 die=A8 digamma=3DD disin=22F2 div=F7 divideontimes=22C7
    divonx=22C7 djcy=452 dlcorn=231E dlcrop=230D dollar=24 dopf=1D555 dot=2D9 doteq=2250
    doteqdot=2251 dotminus=2238 dotplus=2214 dotsquare=22A1 doublebarwedge=2306 downarrow=2193
    downdownarrows=21CA downharpoonleft=21C3 downharpoonright=21C2 drbkarow=2910 drcorn=231F
    drcrop=230C dscr=1D4B9 dscy=455 dsol=29F6 dstrok=111 dtdot=22F1 dtri=25BF dtrif=25BE duarr=21F5
    duhar=296F dwangle=29A6 dzcy=45F dzigrarr=27FF eDDot=2A77 eDot=2251 easter=2A6E ecaron=11B
    ecir=2256 ecolon=2255 ecy=44D edot=117 ee=2147 efDot=2252 efr=1D522 eg=2A9A egs=2A96 egsdot=2A98
    el=2A99 elinters=23E7 ell=2113 els=2A95 elsdot=2A97 emacr=113 emptyset=2205 emptyv=2205
    emsp13=2004 emsp14=2005 eng=14B eogon=119 eopf=1D556 epar=22D5 eparsl=29E3 eplus=2A71 epsi=3B5
    epsiv=3F5 eqcirc=2256 eqcolon=2255 eqsim=2242 eqslantgtr=2A96 eqslantless=2A95 equals=3D
    equest=225F equivDD=2A78 eqvparsl=29E5 erDot=2253 erarr=2971 escr=212F esdot=2250 esim=2242
    excl=21 expectation=2130 exponentiale=2147 fallingdotseq=2252 fcy=444 female=2640 ffilig=FB03
    fflig=FB00 ffllig=FB04 ffr=1D523 filig=FB01 fjlig=66.6A flat=266D fllig=FB02 fltns=25B1
    fopf=1D557 fork=22D4 forkv=2AD9 fpartint=2A0D frac13=2153 frac15=2155 frac16=2159 frac18=215B
    frac23=2154 frac25=2156 frac35=2157 frac38=215C frac45=2158 frac56=215A frac58=215D frac78=215E
    frown=2322 fscr=1D4BB gE=2267 gEl=2A8C gacute=1F5 gammad=3DD gap=2A86 gbreve=11F gcirc=11D
    gcy=433 gdot=121 gel=22DB geq=2265 geqq=2267 geqslant=2A7E ges=2A7E gescc=2AA9 gesdot=2A80
    gesdoto=2A82 gesdotol=2A84 gesl=22DB.FE00 gesles=2A94 gfr=1D524 gg=226B ggg=22D9 gimel=2137
    gjcy=453 gl=2277 glE=2A92 gla=2AA5 glj=2AA4 gnE=2269 gnap=2A8A gnapprox=2A8A gne=2A88 gneq=2A88
    gneqq=2269 gnsim=22E7 gopf=1D558 grave=60 gscr=210A gsim=2273 gsime=2A8E gsiml=2A90 gtcc=2AA7
    gtcir=2A7A gtdot=22D7 gtlPar=2995 gtquest=2A7C gtrapprox=2A86 gtrarr=2978 gtrdot=22D7
    gtreqless=22DB gtreqqless=2A8C gtrless=2277 gtrsim=2273 gvertneqq=2269.FE00 gvnE=2269.FE00
    hairsp=200A half=BD hamilt=210B hardcy=44A harrcir=2948 harrw=21AD hbar=210F hcirc=125
    heartsuit=2665 hercon=22B9 hfr=1D525 hksearow=2925 hkswarow=2926 hoarr=21FF homtht=223B
    hookleftarrow=21A9 hookrightarrow=21AA hopf=1D559 horbar=2015 hscr=1D4BD hslash=210F hstrok=127
    hybull=2043 hyphen=2010 ic=2063 icy=438 iecy=435 iff=21D4 ifr=1D526 ii=2148 iiiint=2A0C
    iiint=222D iinfin=29DC iiota=2129 ijlig=133 imacr=12B imagline=2110 imagpart=2111 imath=131
    imof=22B7 imped=1B5 in=2208 incare=2105 infintie=29DD inodot=131 intcal=22BA integers=2124
    intercal=22BA intlarhk=2A17 intprod=2A3C iocy=451 iogon=12F iopf=1D55A iprod=2A3C iscr=1D4BE
    isinE=22F9 isindot=22F5 isins=22F4 isinsv=22F3 isinv=2208 it=2062 itilde=129 iukcy=456 jcirc=135
    jcy=439 jfr=1D527 jmath=237 jopf=1D55B jscr=1D4BF jsercy=458 jukcy=454 kappav=3F0 kcedil=137
    kcy=43A kfr=1D528 kgreen=138 khcy=445 kjcy=45C kopf=1D55C kscr=1D4C0 lAarr=21DA lAtail=291B
    lBarr=290E lE=2266 lEg=2A8B lHar=2962 lacute=13A laemptyv=29B4 lagran=2112 langd=2991
    langle=27E8 lap=2A85 larrb=21E4 larrbfs=291F larrfs=291D larrhk=21A9 larrlp=21AB larrpl=2939
    larrsim=2973 larrtl=21A2 lat=2AAB latail=2919 late=2AAD lates=2AAD.FE00 lbarr=290C lbbrk=2772
    lbrace=7B lbrack=5B lbrke=298B lbrksld=298F lbrkslu=298D lcaron=13E lcedil=13C lcub=7B lcy=43B
    ldca=2936 ldquor=201E ldrdhar=2967 ldrushar=294B ldsh=21B2 leftarrow=2190 leftarrowtail=21A2
    leftharpoondown=21BD leftharpoonup=21BC leftleftarrows=21C7 leftrightarrow=2194
    leftrightarrows=21C6 leftrightharpoons=21CB leftrightsquigarrow=21AD leftthreetimes=22CB
    leg=22DA leq=2264 leqq=2266 leqslant=2A7D les=2A7D lescc=2AA8 lesdot=2A7F lesdoto=2A81
    lesdotor=2A83 lesg=22DA.FE00 lesges=2A93 lessapprox=2A85 lessdot=22D6 lesseqgtr=22DA
    lesseqqgtr=2A8B lessgtr=2276 lesssim=2272 lfisht=297C lfr=1D529 lg=2276 lgE=2A91 lhard=21BD
    lharu=21BC lharul=296A lhblk=2584 ljcy=459 ll=226A llarr=21C7 llcorner=231E llhard=296B
    lltri=25FA lmidot=140 lmoust=23B0 lmoustache=23B0 lnE=2268 lnap=2A89 lnapprox=2A89 lne=2A87
    lneq=2A87 lneqq=2268 lnsim=22E6 loang=27EC loarr=21FD lobrk=27E6 longleftarrow=27F5
    longleftrightarrow=27F7 longmapsto=27FC longrightarrow=27F6 looparrowleft=21AB
    looparrowright=21AC lopar=2985 lopf=1D55D loplus=2A2D lotimes=2A34 lowbar=5F lozenge=25CA
    lozf=29EB lpar=28 lparlt=2993 lrarr=21C6 lrcorner=231F lrhar=21CB lrhard=296D lrtri=22BF
    lscr=1D4C1 lsh=21B0 lsim=2272 lsime=2A8D lsimg=2A8F lsqb=5B lsquor=201A lstrok=142 ltcc=2AA6
    ltcir=2A79 ltdot=22D6 lthree=22CB ltimes=22C9 ltlarr=2976 ltquest=2A7B ltrPar=2996 ltri=25C3
    ltrie=22B4 ltrif=25C2 lurdshar=294A luruhar=2966 lvertneqq=2268.FE00 lvnE=2268.FE00 mDDot=223A
    male=2642 malt=2720 maltese=2720 map=21A6 mapsto=21A6 mapstodown=21A7 mapstoleft=21A4
    mapstoup=21A5 marker=25AE mcomma=2A29 mcy=43C measuredangle=2221 mfr=1D52A mho=2127 mid=2223
    midast=2A midcir=2AF0 minusb=229F minusd=2238 minusdu=2A2A mlcp=2ADB mldr=2026 mnplus=2213
    models=22A7 mopf=1D55E mp=2213 mscr=1D4C2 mstpos=223E multimap=22B8 mumap=22B8 nGg=22D9.338
    nGt=226B.20D2 nGtv=226B.338 nLeftarrow=21CD nLeftrightarrow=21CE nLl=22D8.338 nLt=226A.20D2
    nLtv=226A.338 nRightarrow=21CF nVDash=22AF nVdash=22AE nacute=144 nang=2220.20D2 nap=2249
    napE=2A70.338 napid=224B.338 napos=149 napprox=2249 natur=266E natural=266E naturals=2115
    nbump=224E.338 nbumpe=224F.338 ncap=2A43 ncaron=148 ncedil=146 ncong=2247 ncongdot=2A6D.338
    ncup=2A42 ncy=43D neArr=21D7 nearhk=2924 nearr=2197 nearrow=2197 nedot=2250.338 nequiv=2262
    nesear=2928 nesim=2242.338 nexist=2204 nexists=2204 nfr=1D52B ngE=2267.338 nge=2271 ngeq=2271
    ngeqq=2267.338 ngeqslant=2A7E.338 nges=2A7E.338 ngsim=2275 ngt=226F ngtr=226F nhArr=21CE
    nharr=21AE nhpar=2AF2 nis=22FC nisd=22FA niv=220B njcy=45A nlArr=21CD nlE=2266.338 nlarr=219A
    nldr=2025 nle=2270 nleftarrow=219A nleftrightarrow=21AE nleq=2270 nleqq=2266.338
    nleqslant=2A7D.338 nles=2A7D.338 nless=226E nlsim=2274 nlt=226E nltri=22EA nltrie=22EC nmid=2224
    nopf=1D55F notinE=22F9.338 notindot=22F5.338 notinva=2209 notinvb=22F7 notinvc=22F6 notni=220C
    notniva=220C notnivb=22FE notnivc=22FD npar=2226 nparallel=2226 nparsl=2AFD.20E5 npart=2202.338
    npolint=2A14 npr=2280 nprcue=22E0 npre=2AAF.338 nprec=2280 npreceq=2AAF.338 nrArr=21CF
    nrarr=219B nrarrc=2933.338 nrarrw=219D.338 nrightarrow=219B nrtri=22EB nrtrie=22ED nsc=2281
    nsccue=22E1 nsce=2AB0.338 nscr=1D4C3 nshortmid=2224 nshortparallel=2226 nsim=2241 nsime=2244
    nsimeq=2244 nsmid=2224 nspar=2226 nsqsube=22E2 nsqsupe=22E3 nsubE=2AC5.338 nsube=2288
    nsubset=2282.20D2 nsubseteq=2288 nsubseteqq=2AC5.338 nsucc=2281 nsucceq=2AB0.338 nsup=2285
    nsupE=2AC6.338 nsupe=2289 nsupset=2283.20D2 nsupseteq=2289 nsupseteqq=2AC6.338 ntgl=2279
    ntlg=2278 ntriangleleft=22EA ntrianglelefteq=22EC ntriangleright=22EB ntrianglerighteq=22ED
    num=23 numero=2116 numsp=2007 nvDash=22AD nvHarr=2904 nvap=224D.20D2 nvdash=22AC nvge=2265.20D2
    nvgt=3E.20D2 nvinfin=29DE nvlArr=2902 nvle=2264.20D2 nvlt=3C.20D2 nvltrie=22B4.20D2 nvrArr=2903
    nvrtrie=22B5.20D2 nvsim=223C.20D2 nwArr=21D6 nwarhk=2923 nwarr=2196 nwarrow=2196 nwnear=2927
    oS=24C8 oast=229B ocir=229A ocy=43E odash=229D odblac=151 odiv=2A38 odot=2299 odsold=29BC
    ofcir=29BF ofr=1D52C ogon=2DB ogt=29C1 ohbar=29B5 ohm=3A9 oint=222E olarr=21BA olcir=29BE
    olcross=29BB olt=29C0 omacr=14D omid=29B6 ominus=2296 oopf=1D560 opar=29B7 operp=29B9 orarr=21BB
    ord=2A5D order=2134 orderof=2134 origof=22B6 oror=2A56 orslope=2A57 orv=2A5B oscr=2134 osol=2298
    otimesas=2A36 ovbar=233D par=2225 parallel=2225 parsim=2AF3 parsl=2AFD pcy=43F percnt=25
    period=2E pertenk=2031 pfr=1D52D phiv=3D5 phmmat=2133 phone=260E pitchfork=22D4 planck=210F
    planckh=210E plankv=210F plus=2B plusacir=2A23 plusb=229E pluscir=2A22 plusdo=2214 plusdu=2A25
    pluse=2A72 plussim=2A26 plustwo=2A27 pm=B1 pointint=2A15 popf=1D561 pr=227A prE=2AB3 prap=2AB7
    prcue=227C pre=2AAF prec=227A precapprox=2AB7 preccurlyeq=227C preceq=2AAF precnapprox=2AB9
    precneqq=2AB5 precnsim=22E8 precsim=227E primes=2119 prnE=2AB5 prnap=2AB9 prnsim=22E8
    profalar=232E profline=2312 profsurf=2313 propto=221D prsim=227E prurel=22B0 pscr=1D4C5
    puncsp=2008 qfr=1D52E qint=2A0C qopf=1D562 qprime=2057 qscr=1D4C6 quaternions=210D quatint=2A16
    quest=3F questeq=225F rAarr=21DB rAtail=291C rBarr=290F rHar=2964 race=223D.331 racute=155
    raemptyv=29B3 rangd=2992 range=29A5 rangle=27E9 rarrap=2975 rarrb=21E5 rarrbfs=2920 rarrc=2933
    rarrfs=291E rarrhk=21AA rarrlp=21AC rarrpl=2945 rarrsim=2974 rarrtl=21A3 rarrw=219D ratail=291A
    ratio=2236 rationals=211A rbarr=290D rbbrk=2773 rbrace=7D rbrack=5D rbrke=298C rbrksld=298E
    rbrkslu=2990 rcaron=159 rcedil=157 rcub=7D rcy=440 rdca=2937 rdldhar=2969 rdquor=201D rdsh=21B3
    realine=211B realpart=211C reals=211D rect=25AD rfisht=297D rfr=1D52F rhard=21C1 rharu=21C0
    rharul=296C rhov=3F1 rightarrow=2192 rightarrowtail=21A3 rightharpoondown=21C1
    rightharpoonup=21C0 rightleftarrows=21C4 rightleftharpoons=21CC rightrightarrows=21C9
    rightsquigarrow=219D rightthreetimes=22CC ring=2DA risingdotseq=2253 rlarr=21C4 rlhar=21CC
    rmoust=23B1 rmoustache=23B1 rnmid=2AEE roang=27ED roarr=21FE robrk=27E7 ropar=2986 ropf=1D563
    roplus=2A2E rotimes=2A35 rpar=29 rpargt=2994 rppolint=2A12 rrarr=21C9 rscr=1D4C7 rsh=21B1
    rsqb=5D rsquor=2019 rthree=22CC rtimes=22CA rtri=25B9 rtrie=22B5 rtrif=25B8 rtriltri=29CE
    ruluhar=2968 rx=211E sacute=15B sc=227B scE=2AB4 scap=2AB8 sccue=227D sce=2AB0 scedil=15F
    scirc=15D scnE=2AB6 scnap=2ABA scnsim=22E9 scpolint=2A13 scsim=227F scy=441 sdotb=22A1
    sdote=2A66 seArr=21D8 searhk=2925 searr=2198 searrow=2198 semi=3B seswar=2929 setminus=2216
    setmn=2216 sext=2736 sfr=1D530 sfrown=2322 sharp=266F shchcy=449 shcy=448 shortmid=2223
    shortparallel=2225 sigmav=3C2 simdot=2A6A sime=2243 simeq=2243 simg=2A9E simgE=2AA0 siml=2A9D
    simlE=2A9F simne=2246 simplus=2A24 simrarr=2972 slarr=2190 smallsetminus=2216 smashp=2A33
    smeparsl=29E4 smid=2223 smile=2323 smt=2AAA smte=2AAC smtes=2AAC.FE00 softcy=44C sol=2F
    solb=29C4 solbar=233F sopf=1D564 spadesuit=2660 spar=2225 sqcap=2293 sqcaps=2293.FE00 sqcup=2294
    sqcups=2294.FE00 sqsub=228F sqsube=2291 sqsubset=228F sqsubseteq=2291 sqsup=2290 sqsupe=2292
    sqsupset=2290 sqsupseteq=2292 squ=25A1 square=25A1 squarf=25AA squf=25AA srarr=2192 sscr=1D4C8
    ssetmn=2216 ssmile=2323 sstarf=22C6 star=2606 starf=2605 straightepsilon=3F5 straightphi=3D5
    strns=AF subE=2AC5 subdot=2ABD subedot=2AC3 submult=2AC1 subnE=2ACB subne=228A subplus=2ABF
    subrarr=2979 subset=2282 subseteq=2286 subseteqq=2AC5 subsetneq=228A subsetneqq=2ACB subsim=2AC7
    subsub=2AD5 subsup=2AD3 succ=227B succapprox=2AB8 succcurlyeq=227D succeq=2AB0 succnapprox=2ABA
    succneqq=2AB6 succnsim=22E9 succsim=227F sung=266A supE=2AC6 supdot=2ABE supdsub=2AD8
    supedot=2AC4 suphsol=27C9 suphsub=2AD7 suplarr=297B supmult=2AC2 supnE=2ACC supne=228B
    supplus=2AC0 supset=2283 supseteq=2287 supseteqq=2AC6 supsetneq=228B supsetneqq=2ACC supsim=2AC8
    supsub=2AD4 supsup=2AD6 swArr=21D9 swarhk=2926 swarr=2199 swarrow=2199 swnwar=292A target=2316
    tbrk=23B4 tcaron=165 tcedil=163 tcy=442 tdot=20DB telrec=2315 tfr=1D531 therefore=2234
    thetav=3D1 thickapprox=2248 thicksim=223C thkap=2248 thksim=223C timesb=22A0 timesbar=2A31
    timesd=2A30 tint=222D toea=2928 top=22A4 topbot=2336 topcir=2AF1 topf=1D565 topfork=2ADA
    tosa=2929 tprime=2034 triangle=25B5 triangledown=25BF triangleleft=25C3 trianglelefteq=22B4
    triangleq=225C triangleright=25B9 trianglerighteq=22B5 tridot=25EC trie=225C triminus=2A3A
    triplus=2A39 trisb=29CD tritime=2A3B trpezium=23E2 tscr=1D4C9 tscy=446 tshcy=45B tstrok=167
    twixt=226C twoheadleftarrow=219E twoheadrightarrow=21A0 uHar=2963 ubrcy=45E ubreve=16D ucy=443
    udarr=21C5 udblac=171 udhar=296E ufisht=297E ufr=1D532 uharl=21BF uharr=21BE uhblk=2580
    ulcorn=231C ulcorner=231C ulcrop=230F ultri=25F8 umacr=16B uogon=173 uopf=1D566 uparrow=2191
    updownarrow=2195 upharpoonleft=21BF upharpoonright=21BE uplus=228E upsi=3C5 upuparrows=21C8
    urcorn=231D urcorner=231D urcrop=230E uring=16F urtri=25F9 uscr=1D4CA utdot=22F0 utilde=169
    utri=25B5 utrif=25B4 uuarr=21C8 uwangle=29A7 vArr=21D5 vBar=2AE8 vBarv=2AE9 vDash=22A8
    vangrt=299C varepsilon=3F5 varkappa=3F0 varnothing=2205 varphi=3D5 varpi=3D6 varpropto=221D
    varr=2195 varrho=3F1 varsigma=3C2 varsubsetneq=228A.FE00 varsubsetneqq=2ACB.FE00
    varsupsetneq=228B.FE00 varsupsetneqq=2ACC.FE00 vartheta=3D1 vartriangleleft=22B2
    vartriangleright=22B3 vcy=432 vdash=22A2 vee=2228 veebar=22BB veeeq=225A vellip=22EE verbar=7C
    vert=7C vfr=1D533 vltri=22B2 vnsub=2282.20D2 vnsup=2283.20D2 vopf=1D567 vprop=221D vrtri=22B3
    vscr=1D4CB vsubnE=2ACB.FE00 vsubne=228A.FE00 vsupnE=2ACC.FE00 vsupne=228B.FE00 vzigzag=299A
    wcirc=175 wedbar=2A5F wedge=2227 wedgeq=2259 wfr=1D534 wopf=1D568 wp=2118 wr=2240 wreath=2240
    wscr=1D4CC xcap=22C2 xcirc=25EF xcup=22C3 xdtri=25BD xfr=1D535 xhArr=27FA xharr=27F7 xlArr=27F8
    xlarr=27F5 xmap=27FC xnis=22FB xodot=2A00 xopf=1D569 xoplus=2A01 xotime=2A02 xrArr=27F9
    xrarr=27F6 xscr=1D4CD xsqcup=2A06 xuplus=2A04 xutri=25B3 xvee=22C1 xwedge=22C0 yacy=44F
    ycirc=177 ycy=44B yfr=1D536 yicy=457 yopf=1D56A yscr=1D4CE yucy=44E zacute=17A zcaron=17E
    zcy=437 zdot=17C zeetrf=2128 zfr=1D537 zhcy=436 zigrarr=21DD zopf=1D56B zscr=1D4CF
    """
