import DocketModel
import Foundation

extension FeedBuilder {
    /// Handles an element inside an RSS `item` or Atom `entry`.
    func startItemElement(_ e: FeedElement, _ a: XMLAttributes, base: String?) -> Role {
        let atom = feed.format.isAtom
        if person != nil {
            switch (e.namespace, e.name) {
            case (.core, "name"): beginCapture(.personName, .text, base: base)
            case (.core, "email"): beginCapture(.personEmail, .raw, base: base)
            case (.core, "uri"), (.core, "url"), (.core, "homepage"): beginCapture(.personURI, .raw, base: base)
            default: return .plain
            }
            return .capture
        }
        // Item fields are children of the item (or of a media:group in it); the same names
        // deeper down (an <image><title> in an entry) belong to something else.
        let parent = parentFrame?.role
        guard parent == .item || parent == .group else { return .plain }
        switch (e.namespace, e.name) {
        case (.media, "group"):
            return .group
        case (.core, "title"), (.dc, "title"):
            beginCapture(.title, textKind(a, default: atom ? .text : .guess), base: base, base64: isBase64(a))
        case (.core, "link"):
            if let href = a.value("href") {
                let rel = a.value("rel")?.trimmingXMLSpace().lowercased() ?? "alternate"
                let url = URLResolver.resolve(href, against: base)
                switch rel {
                case "alternate":
                    if item!.link == nil { item!.link = url }
                case "enclosure":
                    item!.enclosures.append(
                        Enclosure(url: url, type: nonEmpty(a.value("type")), length: length(a.value("length"))))
                default:
                    break
                }
                return .plain
            }
            beginCapture(.link, .raw, base: base)
        case (.core, "guid"):
            if let permalink = a.value("ispermalink") {
                item!.guidIsPermaLink = permalink.trimmingXMLSpace().lowercased() != "false"
            }
            beginCapture(.guid, .raw, base: base)
        case (.core, "id"):
            beginCapture(.atomID, .raw, base: base)
        case (.core, "description"), (.dc, "description"):
            beginCapture(
                atom ? .summary : .summaryOrContent, textKind(a, default: atom ? .text : .html), base: base,
                base64: isBase64(a))
        case (.core, "summary"):
            beginCapture(
                atom ? .summary : .summaryOrContent, textKind(a, default: atom ? .text : .html), base: base,
                base64: isBase64(a))
        case (.core, "fullitem"):
            beginCapture(.content, .html, base: base)
        case (.core, "body"):
            beginCapture(.content, .xhtml, base: base)
        case (.core, "tags"):
            beginCapture(.keywords, .text, base: base)
        case (.core, "content"):
            if a.value("src") != nil { return .plain }  // out-of-line content: nothing to read here
            beginCapture(.content, textKind(a, default: .text), base: base, base64: isBase64(a))
        case (.content, "encoded"):
            beginCapture(.content, .html, base: base)
        case (.xhtml, "body"), (.xhtml, "div"):
            beginCapture(.content, .xhtml, base: base)
        case (.core, "pubdate"), (.core, "published"), (.core, "issued"):
            beginCapture(.published, .raw, base: base)
        case (.core, "created"), (.dcterms, "created"), (.dcterms, "issued"), (.dcterms, "available"):
            beginCapture(.created, .raw, base: base)
        case (.dc, "date"):
            beginCapture(.dcDate, .raw, base: base)
        case (.core, "updated"), (.core, "modified"), (.dcterms, "modified"):
            beginCapture(.updated, .raw, base: base)
        case (.core, "author"):
            person = PersonDraft(isAuthor: true)
            return .person
        case (.core, "contributor"), (.core, "source"):
            return .skip
        case (.dc, "creator"), (.dc, "author"):
            beginCapture(.creator, .text, base: base)
        case (.itunes, "author"):
            beginCapture(.itunesAuthor, .text, base: base)
        case (.core, "category"):
            if let term = nonEmpty(a.value("term")) ?? nonEmpty(a.value("label")) {
                addCategory(term)
                return .plain
            }
            beginCapture(.category, .text, base: base)
        case (.dc, "subject"), (.media, "category"):
            beginCapture(.category, .text, base: base)
        case (.itunes, "category"):
            if let text = nonEmpty(a.value("text")) { addCategory(text) }
            return .group  // categories nest: <itunes:category text="Technology"><itunes:category text="Gadgets"/>
        case (.itunes, "keywords"), (.media, "keywords"):
            beginCapture(.keywords, .text, base: base)
        case (.core, "enclosure"):
            if let url = nonEmpty(a.value("url") ?? a.value("href")) {
                item!.enclosures.append(
                    Enclosure(
                        url: URLResolver.resolve(url, against: base), type: nonEmpty(a.value("type")),
                        length: length(a.value("length"))))
            }
            return .plain
        case (.core, "comments"):
            beginCapture(.comments, .raw, base: base)
        case (.media, "content"):
            if let url = nonEmpty(a.value("url")) {
                let resolved = URLResolver.resolve(url, against: base)
                let type = nonEmpty(a.value("type"))
                if a.value("medium")?.lowercased() == "image" || type?.hasPrefix("image/") == true {
                    addThumbnail(resolved)
                } else {
                    item!.mediaEnclosures.append(
                        Enclosure(url: resolved, type: type, length: length(a.value("filesize"))))
                }
            }
            return .plain
        case (.media, "thumbnail"):
            if let url = nonEmpty(a.value("url")) { addThumbnail(URLResolver.resolve(url, against: base)) }
            return .plain
        case (.itunes, "image"):
            if let href = nonEmpty(a.value("href")) { addThumbnail(URLResolver.resolve(href, against: base)) }
            return .plain
        case (.media, "title"):
            beginCapture(.mediaTitle, textKind(a, default: .text), base: base)
        case (.media, "description"):
            beginCapture(.mediaDescription, textKind(a, default: .text), base: base)
        case (.itunes, "summary"), (.itunes, "subtitle"):
            beginCapture(.itunesSummary, .text, base: base)
        default:
            return .plain
        }
        return .capture
    }

