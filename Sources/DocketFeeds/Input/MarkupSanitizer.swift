import CLibXML2

/// Streaming pre-pass that turns the real world's feed bytes into XML libxml2 can read
/// to the end, whatever damage came before.
///
/// libxml2 2.9 in recover mode drops every entity reference that follows the first
/// well-formedness error, chokes on HTML entities XML does not define, loses a bare `&`,
/// and would expand (or fetch) whatever a DOCTYPE declares. This pass, on UTF-8 input:
/// - drops anything before the first markup (garbage, whitespace) and the XML declaration
///   (the bytes are UTF-8 by now, whatever it said);
/// - removes the DOCTYPE, keeping only its internal general entities as plain text values;
///   nothing is ever loaded from outside the document;
/// - rewrites every named reference as a numeric one: the five XML entities, HTML entities
///   (`&nbsp;`, `&eacute;` …), and declared internal entities (expanded here, within a byte
///   budget, so a billion-laughs file stops at once); an unknown `&name;` or a bare `&`
///   becomes `&#38;`, so the text reads as written;
/// - maps numeric references to C1 controls (`&#146;`) to the windows-1252 characters
///   their authors meant, and a `<` that cannot start markup to `&#60;`.
/// Comments are dropped: nothing reads them, and libxml2's push parser reads a malformed one
/// (say, never closed until a later comment's `-->`) differently depending on where chunks
/// end; so are processing instructions. CDATA sections pass through untouched. Line breaks are
/// preserved, so libxml2's line numbers still point into the original file.
struct MarkupSanitizer {
    enum Failure: Error, Equatable {
        case entityExpansion(name: String, limit: Int)
        case json
    }

    private enum State {
        case prolog, declaration, text, tag, comment, cdata, pi, doctype
    }

    /// Where a tag is in `<name attr="value" …/>` or `</name>`. libxml2's push parser recovers
    /// from a malformed tag (`<title* x>`, `<a b>`, `<p x=1>`) differently depending on how much
    /// of the document has arrived, so such a tag never reaches it: from the first byte that
    /// breaks the grammar, the tag's rest (and the attribute that byte is in) is dropped up to
    /// its `>` (`.junk`), keeping the name and the whole attributes before it.
    private enum TagPhase {
        case open, endOpen, name, endName, space, attributeName, afterAttributeName, equals, afterValue, slash,
            endSpace, junk
    }

    private var state = State.prolog
    private var carry: [UInt8] = []
    private var quote: UInt8 = 0  // open quote inside a tag or doctype, or 0
    private var doctypeBuffer: [UInt8] = []
    private var doctypeBracketDepth = 0
    private var doctypeInComment = false
    private var entities: [String: [UInt8]] = [:]  // declared value, raw
    private var expanded: [String: [UInt8]] = [:]  // value with references rewritten
    private var expanding: Set<String> = []
    private var expansionBudget: Int
    private let expansionLimit: Int
    private var sawFirstNonSpace = false

    /// Where the tag being read started in the current buffer (0 for one resumed from `heldTag`),
    /// and where its output starts in `out`.
    private var tagStart: Int?
    private var tagOutMark = 0
    /// The output of a tag that a chunk ended inside, held back until the tag ends (a document
    /// cut off inside a tag drops it whole), and how many input bytes that tag has had so far.
    /// The output is kept rather than the input, so that a long tag arriving in many chunks is
    /// read once, not again from its start with every chunk.
    private var heldTag: [UInt8] = []
    private var holdingTag = false
    /// Where the tag being read is in its grammar, and where the attribute being read started
    /// in the tag's output (counted from `tagOutMark`): what is dropped when it goes wrong.
    private var tagPhase = TagPhase.open
    private var attributeOffset = 0
    /// In `.junk`: whether the last byte skipped was `/` (so the tag closes itself), and whether
    /// the whole tag goes (an end tag without a name).
    private var junkEndsWithSlash = false
    private var junkDropsTag = false
    /// In `.junk`: the tag broke right after a `/` (`<a x="1" / y>`): it still closes itself.
    private var junkSelfCloses = false
    private var heldTagInput = 0
    static let maxHeldTag = 1024 * 1024

