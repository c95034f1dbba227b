/// The namespaces Docket reads, folded into the few classes the feed logic cares about.
///
/// RSS 0.9x/2.0 (no namespace, or UserLand's), RSS 1.0, RSS 0.90 and both Atom versions
/// share one class, `core`: their element names do not clash in meaning, and damaged feeds
/// mix them freely. Local names are compared in lower case, as feedparser does.
enum FeedNamespace: UInt8, Sendable {
    case core, rdf, dc, dcterms, content, media, itunes, sy, xhtml, xml, other

    /// The class of a namespace URI (nil: no namespace).
    static func classify(uri: String?) -> FeedNamespace {
        guard let uri else { return .core }
        switch uri.lowercased() {
        case "http://www.w3.org/2005/atom", "http://purl.org/atom/ns#", "http://purl.org/rss/1.0/",
            "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
            "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", "":
            return .core
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": return .rdf
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": return .dc
        case "http://purl.org/dc/terms/": return .dcterms
        case "http://purl.org/rss/1.0/modules/content/": return .content
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss", "http://video.search.yahoo.com/mrss",
            "http://tools.search.yahoo.com/mrss/":
            return .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/dtds/podcast-1.0.dtd/": return .itunes
        case "http://purl.org/rss/1.0/modules/syndication/": return .sy
        case "http://www.w3.org/1999/xhtml": return .xhtml
        case "http://www.w3.org/xml/1998/namespace": return .xml
        default: return .other
        }
    }

    /// The class of a conventional prefix, for elements whose prefix was never declared.
    static func classify(prefix: String) -> FeedNamespace {
        switch prefix.lowercased() {
        case "atom", "rss": return .core
        case "rdf": return .rdf
        case "dc": return .dc
        case "dcterms": return .dcterms
        case "content": return .content
        case "media": return .media
        case "itunes": return .itunes
        case "sy": return .sy
        case "xhtml", "html": return .xhtml
        default: return .other
        }
    }

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
}

/// An element as the feed logic sees it: namespace class and lowercased local name.
struct FeedElement: Hashable, Sendable {
    var namespace: FeedNamespace
    var name: String
    /// The local name as written, for re-serialising markup.
    var original: String
    /// The namespace URI as written (nil when none).
    var uri: String?

    func `is`(_ ns: FeedNamespace, _ n: String) -> Bool { namespace == ns && name == n }
}