    /// Stores a finished item-level field.
    func assignItem(_ target: Target, _ value: String, markup: String?, base: String?) {
        guard item != nil else { return }
        switch target {
        case .title:
            if item!.title == nil { item!.title = value }
        case .link:
            if item!.link == nil, !value.isEmpty { item!.link = URLResolver.resolve(value, against: base) }
        case .guid:
            if item!.guid == nil, !value.isEmpty { item!.guid = value }
        case .atomID:
            if item!.atomID == nil, !value.isEmpty {
                // A relative id is resolved like a link (feedparser does the same).
                item!.atomID = URLResolver.hasScheme(value) || base == nil ? value : URLResolver.resolve(value, against: base)
            }
        case .summary:
            if item!.summary == nil, !value.isEmpty {
                item!.summary = value
                item!.summaryMarkup = markup
            }
        case .summaryOrContent:
            // RSS with both <description> and <summary>: the first is the summary, the second the content.
            if item!.summary == nil {
                if !value.isEmpty {
                    item!.summary = value
                    item!.summaryMarkup = markup
                }
            } else if item!.content == nil, !value.isEmpty {
                item!.content = value
                item!.contentMarkup = markup
            }
        case .content:
            if item!.content == nil, !value.isEmpty {
                item!.content = value
                item!.contentMarkup = markup
            }
        // Dates: a later element overrides an earlier one (as feedparser does).
        case .published:
            if let date = FeedDate.parse(value) { item!.published = date }
        case .created:
            if let date = FeedDate.parse(value) { item!.created = date }
        case .dcDate:
            if let date = FeedDate.parse(value) { item!.dcDate = date }
        case .updated:
            if let date = FeedDate.parse(value) { item!.updated = date }
        case .creator:
            if !value.isEmpty { item!.creators.append(value) }
        case .itunesAuthor:
            if item!.itunesAuthor == nil, !value.isEmpty { item!.itunesAuthor = value }
        case .personName:
            if !value.isEmpty { person?.name = value }
        case .personEmail:
            if !value.isEmpty { person?.email = value }
        case .personURI:
            if !value.isEmpty { person?.uri = URLResolver.resolve(value, against: base) }
        case .category:
            addCategory(value)
        case .keywords:
            for word in value.split(separator: ",") { addCategory(String(word).trimmingXMLSpace()) }
        case .comments:
            if item!.comments == nil, !value.isEmpty { item!.comments = URLResolver.resolve(value, against: base) }
        case .mediaTitle:
            if item!.mediaTitle == nil, !value.isEmpty { item!.mediaTitle = value }
        case .mediaDescription:
            if item!.mediaDescription == nil, !value.isEmpty { item!.mediaDescription = value }
        case .itunesSummary:
            if item!.itunesSummary == nil, !value.isEmpty { item!.itunesSummary = value }
        default:
            break
        }
    }

    func finishPerson() {
        guard var p = person else { return }
        person = nil
        if p.name == nil, p.email == nil, p.uri == nil {
            let text = p.text.withUnsafeBufferPointer { TextCollapse.collapse($0) }
            guard !text.isEmpty else { return }
            let parsed = Self.parseAuthor(text)
            p.name = parsed.name
            p.email = parsed.email
        }
        let author = Author(name: p.name, email: p.email, uri: p.uri)
        if !author.isEmpty, item != nil, !item!.authors.contains(author) { item!.authors.append(author) }
    }

