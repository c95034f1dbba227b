import DocketModel
import Foundation

/// When to fetch a feed next, and what to remember about the last try: pure policy, no I/O,
/// no randomness, so that a test (or a person reading `feeds status`) can predict it.
///
/// - Success (2xx or 304): failures reset; the next fetch waits the feed's own polite
///   interval (RSS `<ttl>`, `sy:updatePeriod`/`sy:updateFrequency`), at most `maximumDelay`,
///   less a little slack for cron (`tolerance`).
/// - Failure: waits `initialBackoff × 2^(n−1)` after the n-th failure in a row, at most
///   `maximumDelay`; a 429 or 503 with `Retry-After` waits what the server asked instead
///   (also capped). 410 Gone marks the feed gone: it is not due again unless forced.
public struct FetchSchedule: Sendable, Hashable {
    /// Delay after the first failure, in seconds; doubles with each further failure.
    public var initialBackoff: Int
    /// No feed waits longer than this, in seconds, whatever it or its server asked.
    public var maximumDelay: Int
    /// Slack taken off a feed's polite interval (never more than a tenth of it), in seconds,
    /// so that an hourly cron run that starts a little early does not skip a feed whose
    /// interval is one hour. Backoff and `Retry-After` delays are kept exactly.
    public var tolerance: Int

    public init(initialBackoff: Int = 15 * 60, maximumDelay: Int = 24 * 60 * 60, tolerance: Int = 120) {
        self.initialBackoff = max(1, initialBackoff)
        self.maximumDelay = max(1, maximumDelay)
        self.tolerance = max(0, tolerance)
    }

    /// Whether a feed should be fetched at `now`. `force` (`docket update --force`) ignores
    /// the schedule, gone feeds included.
    public func isDue(_ state: FeedState, now: Date, force: Bool = false) -> Bool {
        if force { return true }
        if state.gone { return false }
        guard let due = state.nextDue else { return true }
        return due <= now
    }

    /// Seconds to wait after the `failures`-th failure in a row (1, 2, …).
    public func backoff(afterFailures failures: Int) -> Int {
        let n = max(1, failures)
        var delay = initialBackoff
        for _ in 1..<n {
            if delay >= maximumDelay { break }
            delay *= 2
        }
        return min(delay, maximumDelay)
    }

    /// The feed's state after `result`.
    ///
    /// - Parameter minimumInterval: for a fetched (2xx) feed, the polite interval its
    ///   parsed document asked for, in seconds (nil: none); stored in the state. For a 304
    ///   or a failure it is ignored and the stored interval is used.
    public func state(
        after result: FetchResult, from state: FeedState, at now: Date, minimumInterval: Int? = nil
    ) -> FeedState {
        switch result {
        case .fetched(let response):
            var next = succeeded(state, status: response.status, at: now)
            next.etag = response[header: "etag"].flatMap { $0.isEmpty ? nil : $0 }
            next.lastModified = response[header: "last-modified"].flatMap { $0.isEmpty ? nil : $0 }
            next.minimumInterval = minimumInterval.map { max(0, $0) }
            next.nextDue = now.addingTimeInterval(TimeInterval(politeDelay(next.minimumInterval)))
            return next
        case .notModified:
            var next = succeeded(state, status: 304, at: now)
            next.nextDue = now.addingTimeInterval(TimeInterval(politeDelay(next.minimumInterval)))
            return next
        case .failed(let error, let status, let retryAfter):
            return self.state(afterFailure: error.description, status: status, retryAfter: retryAfter, from: state, at: now)
        }
    }

    /// The feed's state after a failure: a transfer or HTTP failure, or a body that did not
    /// parse as a feed (`status` 200 then). `retryAfter` (seconds) is honoured for 429 and 503.
    public func state(
        afterFailure message: String, status: Int?, retryAfter: Int? = nil, from state: FeedState, at now: Date
    ) -> FeedState {
        var next = state
        next.lastAttempt = now
        next.lastStatus = status
        next.lastError = Self.oneLine(message)
        next.consecutiveFailures = state.consecutiveFailures + 1
        if status == 410 { next.gone = true }
        let delay: Int
        if let retryAfter, status == 429 || status == 503 {
            delay = min(max(0, retryAfter), maximumDelay)
        } else {
            delay = backoff(afterFailures: next.consecutiveFailures)
        }
        next.nextDue = now.addingTimeInterval(TimeInterval(delay))
        return next
    }

    private func succeeded(_ state: FeedState, status: Int, at now: Date) -> FeedState {
        var next = state
        next.lastAttempt = now
        next.lastSuccess = now
        next.lastStatus = status
        next.lastError = nil
        next.consecutiveFailures = 0
        next.gone = false
        return next
    }

    /// The wait after a success: the feed's interval, at most `maximumDelay`, less the slack.
    func politeDelay(_ interval: Int?) -> Int {
        let wait = min(max(0, interval ?? 0), maximumDelay)
        return wait - min(tolerance, wait / 10)
    }

    /// One line of at most 300 characters: newlines and other control characters become spaces.
    static func oneLine(_ message: String) -> String {
        let flat = String(
            String.UnicodeScalarView(message.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        let words = flat.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return words.count > 300 ? String(words.prefix(299)) + "…" : words
    }
}
