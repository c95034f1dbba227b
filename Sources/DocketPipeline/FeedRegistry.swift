import DocketFeeds
import DocketFetch
import DocketModel
import DocketStore
import Foundation

/// The subscriptions of a knowledge base: adding, removing, importing and exporting feeds,
/// and reporting how each is doing.
///
/// Every change runs under the knowledge base's write lock and replaces `feeds.json`
/// atomically. A removed feed keeps its record (marked `removed`) so that the items it
/// brought keep their source; adding the same URL again revives it.
public struct FeedRegistry: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// Seconds to wait for another writer.
    public var waitForLock: Double

    public init(knowledgeBase: KnowledgeBase, waitForLock: Double = 5) {
        self.knowledgeBase = knowledgeBase
        self.waitForLock = waitForLock
    }

    /// What `add` and `importOPML` did.
    public struct Changes: Sendable {
        public var added: [Feed] = []
        public var revived: [Feed] = []
        /// URLs already subscribed.
        public var unchanged: [String] = []
    }

    /// Subscribes to one feed.
    @discardableResult
    public func add(url: String, title: String? = nil, tags: [String] = [], now: Date = Date()) throws -> Changes {
        let subscription = OPMLDocument.Subscription(title: title, xmlURL: url, tags: tags)
        return try add([subscription], now: now)
    }

    /// Subscribes to every feed of an OPML list (folders and categories become tags).
    public func importOPML(_ document: OPMLDocument, now: Date = Date()) throws -> Changes {
        try add(document.subscriptions, now: now)
    }

    private func add(_ subscriptions: [OPMLDocument.Subscription], now: Date) throws -> Changes {
        for subscription in subscriptions { try Self.validate(subscription.xmlURL) }
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var feeds = try knowledgeBase.feeds()
            var changes = Changes()
            var byURL = [String: Int]()
            for (i, feed) in feeds.enumerated() { byURL[Self.key(feed.url)] = i }
            var ids = Set(feeds.map(\.id))
            for subscription in subscriptions {
                let url = subscription.xmlURL.trimmingCharacters(in: .whitespacesAndNewlines)
                if let i = byURL[Self.key(url)] {
                    if feeds[i].removed != nil {
                        feeds[i].removed = nil
                        feeds[i].tags = Self.merge(feeds[i].tags, subscription.tags)
                        changes.revived.append(feeds[i])
                    } else {
                        changes.unchanged.append(url)
                    }
                    continue
                }
                let id = Slug.unique(Self.baseID(url: url, title: subscription.title), in: ids)
                ids.insert(id)
                let feed = Feed(
                    id: id, url: url, title: subscription.title, siteURL: subscription.htmlURL,
                    tags: Self.merge([], subscription.tags), added: now)
                byURL[Self.key(url)] = feeds.count
                feeds.append(feed)
                changes.added.append(feed)
            }
            if !changes.added.isEmpty || !changes.revived.isEmpty { try writer.saveFeeds(feeds) }
            return changes
        }
    }

    /// Stops fetching a feed; its items stay.
    @discardableResult
    public func remove(id: String, now: Date = Date()) throws -> Feed {
        try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var feeds = try knowledgeBase.feeds()
            guard let i = feeds.firstIndex(where: { $0.id == id && $0.isActive }) else {
                throw FeedRegistryError.unknownFeed(id)
            }
            feeds[i].removed = now
            try writer.saveFeeds(feeds)
            return feeds[i]
        }
    }

    /// The active subscriptions as an OPML document, tags and titles kept.
    public func exportOPML() throws -> OPMLDocument {
        let feeds = try knowledgeBase.feeds().filter(\.isActive)
        return OPMLDocument(
            title: "Docket subscriptions",
            subscriptions: feeds.map {
                OPMLDocument.Subscription(title: $0.title, xmlURL: $0.url, htmlURL: $0.siteURL, tags: $0.tags)
            })
    }

    /// Active feeds, failing ones first (most consecutive failures first), then by id.
    public func status() throws -> [Feed] {
        try knowledgeBase.feeds().filter(\.isActive).sorted { a, b in
            let fa = a.state.consecutiveFailures > 0 || a.state.gone
            let fb = b.state.consecutiveFailures > 0 || b.state.gone
            if fa != fb { return fa }
            if a.state.consecutiveFailures != b.state.consecutiveFailures {
                return a.state.consecutiveFailures > b.state.consecutiveFailures
            }
            return a.id < b.id
        }
    }

    // MARK: - Rules

    /// Only http and https feeds are subscribed to (a local file is read with `docket parse`).
    static func validate(_ url: String) throws {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let parsed = URL(string: trimmed), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parsed.host, !host.isEmpty
        else { throw FeedRegistryError.invalidURL(url) }
    }

    /// Two URLs are the same subscription when they differ only in scheme case, host case or
    /// a trailing slash.
    static func key(_ url: String) -> String {
        var s = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if let components = URLComponents(string: s) {
            var c = components
            c.scheme = c.scheme?.lowercased()
            c.host = c.host?.lowercased()
            s = c.string ?? s
        }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    /// A readable id: from the title when there is one, else from the host and path.
    static func baseID(url: String, title: String?) -> String {
        if let title, !Slug.make(title).isEmpty { return Slug.make(title, maxLength: 40) }
        guard let components = URLComponents(string: url), let host = components.host else { return "feed" }
        var parts = [host.lowercased().hasPrefix("www.") ? String(host.dropFirst(4)) : host]
        let ignored: Set<String> = ["feed", "feeds", "rss", "atom", "xml", "index", "rss.xml", "atom.xml", "feed.xml"]
        parts += components.path.split(separator: "/").map(String.init).filter { !ignored.contains($0.lowercased()) }
        return Slug.make(parts.joined(separator: " "), maxLength: 40)
    }

    static func merge(_ a: [String], _ b: [String]) -> [String] {
        var out = a
        for tag in b where !tag.isEmpty && !out.contains(tag) { out.append(tag) }
        return out
    }
}

/// Why a subscription change was refused.
public enum FeedRegistryError: Error, CustomStringConvertible, Equatable {
    case invalidURL(String)
    case unknownFeed(String)

    public var description: String {
        switch self {
        case .invalidURL(let url):
            "'\(url)' is not an http or https URL (to read a local file once, use `docket parse FILE`)"
        case .unknownFeed(let id):
            "no feed with id '\(id)' (see `docket feeds list`)"
        }
    }
}
