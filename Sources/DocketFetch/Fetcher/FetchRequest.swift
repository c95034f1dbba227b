import DocketModel

/// One feed to fetch, with the validators stored from its last successful fetch so that
/// an unchanged feed answers 304 and costs no parsing or writing.
public struct FetchRequest: Sendable, Hashable {
    /// Carried through to the outcome so the caller can find its feed.
    public var feedID: String
    public var url: String
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`.
    public var lastModified: String?

    public init(feedID: String, url: String, etag: String? = nil, lastModified: String? = nil) {
        self.feedID = feedID
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The conditional request for a stored feed.
    public init(feed: Feed) {
        self.init(feedID: feed.id, url: feed.url, etag: feed.state.etag, lastModified: feed.state.lastModified)
    }

    /// The request headers for the conditional GET (empty values are not sent).
    var conditionalHeaders: [String: String] {
        var headers: [String: String] = [:]
        if let etag, !etag.isEmpty { headers["If-None-Match"] = etag }
        if let lastModified, !lastModified.isEmpty { headers["If-Modified-Since"] = lastModified }
        return headers
    }
}
