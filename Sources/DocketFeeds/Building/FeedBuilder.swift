import CLibXML2
import DocketModel
import Foundation

/// Turns the SAX events of one feed document into a `ParsedFeed` and its `Item`s.
///
/// Keeps a stack of open elements (with their resolved `xml:base`), the item being built,
/// and at most one text capture: the field whose text is being collected. Items are handed
/// to `emit` as soon as their end tag is read, so memory follows the largest item, not the
/// feed; an item cut off by the end of a truncated file is never emitted.
final class FeedBuilder: XMLEventHandler {
    let source: String
    let feedKey: String
    let documentURL: String?
    let options: FeedParserOptions
    var emit: (Item) -> Void = { _ in }
    /// Set by the parser before each push: the DOCTYPE the sanitizer removed, if any.
    var doctype: String?
    /// Stops libxml2 when a limit is hit or the document is not a feed.
    var stopParser: () -> Void = {}
    var currentLine: () -> Int = { 0 }

    var feed = ParsedFeed(format: .rss)
    private(set) var fatal: FeedParseError?
    private(set) var rootSeen = false
    private(set) var firstFatalProblem: FeedDiagnostic?

    // MARK: State

    enum Role {
        case plain, root, channel, group, item, person, skip, capture, markup, image
    }

    struct Frame {
        var element: FeedElement
        var base: String?
        var role: Role
        /// Closed by a mismatched end tag while libxml2 still holds it open: its end event,
        /// when it comes, is ignored.
        var ghost = false
    }

    enum TextKind {
        /// Trimmed, nothing else (URLs, ids, dates, numbers).
        case raw
        /// Plain text: whitespace collapsed, markup left as written.
        case text
        /// HTML: converted to plain text.
        case html
        /// Inline XHTML: child elements re-serialised, then converted.
        case xhtml
        /// RSS text that may or may not be HTML: decided by looking (feedparser's rule).
        case guess
    }

    enum Target {
        case feedTitle, feedLink, feedSubtitle, feedLanguage, feedTTL, feedUpdatePeriod, feedUpdateFrequency
        case feedUpdated, feedGenerator, feedImage
        case title, link, guid, atomID, summary, content, summaryOrContent, published, created, dcDate, updated
        case creator, itunesAuthor, personName, personEmail, personURI
        case category, keywords, comments, mediaTitle, mediaDescription, itunesSummary
    }

    struct Capture {
        var target: Target
        var kind: TextKind
        var depth: Int
        var base: String?
        var base64 = false
        var hasMarkup = false
    }

    struct ItemDraft {
        var base: String?
        var title: String?
        var link: String?
        var guid: String?
        var guidIsPermaLink = true
        var atomID: String?
        var rdfAbout: String?
        var summary: String?
        var summaryMarkup: String?
        var content: String?
        var contentMarkup: String?
        var published: Date?
        var created: Date?
        var dcDate: Date?
        var updated: Date?
        var authors: [Author] = []
        var creators: [String] = []
        var itunesAuthor: String?
        var categories: [String] = []
        var enclosures: [Enclosure] = []
        var mediaEnclosures: [Enclosure] = []
        var thumbnails: [String] = []
        var comments: String?
        var mediaTitle: String?
        var mediaDescription: String?
        var itunesSummary: String?
    }

    struct PersonDraft {
        var name: String?
        var email: String?
        var uri: String?
        var text: [UInt8] = []
        var isAuthor: Bool
    }

    // The hot state, touched by every SAX event. Exclusive access is guaranteed by design
    // (one parser, one thread, no re-entrancy), so the runtime's per-access checks are off.
    @exclusivity(unchecked) var frames: [Frame] = []
    @exclusivity(unchecked) var capture: Capture?
    /// Mirrors `capture?.kind`, so the characters callback never copies the capture.
    @exclusivity(unchecked) var captureKind: TextKind?
    @exclusivity(unchecked) var buffer: [UInt8] = []
    @exclusivity(unchecked) var item: ItemDraft?
    @exclusivity(unchecked) var person: PersonDraft?
    var skipDepth: Int?
    var updatePeriod: Int?
    var updateFrequency: Int?
    let html = HTMLTextConverter()
    private var elementCache: [ElementKey: FeedElement] = [:]
    /// The end tag a document wrote when it did not match the open element (see `problem`).
    private var pendingEndTag: String?
    /// The root element's namespace: whatever it is, it is the feed's own vocabulary.
    private var rootNamespace: String?

