import Foundation

/// What one update did: per feed, and in total. Written to the run log and, with `--json`,
/// to standard output.
public struct UpdateReport: Sendable, Codable {
    public var started: Date
    public var finished: Date
    public var feeds: [FeedUpdate] = []
    /// Allegations and regulation records extraction created in this run.
    public var newAllegations = 0
    public var newRegulations = 0
    /// Every change extraction made to allegations and regulations, in words.
    public var changes: [String] = []

    /// The outcome for one feed.
    public struct FeedUpdate: Sendable, Codable, Hashable {
        public enum Outcome: String, Sendable, Codable {
            /// 200: parsed and stored.
            case fetched
            /// 304: nothing to do.
            case notModified = "not-modified"
            /// Transfer, HTTP or parse failure.
            case failed
        }

        public var feed: String
        public var url: String
        public var outcome: Outcome
        public var status: Int?
        /// Items stored as new stories.
        public var newItems: Int
        /// Items stored as duplicates of stories already kept.
        public var duplicates: Int
        public var error: String?
        /// Set when a permanent redirect moved the feed.
        public var movedTo: String?
        public var milliseconds: Int

        enum CodingKeys: String, CodingKey {
            case feed, url, outcome, status, duplicates, error, milliseconds
            case newItems = "new_items"
            case movedTo = "moved_to"
        }
    }

    public var newItems: Int { feeds.reduce(0) { $0 + $1.newItems } }
    public var failures: [FeedUpdate] { feeds.filter { $0.outcome == .failed } }
    public var notModified: Int { feeds.filter { $0.outcome == .notModified }.count }

    /// One line for people: "500 feeds: 3 new items, 497 not modified, 0 failed".
    public var summary: String {
        let fetched = feeds.filter { $0.outcome == .fetched }.count
        return "\(feeds.count) feed\(feeds.count == 1 ? "" : "s"): \(newItems) new item\(newItems == 1 ? "" : "s"), "
            + "\(fetched) fetched, \(notModified) not modified, \(failures.count) failed; "
            + "\(newAllegations) new allegation\(newAllegations == 1 ? "" : "s"), \(newRegulations) new regulation record\(newRegulations == 1 ? "" : "s")"
    }

    enum CodingKeys: String, CodingKey {
        case started, finished, feeds, changes
        case newAllegations = "new_allegations"
        case newRegulations = "new_regulations"
    }
}

/// Progress of a running update, for a terminal progress line.
public struct UpdateProgress: Sendable {
    public var done: Int
    public var total: Int
    public var newItems: Int
    public var failures: Int
}
