import Foundation

/// A subscription: where a feed lives, how the user filed it, and how fetching it has gone.
public struct Feed: Codable, Sendable, Hashable, Identifiable {
    /// A slug, unique in the knowledge base (`techcrunch-ai`), used by `--feed ID` and in item ids.
    public var id: String
    /// The feed's URL; follows permanent redirects.
    public var url: String
    public var title: String?
    /// The website the feed belongs to (OPML `htmlUrl`).
    public var siteURL: String?
    public var tags: [String]
    public var added: Date
    /// Set by `docket feeds remove`: the feed is no longer fetched, but its record stays so
    /// that the items it brought keep their source.
    public var removed: Date?
    public var state: FeedState

    public init(
        id: String, url: String, title: String? = nil, siteURL: String? = nil, tags: [String] = [], added: Date,
        removed: Date? = nil, state: FeedState = FeedState()
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
        self.added = added
        self.removed = removed
        self.state = state
    }

    /// True unless the feed was removed.
    public var isActive: Bool { removed == nil }

    enum CodingKeys: String, CodingKey {
        case id, url, title, tags, added, removed, state
        case siteURL = "site_url"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        url = try c.decode(String.self, forKey: .url)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        siteURL = try c.decodeIfPresent(String.self, forKey: .siteURL)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        added = try c.decode(Date.self, forKey: .added)
        removed = try c.decodeIfPresent(Date.self, forKey: .removed)
        state = try c.decodeIfPresent(FeedState.self, forKey: .state) ?? FeedState()
    }
}

/// What Docket remembers between fetches of one feed: validators for conditional GET,
/// the last outcome, and when to try next.
public struct FeedState: Codable, Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var lastStatus: Int?
    /// One line: what went wrong last time, or nil after a success.
    public var lastError: String?
    public var consecutiveFailures: Int
    /// Not fetched before this instant (backoff, Retry-After, TTL); nil means due now.
    public var nextDue: Date?
    /// The server answered 410 Gone: never fetched again unless forced.
    public var gone: Bool
    /// Shortest polite interval the feed asked for (RSS `ttl`, `sy:updatePeriod`), in seconds.
    public var minimumInterval: Int?
    /// Items stored from this feed.
    public var items: Int

    public init() {
        consecutiveFailures = 0
        gone = false
        items = 0
    }

    enum CodingKeys: String, CodingKey {
        case etag, gone, items
        case lastModified = "last_modified"
        case lastAttempt = "last_attempt"
        case lastSuccess = "last_success"
        case lastStatus = "last_status"
        case lastError = "last_error"
        case consecutiveFailures = "consecutive_failures"
        case nextDue = "next_due"
        case minimumInterval = "minimum_interval"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        etag = try c.decodeIfPresent(String.self, forKey: .etag)
        lastModified = try c.decodeIfPresent(String.self, forKey: .lastModified)
        lastAttempt = try c.decodeIfPresent(Date.self, forKey: .lastAttempt)
        lastSuccess = try c.decodeIfPresent(Date.self, forKey: .lastSuccess)
        lastStatus = try c.decodeIfPresent(Int.self, forKey: .lastStatus)
        lastError = try c.decodeIfPresent(String.self, forKey: .lastError)
        consecutiveFailures = try c.decodeIfPresent(Int.self, forKey: .consecutiveFailures) ?? 0
        nextDue = try c.decodeIfPresent(Date.self, forKey: .nextDue)
        gone = try c.decodeIfPresent(Bool.self, forKey: .gone) ?? false
        minimumInterval = try c.decodeIfPresent(Int.self, forKey: .minimumInterval)
        items = try c.decodeIfPresent(Int.self, forKey: .items) ?? 0
    }

    /// True when the feed has never been fetched successfully: its first items are backlog.
    public var isFirstFetch: Bool { lastSuccess == nil }
}