    private struct ElementKey: Hashable {
        var localName: UnsafePointer<UInt8>
        var uri: UnsafePointer<UInt8>?
    }

    init(source: String, feedKey: String, documentURL: String?, options: FeedParserOptions) {
        self.source = source
        self.feedKey = feedKey
        self.documentURL = documentURL
        self.options = options
        buffer.reserveCapacity(16 * 1024)
    }

    /// The innermost open element that is not a ghost.
    var parentFrame: Frame? { frames.last(where: { !$0.ghost }) }

    // MARK: SAX events

    func startElement(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        attributes: XMLAttributes
    ) {
        guard fatal == nil else { return }
        if frames.count >= options.maxDepth {
            fail(.tooDeep(source: source, line: currentLine(), limit: options.maxDepth))
            return
        }
        if !rootSeen, let uri { rootNamespace = String(cString: uri) }
        let element = intern(localName: localName, uri: uri)
        if feed.format == .rss10, element.uri == FeedNamespace.rss090 { feed.format = .rss090 }

        // Inside a captured field, child elements are markup to keep, not fields.
        if capture != nil {
            appendStartTag(element, attributes)
            capture!.hasMarkup = true
            frames.append(Frame(element: element, base: frames.last?.base, role: .markup))
            return
        }

        let parentBase = parentFrame?.base ?? documentURL
        var base = parentBase
        if let xmlBase = attributes.value("base", namespace: "http://www.w3.org/XML/1998/namespace") {
            base = URLResolver.resolve(xmlBase, against: parentBase)
        }

        guard rootSeen else {
            startRoot(element, attributes)
            frames.append(Frame(element: element, base: base, role: .root))
            return
        }
        if let skipDepth, frames.count > skipDepth {
            // Inside <image>, <textinput>, <source> …: only the channel image's URL matters.
            var role = Role.plain
            if frames[skipDepth].role == .image, element.is(.core, "url"), feed.image == nil {
                beginCapture(.feedImage, .raw, base: base)
                role = .capture
            }
            frames.append(Frame(element: element, base: base, role: role))
            return
        }
        let role: Role
        if item != nil {
            role = startItemElement(element, attributes, base: base)
        } else {
            role = startFeedElement(element, attributes, base: base)
        }
        if role == .skip || role == .image { skipDepth = frames.count }
        frames.append(Frame(element: element, base: base, role: role))
    }

    func endElement(localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
        guard fatal == nil, !frames.isEmpty else { return }
        if let written = pendingEndTag {
            pendingEndTag = nil
            // The document closed an ancestor (</description> while <b> is open): close
            // everything up to it, as an HTML reader would, instead of swallowing what follows.
            if let target = frames.lastIndex(where: { !$0.ghost && $0.element.original.lowercased() == written }),
                target < frames.count - 1
            {
                for index in stride(from: frames.count - 1, through: target, by: -1) where !frames[index].ghost {
                    close(at: index)
                    frames[index].ghost = true
                }
            }
        }
        let frame = frames.removeLast()
        if frame.ghost { return }
        close(frame, at: frames.count)
    }

    /// Closes the open element at `index` of the stack (it stays on the stack).
    private func close(at index: Int) {
        close(frames[index], at: index)
    }

