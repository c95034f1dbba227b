import DocketModel
import Foundation

/// A feed as schema 0 stored it, with its fetch state flattened into the feed object; reads
/// the current form too (a `state` object), so the migration can run twice.
struct LegacyFeed: Decodable {
    var feed: Feed

    enum CodingKeys: String, CodingKey {
        case id, url, title, tags, added, state
        case siteURL = "site_url"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let state = try c.decodeIfPresent(FeedState.self, forKey: .state) ?? FeedState(from: decoder)
        feed = Feed(
            id: try c.decode(String.self, forKey: .id),
            url: try c.decode(String.self, forKey: .url),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            siteURL: try c.decodeIfPresent(String.self, forKey: .siteURL),
            tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [],
            added: try c.decodeIfPresent(Date.self, forKey: .added) ?? Date(timeIntervalSince1970: 0),
            state: state)
    }
}
