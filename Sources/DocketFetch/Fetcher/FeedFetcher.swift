import Foundation

/// Fetches many feeds at once on libcurl's multi interface, politely and within Docket's
/// safety limits, and reports each feed as soon as its transfer ends.
///
/// ```swift
/// let fetcher = FeedFetcher(configuration: .init(jobs: 16, contact: "ops@example.org"))
/// for await outcome in fetcher.fetch(feeds.map(FetchRequest.init(feed:))) {
///     // parse outcome.result while the other feeds download
/// }
/// ```
///
/// Each call to `fetch(_:)` runs one driver thread that owns a `curl_multi` handle and
/// every transfer of that call (no thread per feed); the caller only sees Sendable values.
/// Cancelling the task that consumes the outcomes, or leaving the loop early, stops the
/// transfers still running; those feeds yield nothing.
public struct FeedFetcher: Sendable {
    public var configuration: Configuration

    /// Why nothing can be fetched in this process (libcurl missing or too old), in one line,
    /// or nil. Loads libcurl the first time it is asked.
    public static var unavailable: String? { CurlGlobal.unavailable }

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Starts fetching `requests` and returns their outcomes in completion order, one per
    /// request (unless the consumer goes away first). The sequence ends when all are done.
    ///
    /// At most `jobs` outcomes are ever in flight or waiting to be taken: a consumer that is
    /// slower than the network holds back new transfers rather than letting bodies pile up.
    public func fetch(_ requests: [FetchRequest]) -> FetchOutcomes {
        let (stream, continuation) = AsyncStream.makeStream(of: FetchOutcome.self, bufferingPolicy: .unbounded)
        let control = FetchControl()
        guard !requests.isEmpty else {
            continuation.finish()
            return FetchOutcomes(stream: stream, control: control)
        }
        // Called when the consuming task is cancelled, and when the stream and its iterator
        // are dropped before the end (a `break` out of `for await`).
        continuation.onTermination = { termination in
            if case .cancelled = termination { control.cancel() }
        }
        let configuration = self.configuration
        let thread = Thread {
            FetchDriver(
                requests: requests, configuration: configuration, control: control, continuation: continuation
            ).run()
        }
        thread.name = "docket-fetch"
        thread.start()
        return FetchOutcomes(stream: stream, control: control)
    }
}
