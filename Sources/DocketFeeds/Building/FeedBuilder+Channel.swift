import DocketModel
import Foundation

extension FeedBuilder {
    /// Handles an element outside any item: channel (RSS) or feed (Atom) metadata.
    func startFeedElement(_ e: FeedElement, _ a: XMLAttributes, base: String?) -> Role {
        let atom = feed.format.isAtom
        let parent = parentFrame?.role
        if e.is(.core, "channel") { return .channel }
        if e.is(.core, "item") || e.is(.core, "entry") {
            var draft = ItemDraft()
            draft.base = base
            if let about = a.value("about", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#") ?? a.value("about") {
                draft.rdfAbout = about.trimmingXMLSpace()
            }
            item = draft
            return .item
        }
        // Channel fields are children of the channel (or of the root, for Atom and RSS 1.0).
        guard parent == .root || parent == .channel else { return .plain }
        switch (e.namespace, e.name) {
        case (.core, "image"):
            if let href = a.value("href") ?? a.value("url"), feed.image == nil {  // Atom 0.3 / odd RSS
                feed.image = URLResolver.resolve(href, against: base)
            }
            return .image
        case (.core, "textinput"), (.core, "author"), (.core, "contributor"), (.core, "source"), (.core, "items"),
            (.core, "cloud"), (.core, "skiphours"), (.core, "skipdays"):
            return .skip
        case (.core, "title"), (.dc, "title"):
            beginCapture(.feedTitle, textKind(a, default: atom ? .text : .guess), base: base, base64: isBase64(a))
        case (.core, "link"):
            if let href = a.value("href") {
                let rel = a.value("rel")?.trimmingXMLSpace().lowercased() ?? "alternate"
                let url = URLResolver.resolve(href, against: base)
                if rel == "alternate", feed.link == nil { feed.link = url }
                if rel == "self", feed.selfLink == nil { feed.selfLink = url }
                return .plain
            }
            beginCapture(.feedLink, .raw, base: base)
        case (.core, "description"), (.dc, "description"):
            beginCapture(.feedSubtitle, textKind(a, default: atom ? .text : .html), base: base)
        case (.core, "subtitle"), (.core, "tagline"):
            beginCapture(.feedSubtitle, textKind(a, default: .text), base: base, base64: isBase64(a))
        case (.core, "language"), (.dc, "language"):
            beginCapture(.feedLanguage, .raw, base: base)
        case (.core, "ttl"):
            beginCapture(.feedTTL, .raw, base: base)
        case (.sy, "updateperiod"):
            beginCapture(.feedUpdatePeriod, .raw, base: base)
        case (.sy, "updatefrequency"):
            beginCapture(.feedUpdateFrequency, .raw, base: base)
        case (.core, "lastbuilddate"), (.core, "pubdate"), (.core, "updated"), (.core, "modified"), (.dc, "date"),
            (.dcterms, "modified"):
            beginCapture(.feedUpdated, .raw, base: base)
        case (.core, "generator"):
            beginCapture(.feedGenerator, .text, base: base)
        case (.core, "logo"), (.core, "icon"):
            beginCapture(.feedImage, .raw, base: base)
        case (.itunes, "image"):
            if let href = a.value("href"), feed.image == nil { feed.image = URLResolver.resolve(href, against: base) }
            return .plain
        default:
            return .plain
        }
        return .capture
    }

    /// Stores a finished feed-level field.
    func assignFeed(_ target: Target, _ value: String, base: String?) {
        switch target {
        case .feedTitle:
            if feed.title == nil { feed.title = value }
        case .feedLink:
            if feed.link == nil, !value.isEmpty { feed.link = URLResolver.resolve(value, against: base) }
        case .feedSubtitle:
            if feed.subtitle == nil, !value.isEmpty { feed.subtitle = value }
        case .feedLanguage:
            if feed.language == nil, !value.isEmpty { feed.language = value }
        case .feedTTL:
            if let minutes = Int(value), minutes > 0 { feed.ttl = minutes }
        case .feedUpdatePeriod:
            switch value.lowercased() {
            case "hourly": updatePeriod = 3600
            case "daily": updatePeriod = 86_400
            case "weekly": updatePeriod = 7 * 86_400
            case "monthly": updatePeriod = 30 * 86_400
            case "yearly": updatePeriod = 365 * 86_400
            default: break
            }
        case .feedUpdateFrequency:
            if let n = Int(value), n > 0 { updateFrequency = n }
        case .feedUpdated:
            if let date = FeedDate.parse(value) { feed.updated = date }
        case .feedGenerator:
            if feed.generator == nil, !value.isEmpty { feed.generator = value }
        case .feedImage:
            if feed.image == nil, !value.isEmpty { feed.image = URLResolver.resolve(value, against: base) }
        default:
            break
        }
    }
}