    /// Bytes the state machine has read, counting again those carried to the next chunk: what
    /// shows that nothing is read over and over (tests).
    private(set) var bytesRead = 0

    /// True once the first element has started.
    private(set) var sawMarkup = false
    /// The first DOCTYPE's text (bounded), for telling Netscape RSS 0.91 from UserLand's.
    private(set) var doctype: String?

    static let maxDoctypeBytes = 256 * 1024
    static let maxReferenceLength = 48

    init(maxEntityExpansion: Int) {
        expansionLimit = maxEntityExpansion
        expansionBudget = maxEntityExpansion
    }

    /// Appends the sanitised form of `chunk` to `out`.
    mutating func sanitize(_ chunk: UnsafeRawBufferPointer, into out: inout [UInt8], final: Bool) throws {
        if carry.isEmpty {
            let consumed = try process(chunk, into: &out, final: final)
            if consumed < chunk.count { carry.append(contentsOf: chunk[consumed...]) }
        } else {
            var joined = carry
            joined.append(contentsOf: chunk)
            carry.removeAll(keepingCapacity: true)
            try joined.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in
                let consumed = try process(raw, into: &out, final: final)
                if consumed < raw.count { carry.append(contentsOf: raw[consumed...]) }
            }
        }
    }

    // MARK: - The state machine

    private mutating func process(_ raw: UnsafeRawBufferPointer, into out: inout [UInt8], final: Bool) throws -> Int {
        let n = raw.count
        guard n > 0, let b = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        bytesRead += n
        out.reserveCapacity(out.count + n + n / 16)
        var i = 0
        var run = 0  // start of bytes to copy verbatim
        tagStart = nil
        if holdingTag {
            // A tag an earlier chunk ended inside goes on here: its output so far back in front.
            holdingTag = false
            tagStart = 0
            tagOutMark = out.count
            out.append(contentsOf: heldTag)
            heldTag.removeAll(keepingCapacity: true)
        }
        @inline(__always) func flush(_ end: Int) {
            if end > run { out.append(contentsOf: UnsafeBufferPointer(start: b + run, count: end - run)) }
        }
        /// True if the bytes at `i` start with `literal`; nil if undecidable before the end of input.
        func startsWith(_ at: Int, _ literal: StaticString, caseInsensitive: Bool = false) -> Bool? {
            let l = literal.utf8Start
            for k in 0..<literal.utf8CodeUnitCount {
                guard at + k < n else { return final ? false : nil }
                var c = b[at + k]
                if caseInsensitive, c >= 0x61, c <= 0x7A { c -= 0x20 }
                if c != l[k] { return false }
            }
            return true
        }

        while i < n {
            switch state {
            case .prolog:
                // Skip to the first '<' that starts markup; drop what comes before.
                let c = b[i]
                if c != UInt8(ascii: "<") {
                    if !sawFirstNonSpace, !isSpace(c) {
                        sawFirstNonSpace = true
                        if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { throw Failure.json }
                    }
                    if c == 0x0A { out.append(0x0A) }  // keep line numbers
                    i += 1
                    run = i
                    continue
                }
                sawFirstNonSpace = true
                guard let isDecl = startsWith(i, "<?xml") else { return i }
                if isDecl, i + 5 < n, isSpace(b[i + 5]) || b[i + 5] == UInt8(ascii: "?") {
                    // Drop the XML declaration: the bytes are UTF-8 now, whatever it said.
                    flush(i)
                    state = .declaration
                    i += 5
                    run = i
                    continue
                }
                guard let isDoctype = startsWith(i, "<!DOCTYPE", caseInsensitive: true) else { return i }
                if isDoctype {
                    state = .doctype
                    doctypeBuffer.removeAll()
                    doctypeBracketDepth = 0
                    doctypeInComment = false
                    quote = 0
                    i += 9
                    run = i
                    continue
                }
                guard let isComment = startsWith(i, "<!--") else { return i }
                if isComment {
                    flush(i)
                    state = .comment
                    i += 4
                    run = i
                    continue
                }
                if i + 1 >= n {
                    if final { i = n; run = n; continue }
                    return i
                }
                if b[i + 1] == UInt8(ascii: "?") {
                    flush(i)
                    state = .pi
                    i += 2
                    run = i
                    continue
                }
                if isNameStart(b[i + 1]) {
                    sawMarkup = true
                    state = .tag
                    quote = 0
                    tagStart = i
                    heldTagInput = 0
                    tagOutMark = out.count + (i - run)
                    tagPhase = .open
                    i += 1
                    continue
                }
                // A '<' that starts nothing: garbage.
                i += 1
                run = i

            case .text:
                // Fast scan to the next '&' or '<'.
                while i < n, b[i] != UInt8(ascii: "&"), b[i] != UInt8(ascii: "<") { i += 1 }
                guard i < n else { break }
                if b[i] == UInt8(ascii: "&") {
                    flush(i)
                    guard let used = try reference(b, n, i, final: final, into: &out) else { run = i; return i }
                    i += used
                    run = i
                    continue
                }
                // '<'
                guard i + 1 < n else {
                    if final {
                        flush(i)
                        out.append(contentsOf: Self.lt)
                        i += 1
                        run = i
                        continue
                    }
                    flush(i)
                    return i
                }
                let next = b[i + 1]
                if next == UInt8(ascii: "!") {
                    guard let isComment = startsWith(i, "<!--") else { flush(i); return i }
                    if isComment {
                        flush(i)
                        state = .comment
                        i += 4
                        run = i
                        continue
                    }
                    guard let isCDATA = startsWith(i, "<![CDATA[") else { flush(i); return i }
                    if isCDATA { state = .cdata; i += 9; continue }
                    guard let isDoctype = startsWith(i, "<!DOCTYPE", caseInsensitive: true) else { flush(i); return i }
                    if isDoctype {
                        flush(i)
                        state = .doctype
                        doctypeBuffer.removeAll()
                        doctypeBracketDepth = 0
                        doctypeInComment = false
                        quote = 0
                        i += 9
                        run = i
                        continue
                    }
                    // "<!" followed by anything else is not markup.
                    flush(i)
                    out.append(contentsOf: Self.lt)
                    i += 1
                    run = i
                } else if next == UInt8(ascii: "?") {
                    flush(i)
                    state = .pi
                    i += 2
                    run = i
                } else if next == UInt8(ascii: "/") || isNameStart(next) {
                    state = .tag
                    quote = 0
                    tagStart = i
                    heldTagInput = 0
                    tagOutMark = out.count + (i - run)
                    tagPhase = .open
                    i += 1
                } else {
                    flush(i)
                    out.append(contentsOf: Self.lt)
                    i += 1
                    run = i
                }

            case .tag:
                tagLoop: while i < n {
                    let c = b[i]
                    if quote != 0 {
                        if c == quote {
                            quote = 0
                            tagPhase = .afterValue
                        } else if c == UInt8(ascii: "&") {
                            break
                        } else if c == UInt8(ascii: "<") {
                            // '<' is not allowed in an attribute value; libxml2 would give up on it.
                            flush(i)
                            out.append(contentsOf: Self.lt)
                            run = i + 1
                        }
                        i += 1
                        continue
                    }
                    var broken = false  // this byte breaks the grammar
                    switch tagPhase {
                    case .open:
                        if c == UInt8(ascii: "/") { tagPhase = .endOpen } else { tagPhase = .name }
                    case .endOpen:
                        if isNameStart(c) {
                            tagPhase = .endName
                        } else {
                            junkDropsTag = true  // `</>`, `</ x>`: no end tag at all
                            broken = true
                        }
                    case .name:
                        if isSpace(c) {
                            tagPhase = .space
                        } else if c == UInt8(ascii: "/") {
                            tagPhase = .slash
                        } else if !isNameChar(c), c != UInt8(ascii: ">") {
                            broken = true
                        }
                    case .endName:
                        if isSpace(c) { tagPhase = .endSpace } else if !isNameChar(c), c != UInt8(ascii: ">") { broken = true }
                    case .endSpace:
                        if !isSpace(c), c != UInt8(ascii: ">") { broken = true }
                    case .space, .afterValue:
                        if isSpace(c) {
                            tagPhase = .space
                        } else if c == UInt8(ascii: "/") {
                            tagPhase = .slash
                        } else if tagPhase == .space, isNameStart(c) {
                            tagPhase = .attributeName
                            attributeOffset = out.count + (i - run) - tagOutMark
                        } else if c != UInt8(ascii: ">") {
                            attributeOffset = out.count + (i - run) - tagOutMark
                            broken = true
                        }
                    case .attributeName:
                        if c == UInt8(ascii: "=") {
                            tagPhase = .equals
                        } else if isSpace(c) {
                            tagPhase = .afterAttributeName
                        } else if !isNameChar(c) {
                            broken = true
                        }
                    case .afterAttributeName:
                        if c == UInt8(ascii: "=") { tagPhase = .equals } else if !isSpace(c) { broken = true }
                    case .equals:
                        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                            quote = c
                        } else if !isSpace(c) {
                            broken = true
                        }
                    case .slash:
                        if c != UInt8(ascii: ">") {
                            attributeOffset = out.count + (i - run) - tagOutMark - 1
                            broken = true
                        }
                    case .junk:
                        if c == UInt8(ascii: ">") {
                            if junkDropsTag {
                                if out.count > tagOutMark { out.removeSubrange(tagOutMark...) }
                                run = i + 1
                            } else {
                                if junkEndsWithSlash || junkSelfCloses { out.append(UInt8(ascii: "/")) }
                                run = i
                            }
                            junkDropsTag = false
                            state = .text
                            i += 1
                            break tagLoop
                        }
                        junkEndsWithSlash = c == UInt8(ascii: "/")
                        if c == 0x0A, !junkDropsTag { out.append(0x0A) }  // keep line numbers
                        i += 1
                        run = i
                        continue
                    }
                    if broken {
                        // Drop the broken attribute (or the byte, after the name) and what follows.
                        flush(i)
                        run = i
                        let keep: Int
                        switch tagPhase {
                        case .attributeName, .afterAttributeName, .equals, .afterValue, .space, .slash:
                            keep = tagOutMark + attributeOffset
                        default:
                            keep = out.count
                        }
                        if keep < out.count { out.removeSubrange(keep...) }
                        junkSelfCloses = tagPhase == .slash
                        tagPhase = .junk
                        junkEndsWithSlash = false
                        continue
                    }
                    if c == UInt8(ascii: ">") {
                        state = .text
                        i += 1
                        break
                    }
                    i += 1
                }
                if i < n, state == .tag, quote != 0, b[i] == UInt8(ascii: "&") {
                    flush(i)
                    run = i
                    guard let used = try reference(b, n, i, final: final, into: &out) else {
                        // Cut short by the chunk's end: carried to the next chunk from the '&'.
                        if let consumed = holdBackTag(b, n, upTo: i, &out, run: &run, final: final) { return consumed }
                        return i
                    }
                    i += used
                    run = i
                }
                if i >= n, state == .tag, let consumed = holdBackTag(b, n, upTo: n, &out, run: &run, final: final) {
                    return consumed
                }

            case .declaration:
                // Dropped as it streams by (not carried: an endless one is read once).
                guard let end = find(b, n, from: i, "?>") else {
                    let keep = final ? n : max(i, n - 1)
                    run = keep
                    return keep
                }
                i = end + 2
                run = i
                state = .prolog

            case .comment:
                // Dropped as it streams by, its line breaks kept.
                let end = find(b, n, from: i, "-->")
                // Without the terminator, keep the last two bytes: they may start it.
                let stop = end ?? (final ? n : max(i, n - 2))
                for k in i..<stop where b[k] == 0x0A { out.append(0x0A) }
                guard let end else {
                    run = stop
                    return stop
                }
                i = end + 3
                run = i
                state = sawMarkup ? .text : .prolog

            case .cdata:
                guard let end = find(b, n, from: i, "]]>") else {
                    let keep = final ? n : max(i, n - 2)
                    flush(keep)
                    return keep
                }
                i = end + 3
                state = .text

            case .pi:
                // Dropped like a comment, for the same reasons (a malformed one, `<?xtp:`, made
                // libxml2's push parser give up in chunks and not whole).
                let end = find(b, n, from: i, "?>")
                let stop = end ?? (final ? n : max(i, n - 1))
                for k in i..<stop where b[k] == 0x0A { out.append(0x0A) }
                guard let end else {
                    run = stop
                    return stop
                }
                i = end + 2
                run = i
                state = sawMarkup ? .text : .prolog

            case .doctype:
                // Consumed, not copied: only its line breaks and internal entities survive.
                while i < n {
                    let c = b[i]
                    if doctypeBuffer.count < Self.maxDoctypeBytes { doctypeBuffer.append(c) }
                    if c == 0x0A { out.append(0x0A) }
                    i += 1
                    if doctypeInComment {
                        if c == UInt8(ascii: ">"), doctypeBuffer.count >= 3,
                            doctypeBuffer[doctypeBuffer.count - 2] == UInt8(ascii: "-"),
                            doctypeBuffer[doctypeBuffer.count - 3] == UInt8(ascii: "-")
                        {
                            doctypeInComment = false
                        }
                    } else if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == UInt8(ascii: "-"), doctypeBuffer.count >= 4,
                        doctypeBuffer.suffix(4).elementsEqual("<!--".utf8)
                    {
                        doctypeInComment = true
                    } else if c == UInt8(ascii: "[") {
                        doctypeBracketDepth += 1
                    } else if c == UInt8(ascii: "]") {
                        doctypeBracketDepth = max(0, doctypeBracketDepth - 1)
                    } else if c == UInt8(ascii: ">"), doctypeBracketDepth == 0 {
                        finishDoctype()
                        state = sawMarkup ? .text : .prolog
                        break
                    }
                }
                run = i
            }
        }
        flush(n)
        return n
    }

    /// The input ended inside a tag, read up to `end` (what follows, a reference cut short, is
    /// carried to the next chunk). Before the end of the document, move the tag's output so far
    /// from `out` to `heldTag`, to go back in front of the next chunk's, and stay in the tag;
    /// at the end, drop it: a cut-off `</item` must not complete the item. Returns the bytes
    /// consumed, or nil when the tag cannot be held back (longer than `maxHeldTag`, or already
    /// let through): it then streams on unheld.
    private mutating func holdBackTag(
        _ b: UnsafePointer<UInt8>, _ n: Int, upTo end: Int, _ out: inout [UInt8], run: inout Int, final: Bool
    ) -> Int? {
        guard let start = tagStart else { return nil }
        let size = heldTagInput + end - start
        guard final || size <= Self.maxHeldTag else { return nil }
        // Everything read is in `out` (the text before the tag too); the tag's part moves out.
        if end > run { out.append(contentsOf: UnsafeBufferPointer(start: b + run, count: end - run)) }
        if out.count > tagOutMark {
            if !final { heldTag.append(contentsOf: out[tagOutMark...]) }
            out.removeSubrange(tagOutMark...)
        }
        tagStart = nil
        if final {
            state = .text
            quote = 0
            run = n
            return n
        }
        holdingTag = true
        heldTagInput = size
        run = end
        return end
    }

    // MARK: - References

    private static let lt: [UInt8] = Array("&#60;".utf8)
    private static let amp: [UInt8] = Array("&#38;".utf8)

    /// Rewrites the reference starting at `b[i] == '&'` into `out`; returns the bytes consumed,
    /// or nil when the input ends before it can be decided.
    private mutating func reference(
        _ b: UnsafePointer<UInt8>, _ n: Int, _ i: Int, final: Bool, into out: inout [UInt8]
    ) throws -> Int? {
        var j = i + 1
        let limit = min(n, i + Self.maxReferenceLength)
        if j < n, b[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n, b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X") {
                hex = true
                j += 1
            }
            let digitsStart = j
            var value: UInt32 = 0
            var overflow = false
            while j < limit, let d = digit(b[j], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                if value > 0x10FFFF { overflow = true }
                j += 1
            }
            if j >= limit && !final && n < i + Self.maxReferenceLength { return nil }
            guard j > digitsStart, j < n, b[j] == UInt8(ascii: ";") else {
                out.append(contentsOf: Self.amp)
                return 1
            }
            if overflow || value == 0 || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF
                || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
            {
                appendNumeric(0xFFFD, to: &out)
            } else if value >= 0x80 && value < 0xA0 {
                appendNumeric(UTF8Repairer.windows1252Scalar(UInt8(value)), to: &out)
            } else {
                appendNumeric(value, to: &out)  // canonical form: libxml2 rejects "&#X41;"
            }
            return j + 1 - i
        }
        guard j < n else {
            if final {
                out.append(contentsOf: Self.amp)
                return 1
            }
            return nil
        }
        guard isNameStart(b[j]) else {
            out.append(contentsOf: Self.amp)
            return 1
        }
        while j < limit, isNameChar(b[j]) { j += 1 }
        if j >= n {
            if !final && n < i + Self.maxReferenceLength { return nil }
            out.append(contentsOf: Self.amp)
            return 1
        }
        guard b[j] == UInt8(ascii: ";") else {
            out.append(contentsOf: Self.amp)
            return 1
        }
        let name = UnsafeBufferPointer(start: b + i + 1, count: j - i - 1)
        try appendEntity(name, to: &out)
        return j + 1 - i
    }

    /// The replacement for `&name;`.
    private mutating func appendEntity(_ name: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) throws {
        if let predefined = Self.predefined(name) {
            appendNumeric(predefined, to: &out)
            return
        }
        if !entities.isEmpty {
            let key = String(decoding: name, as: UTF8.self)
            if entities[key] != nil {
                let value = try expansion(of: key)
                guard value.count <= expansionBudget else {
                    throw Failure.entityExpansion(name: key, limit: expansionLimit)
                }
                expansionBudget -= value.count
                out.append(contentsOf: value)
                return
            }
        }
        if let scalar = Self.htmlEntity(name) {
            appendNumeric(scalar, to: &out)
            return
        }
        out.append(contentsOf: Self.amp)
        out.append(contentsOf: name)
        out.append(UInt8(ascii: ";"))
    }

    /// The value of a declared entity with its own references rewritten, memoised.
    private mutating func expansion(of name: String) throws -> [UInt8] {
        if let done = expanded[name] { return done }
        guard let raw = entities[name], !expanding.contains(name) else {
            return Self.amp + Array(name.utf8) + [UInt8(ascii: ";")]  // a loop: leave it literal
        }
        expanding.insert(name)
        defer { expanding.remove(name) }
        var out = [UInt8]()
        var i = 0
        while i < raw.count {
            let c = raw[i]
            if c != UInt8(ascii: "&") {
                out.append(c)
                i += 1
            } else {
                let used = try raw.withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt8>) throws -> Int in
                    (try self.reference(p.baseAddress!, p.count, i, final: true, into: &out)) ?? 1
                }
                i += used
            }
            if out.count > expansionLimit { throw Failure.entityExpansion(name: name, limit: expansionLimit) }
        }
        expanded[name] = out
        return out
    }

    /// Reads `<!ENTITY name "value">` declarations (general, internal) out of the DOCTYPE.
    private mutating func finishDoctype() {
        let text = doctypeBuffer
        // The document's DOCTYPE is the first one, before the root element: one further on
        // (damage, or a second document pasted in) would otherwise decide the format in a
        // whole document, yet not in one whose root element libxml2 read before it arrived.
        if doctype == nil, !sawMarkup { doctype = String(decoding: text.prefix(1024), as: UTF8.self) }
        doctypeBuffer.removeAll()
        var i = 0
        let marker = Array("<!ENTITY".utf8)
        while i + marker.count < text.count {
            guard text[i] == UInt8(ascii: "<"), text[i..<(i + marker.count)].elementsEqual(marker) else {
                i += 1
                continue
            }
            i += marker.count
            while i < text.count, isSpace(text[i]) { i += 1 }
            if i < text.count, text[i] == UInt8(ascii: "%") { continue }  // parameter entity: ignored
            let nameStart = i
            while i < text.count, isNameChar(text[i]) { i += 1 }
            let name = String(decoding: text[nameStart..<i], as: UTF8.self)
            while i < text.count, isSpace(text[i]) { i += 1 }
            guard !name.isEmpty, i < text.count, text[i] == UInt8(ascii: "\"") || text[i] == UInt8(ascii: "'") else {
                continue  // SYSTEM / PUBLIC: external, never loaded
            }
            let q = text[i]
            i += 1
            let valueStart = i
            while i < text.count, text[i] != q { i += 1 }
            if entities[name] == nil, Self.predefined(name) == nil {
                entities[name] = Array(text[valueStart..<min(i, text.count)])
            }
        }
    }

    // MARK: - Character classes and tables

    private func appendNumeric(_ scalar: UInt32, to out: inout [UInt8]) {
        // "&#" + up to 7 digits + ";", written without intermediate arrays.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            var v = scalar
            var i = 9
            buffer[i] = UInt8(ascii: ";")
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            i -= 1
            buffer[i] = UInt8(ascii: "#")
            i -= 1
            buffer[i] = UInt8(ascii: "&")
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i...]))
        }
    }

    private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let n = name.count
        guard n >= 2, n <= 4 else { return nil }
        let a = name[0], b = name[1]
        switch n {
        case 2:
            if b == UInt8(ascii: "t") {
                if a == UInt8(ascii: "l") { return 60 }
                if a == UInt8(ascii: "g") { return 62 }
            }
        case 3:
            if a == UInt8(ascii: "a"), b == UInt8(ascii: "m"), name[2] == UInt8(ascii: "p") { return 38 }
        default:
            if a == UInt8(ascii: "q"), b == UInt8(ascii: "u"), name[2] == UInt8(ascii: "o"), name[3] == UInt8(ascii: "t") {
                return 34
            }
            if a == UInt8(ascii: "a"), b == UInt8(ascii: "p"), name[2] == UInt8(ascii: "o"), name[3] == UInt8(ascii: "s") {
                return 39
            }
        }
        return nil
    }

    private static func predefined(_ name: String) -> UInt32? {
        var s = name
        return s.withUTF8 { predefined($0) }
    }

    /// HTML 4's entities from libxml2's own table.
    private static func htmlEntity(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard name.count < 32 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count + 1) { buffer in
            _ = buffer.initialize(from: name)
            buffer[name.count] = 0
            guard let entry = htmlEntityLookup(buffer.baseAddress) else { return nil }
            return UInt32(entry.pointee.value)
        }
    }

    @inline(__always) private func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66 where hex: return UInt32(c - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    @inline(__always) private func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    @inline(__always) private func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
            || c >= 0x80
    }

    @inline(__always) private func isNameChar(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    private func find(_ b: UnsafePointer<UInt8>, _ n: Int, from: Int, _ needle: StaticString) -> Int? {
        let first = needle.utf8Start[0]
        let count = needle.utf8CodeUnitCount
        var i = from
        while i + count <= n {
            if b[i] == first {
                var k = 1
                while k < count, b[i + k] == needle.utf8Start[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }
}
