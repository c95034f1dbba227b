/// What happened to one `FetchRequest`, yielded by `FeedFetcher.fetch(_:)` as soon as that
/// transfer completes.
public struct FetchOutcome: Sendable {
    public var feedID: String
    /// The URL the request asked for (before any redirect).
    public var requestedURL: String
    public var result: FetchResult
    /// Time from the transfer's start (not its wait in the queue) to its end.
    public var elapsed: Duration

    public init(feedID: String, requestedURL: String, result: FetchResult, elapsed: Duration) {
        self.feedID = feedID
        self.requestedURL = requestedURL
        self.result = result
        self.elapsed = elapsed
    }
}
