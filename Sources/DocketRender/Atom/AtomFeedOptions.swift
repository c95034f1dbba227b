import Foundation

/// How `AtomFeedWriter` names and dates the feed.
public struct AtomFeedOptions: Sendable, Hashable {
    /// The feed's permanent id, an IRI (`urn:uuid:…`, `tag:…`): feed readers key on it.
    public var id: String
    public var title: String
    /// Where the feed will be served (`link rel="self"`), when known.
    public var selfURL: String?
    /// A page the feed belongs to (`link rel="alternate"`), when there is one.
    public var siteURL: String?
    public var author: String
    /// The feed's `updated` when it has no entries (entries' dates otherwise): something
    /// fixed, such as the knowledge base's creation, so that the output stays reproducible.
    public var emptyFeedUpdated: Date
    /// Source links per entry.
    public var linkLimit: Int

    public init(
        id: String, title: String = "Docket: confirmed allegations", selfURL: String? = nil, siteURL: String? = nil,
        author: String = "Docket", emptyFeedUpdated: Date, linkLimit: Int = 5
    ) {
        self.id = id
        self.title = title
        self.selfURL = selfURL
        self.siteURL = siteURL
        self.author = author
        self.emptyFeedUpdated = emptyFeedUpdated
        self.linkLimit = linkLimit
    }
}
