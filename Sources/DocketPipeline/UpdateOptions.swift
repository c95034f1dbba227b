import DocketFetch
import DocketModel
import Foundation

/// How one `docket update` runs: which feeds, how many at once, within which limits.
public struct UpdateOptions: Sendable {
    /// Concurrent transfers.
    public var jobs = 16
    /// Concurrent transfers to one host.
    public var perHost = 2
    /// Fetch every selected feed now, whatever its schedule (and even if it is gone).
    public var force = false
    /// Only these feeds (ids); nil means every active feed that is due.
    public var feedIDs: [String]?
    /// Seconds to wait for another writer to finish before giving up.
    public var waitForLock: Double = 0
    public var limits = FetchLimits()
    /// Contact for the User-Agent (an e-mail or URL publishers can reach).
    public var contact: String?
    /// Items are written in batches of about this many (and at least every `flushInterval`).
    public var batchItems = 2000
    public var flushInterval: Duration = .seconds(1)
    /// Failure backoff: first wait, and the longest, in seconds.
    public var backoff = 15 * 60
    public var maximumDelay = 24 * 3600
    /// Run extraction on the new items (companies, allegations, regulations). Without it the
    /// items are stored with no companies, for `docket extract --all` to fill in later.
    public var extract = true
    /// The clock, for tests.
    public var now: @Sendable () -> Date = { Date() }

    public init() {}

    /// Options from a knowledge base's settings (`config.json`).
    public init(configuration: Configuration) {
        let f = configuration.fetch
        jobs = f.jobs
        perHost = f.perHost
        contact = f.contact
        limits.connectTimeout = f.connectTimeout
        limits.totalTimeout = f.totalTimeout
        limits.maxBodyBytes = f.maxBodyMB * 1024 * 1024
        backoff = f.backoffMinutes * 60
        maximumDelay = f.backoffMaxHours * 3600
    }
}
