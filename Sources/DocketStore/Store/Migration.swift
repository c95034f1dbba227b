import DocketModel
import Foundation

/// One step of schema migration, from version `from` to `from + 1`. Steps run under the
/// write lock; each file a step rewrites is replaced atomically, every step can run again
/// over its own output (so a step killed half-way is simply redone), and the manifest's
/// version is raised only after the step has finished.
struct Migration: Sendable {
    var from: Int
    var summary: String
    var run: @Sendable (KnowledgeBase) throws -> Void

    /// Every step, in order; `KnowledgeBase.schemaVersion` is one past the last.
    static let all: [Migration] = [nestFeedState]

    /// Schema 0 (Docket before 0.1): no `index/`, `briefs/` or `logs/` folders, and each feed
    /// in `feeds.json` carried its fetch state (`etag`, `last_modified`, `last_status`, …)
    /// beside `id` and `url` instead of in a `state` object.
    static let nestFeedState = Migration(from: 0, summary: "create index/, briefs/ and logs/; move feed fetch state into \"state\"") { kb in
        for folder in [kb.itemsURL, kb.indexURL, kb.briefsURL, kb.logsURL] { try FileSystem.createDirectory(folder) }
        let feeds = try RecordFile.load(LegacyFeed.self, from: kb.feedsURL).map(\.feed)
        try RecordFile.save(feeds, to: kb.feedsURL)
    }
}
