import Foundation

/// One entry of a feed, normalised: the unit the knowledge base stores, searches and cites.
///
/// The parser fills what the feed says (title, link, guid, dates, authors, text, categories,
/// enclosures); the store adds what it learns later (`fetched`, `hash`, `companies`,
/// `duplicates`). Text fields hold plain text; `contentHTML`, when kept, holds the original
/// markup with its links resolved, for renderers that want it.
public struct Item: Codable, Sendable, Hashable, Identifiable {
    /// Docket's stable id: derived from the feed id and the guid, else the link, else the content.
    public var id: String
    /// The id of the feed the item came from (for `docket parse`, the feed's URL or path).
    public var feed: String
    public var title: String?
    public var link: String?
    /// The feed's own id for the item: RSS `guid`, Atom `id`, RSS 1.0 `rdf:about`.
    public var guid: String?
    public var published: Date?
    public var updated: Date?
    public var authors: [Author]
    public var summary: String?
    public var content: String?
    public var categories: [String]
    public var enclosures: [Enclosure]
    /// Image URLs offered with the item (`media:thumbnail`, `media:content` images, iTunes image).
    public var thumbnails: [String]
    /// The discussion page (RSS `comments`).
    public var comments: String?
    /// The item's markup (content, else summary) with relative links resolved; kept on request.
    public var contentHTML: String?
    /// When Docket first stored the item.
    public var fetched: Date?
    /// Hash of the normalised title and date, the last resort of cross-feed dedupe.
    public var hash: String?
    /// Ids of the companies the item mentions.
    public var companies: [String]
    /// Ids of the same story arriving through other feeds.
    public var duplicates: [String]
    /// True for items stored on a feed's first fetch: old news, never "new" in a briefing.
    public var backlog: Bool

    public init(
        id: String, feed: String, title: String? = nil, link: String? = nil, guid: String? = nil,
        published: Date? = nil, updated: Date? = nil, authors: [Author] = [], summary: String? = nil,
        content: String? = nil, categories: [String] = [], enclosures: [Enclosure] = [],
        thumbnails: [String] = [], comments: String? = nil, contentHTML: String? = nil,
        fetched: Date? = nil, hash: String? = nil, companies: [String] = [], duplicates: [String] = [],
        backlog: Bool = false
    ) {
        self.id = id
        self.feed = feed
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.updated = updated
        self.authors = authors
        self.summary = summary
        self.content = content
        self.categories = categories
        self.enclosures = enclosures
        self.thumbnails = thumbnails
        self.comments = comments
        self.contentHTML = contentHTML
        self.fetched = fetched
        self.hash = hash
        self.companies = companies
        self.duplicates = duplicates
        self.backlog = backlog
    }

    enum CodingKeys: String, CodingKey {
        case id, feed, title, link, guid, published, updated, authors, summary, content, categories
        case enclosures, thumbnails, comments, fetched, hash, companies, duplicates, backlog
        case contentHTML = "content_html"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        feed = try c.decode(String.self, forKey: .feed)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        link = try c.decodeIfPresent(String.self, forKey: .link)
        guid = try c.decodeIfPresent(String.self, forKey: .guid)
        published = try c.decodeIfPresent(Date.self, forKey: .published)
        updated = try c.decodeIfPresent(Date.self, forKey: .updated)
        authors = try c.decodeIfPresent([Author].self, forKey: .authors) ?? []
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        content = try c.decodeIfPresent(String.self, forKey: .content)
        categories = try c.decodeIfPresent([String].self, forKey: .categories) ?? []
        enclosures = try c.decodeIfPresent([Enclosure].self, forKey: .enclosures) ?? []
        thumbnails = try c.decodeIfPresent([String].self, forKey: .thumbnails) ?? []
        comments = try c.decodeIfPresent(String.self, forKey: .comments)
        contentHTML = try c.decodeIfPresent(String.self, forKey: .contentHTML)
        fetched = try c.decodeIfPresent(Date.self, forKey: .fetched)
        hash = try c.decodeIfPresent(String.self, forKey: .hash)
        companies = try c.decodeIfPresent([String].self, forKey: .companies) ?? []
        duplicates = try c.decodeIfPresent([String].self, forKey: .duplicates) ?? []
        backlog = try c.decodeIfPresent(Bool.self, forKey: .backlog) ?? false
    }
}