    /// Builds the item from the draft and hands it on.
    func finishItem() {
        guard let d = item else { return }
        item = nil
        person = nil

        let guid = d.guid ?? d.atomID ?? d.rdfAbout
        var link = d.link
        if link == nil, d.guid != nil, d.guidIsPermaLink, let g = d.guid, Self.isWebURL(g) { link = g }

        var published = d.published
        var updated = d.updated
        var dcDate = d.dcDate
        if published == nil, let date = dcDate {
            published = date
            dcDate = nil
        }
        if published == nil { published = d.created }
        if updated == nil { updated = dcDate }

        var authors = d.authors
        for creator in d.creators {
            let parsed = Self.parseAuthor(creator)
            let author = Author(name: parsed.name, email: parsed.email)
            if !authors.contains(where: { $0.name == author.name && $0.email == author.email }) { authors.append(author) }
        }
        if authors.isEmpty, let name = d.itunesAuthor { authors.append(Author(name: name)) }

        let title = d.title ?? d.mediaTitle
        let summary = d.summary ?? d.mediaDescription ?? d.itunesSummary
        let id = Self.itemID(feedKey: feedKey, guid: guid, link: link, title: title, summary: summary ?? d.content, date: published)

        var markup: String?
        if options.keepMarkup, let raw = d.contentMarkup ?? d.summaryMarkup {
            markup = HTMLLinkResolver.resolvingLinks(inHTML: raw, base: d.base)
        }

        let result = Item(
            id: id, feed: feedKey, title: title, link: link, guid: guid, published: published, updated: updated,
            authors: authors, summary: summary, content: d.content, categories: d.categories,
            enclosures: d.enclosures.isEmpty ? d.mediaEnclosures : d.enclosures, thumbnails: d.thumbnails,
            comments: d.comments, contentHTML: markup)
        emit(result)
    }

    // MARK: Helpers

    /// Docket's stable id: feed and guid; else feed and link; else feed and content.
    static func itemID(feedKey: String, guid: String?, link: String?, title: String?, summary: String?, date: Date?) -> String {
        if let guid, !guid.isEmpty { return StableID.make(feedKey, "guid", guid) }
        if let link, !link.isEmpty { return StableID.make(feedKey, "link", link) }
        let when = date.map { ISO8601.string(from: $0) } ?? ""
        return StableID.make(feedKey, "content", title ?? "", String((summary ?? "").prefix(4096)), when)
    }

    static func isWebURL(_ s: String) -> Bool {
        let scheme = URLResolver.scheme(of: s)
        return scheme == "http" || scheme == "https"
    }

    /// Reads "mail@example.com (Name)", "Name <mail@example.com>", "Name (mail@example.com)" and plain names.
    static func parseAuthor(_ text: String) -> (name: String?, email: String?) {
        // On the UTF-8 view: Character-based searches and Foundation's trimming cost more
        // here than the rest of an item (one of these per item).
        let t = text.trimmingXMLSpace()
        let bytes = t.utf8
        func isEmail(_ s: Substring) -> Bool {
            let u = s.utf8
            guard let at = u.firstIndex(of: UInt8(ascii: "@")) else { return false }
            return at != u.startIndex && u[u.index(after: at)...].contains(UInt8(ascii: "."))
                && !u.contains(UInt8(ascii: " "))
        }
        for (open, close) in [(UInt8(ascii: "("), UInt8(ascii: ")")), (UInt8(ascii: "<"), UInt8(ascii: ">"))] {
            guard bytes.last == close, let start = bytes.lastIndex(of: open) else { continue }
            let inner = Self.trimmingHorizontalSpace(t[t.index(after: start)..<t.index(before: t.endIndex)])
            let outer = Self.trimmingHorizontalSpace(t[..<start])
            if open == UInt8(ascii: "("), isEmail(outer) { return (inner.isEmpty ? nil : String(inner), String(outer)) }
            if isEmail(inner) { return (outer.isEmpty ? nil : String(outer), String(inner)) }
        }
        if isEmail(Substring(t)) { return (nil, t) }
        return (t.isEmpty ? nil : t, nil)
    }

    /// `s` without leading and trailing tabs and space separators (Foundation's `.whitespaces`).
    static func trimmingHorizontalSpace(_ s: Substring) -> Substring {
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return s[first...last]
    }

    func addCategory(_ value: String) {
        let v = value.trimmingXMLSpace()
        guard !v.isEmpty, item != nil, !item!.categories.contains(v) else { return }
        item!.categories.append(v)
    }

    func addThumbnail(_ url: String) {
        guard item != nil, !item!.thumbnails.contains(url) else { return }
        item!.thumbnails.append(url)
    }

    func nonEmpty(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.trimmingXMLSpace()
        return t.isEmpty ? nil : t
    }

    func length(_ s: String?) -> Int64? {
        guard let s = nonEmpty(s) else { return nil }
        return Int64(s)
    }
}