    private func close(_ frame: Frame, at depth: Int) {
        switch frame.role {
        case .markup:
            appendEndTag(frame.element)
        case .capture:
            if let c = capture, c.depth == depth { finishCapture(c) }
        case .item:
            finishItem()
        case .person:
            finishPerson()
        case .skip, .image:
            if skipDepth == depth { skipDepth = nil }
        case .plain, .root, .channel, .group:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let kind = captureKind {
            // Text inside inline XHTML is a text node and must stay text; text in an HTML field
            // (even inside a stray wrapper element, as TypePad writes it) is the markup itself.
            if kind == .xhtml {
                appendEscaped(bytes)
            } else {
                buffer.append(contentsOf: bytes)
            }
        } else if person != nil, parentFrame?.role == .person {
            person!.text.append(contentsOf: bytes)
        }
    }

    func problem(line: Int, column: Int, message: String, fatal isFatal: Bool, endTagWritten: String?) {
        if let endTagWritten { pendingEndTag = endTagWritten.lowercased() }
        feed.problemCount += 1
        let diagnostic = FeedDiagnostic(line: line, column: column, message: message)
        if feed.diagnostics.count < options.maxDiagnostics { feed.diagnostics.append(diagnostic) }
        if isFatal, firstFatalProblem == nil { firstFatalProblem = diagnostic }
    }

    /// Called when the document ends: whatever is still open was cut off and is dropped.
    func finishDocument() {
        if let updatePeriod {
            feed.updateInterval = updatePeriod / max(1, updateFrequency ?? 1)
        }
        capture = nil
        captureKind = nil
        item = nil
        person = nil
    }

    func fail(_ error: FeedParseError) {
        guard fatal == nil else { return }
        fatal = error
        stopParser()
    }

    // MARK: Root

    private func startRoot(_ element: FeedElement, _ attributes: XMLAttributes) {
        rootSeen = true
        let version = attributes.value("version")?.trimmingXMLSpace()
        switch element.name {
        case "rss":
            switch version {
            case "0.91":
                let netscape = doctype?.range(of: "netscape", options: .caseInsensitive) != nil
                feed.format = netscape ? .rss091netscape : .rss091userland
            case "0.92": feed.format = .rss092
            case "0.93": feed.format = .rss093
            case "0.94": feed.format = .rss094
            case "2.0", "2.00", "2": feed.format = .rss20
            case "0.90": feed.format = .rss090
            default: feed.format = .rss
            }
        case "channel":
            feed.format = .rss
        case "rdf":
            feed.format = .rss10
        case "feed":
            if element.uri == FeedNamespace.atom10 {
                feed.format = .atom10
            } else if element.uri == FeedNamespace.atom03 || version == "0.3" {
                feed.format = .atom03
            } else if version == "1.0" {
                feed.format = .atom10
            } else {
                feed.format = .atom
            }
        case "html":
            fail(.notAFeed(source: source, what: .html))
        case "opml":
            fail(.notAFeed(source: source, what: .opml))
        default:
            fail(.notAFeed(source: source, what: .otherXML(root: element.original)))
        }
    }

    // MARK: Captures

    func beginCapture(_ target: Target, _ kind: TextKind, base: String?, base64: Bool = false) {
        buffer.removeAll(keepingCapacity: true)
        capture = Capture(target: target, kind: kind, depth: frames.count, base: base, base64: base64)
        captureKind = kind
    }

    private func appendStartTag(_ element: FeedElement, _ attributes: XMLAttributes) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(contentsOf: element.original.utf8)
        for k in 0..<attributes.count {
            guard let (name, prefix, value) = attributes.attribute(k) else { continue }
            buffer.append(0x20)
            if let prefix, prefix != "xmlns" {
                buffer.append(contentsOf: prefix.utf8)
                buffer.append(UInt8(ascii: ":"))
            }
            buffer.append(contentsOf: name.utf8)
            buffer.append(contentsOf: "=\"".utf8)
            var v = value
            v.withUTF8 { appendEscaped($0, quote: true) }
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
    }

    private func appendEndTag(_ element: FeedElement) {
        buffer.append(contentsOf: "</".utf8)
        buffer.append(contentsOf: element.original.utf8)
        buffer.append(UInt8(ascii: ">"))
    }

    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quote: Bool = false) {
        for c in bytes {
            switch c {
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\"") where quote: buffer.append(contentsOf: "&quot;".utf8)
            default: buffer.append(c)
            }
        }
    }

    // MARK: Names

    private func intern(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> FeedElement {
        let key = ElementKey(localName: localName, uri: uri)
        if let known = elementCache[key] { return known }
        let original = String(cString: localName)
        let uriString = uri.map { String(cString: $0) }
        var namespace = FeedNamespace.classify(uri: uriString)
        if namespace == .other, uriString == rootNamespace { namespace = .core }
        var local = original
        // An undeclared prefix reaches us as "prefix:name" with no URI.
        if uri == nil, let colon = original.firstIndex(of: ":") {
            namespace = FeedNamespace.classify(prefix: String(original[..<colon]))
            local = String(original[original.index(after: colon)...])
        }
        let element = FeedElement(namespace: namespace, name: local.lowercased(), original: original, uri: uriString)
        if elementCache.count < 4096 { elementCache[key] = element }
        return element
    }
}
