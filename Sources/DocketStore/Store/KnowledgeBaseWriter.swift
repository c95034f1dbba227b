import DocketModel
import Foundation

/// What a writer may do while it holds the lock (inside `KnowledgeBase.write`, or between
/// `KnowledgeBase.beginWrite` and `finish()`): replace the record files, append items,
/// rebuild the index.
///
/// Each `save…` is an atomic replace (temporary file, fsync, rename, fsync of the folder),
/// and refuses to run when the file it would replace does not parse: a damaged file is
/// reported (`KnowledgeBaseError.corrupt`), never overwritten.
public struct KnowledgeBaseWriter {
    let session: WriterSession

    init(session: WriterSession) {
        self.session = session
    }

    /// The knowledge base being written.
    public var knowledgeBase: KnowledgeBase { session.kb }

    /// Brings the dedupe index up to date, indexes the items this writer appended for search
    /// (`index/search/`), and releases the lock. Further use of this writer throws.
    /// (`KnowledgeBase.write` calls it for you.)
    public func finish() throws {
        defer { session.close() }
        try session.checkOpen()
        try session.commit()
        if session.appended { try SearchIndexWriter.update(session.kb) }
    }

    /// Reads `feeds.json` under the lock. The file is then known to parse, so the next
    /// `saveFeeds` (when nobody touched it in between) skips re-reading it before replacing it.
    public func feeds() throws -> [Feed] {
        try session.checkOpen()
        let url = session.kb.feedsURL
        let feeds = try RecordFile.load(Feed.self, from: url)
        session.markWritten(url)
        return feeds
    }

    /// Replaces `feeds.json` (sorted by id; ids must be unique).
    public func saveFeeds(_ feeds: [Feed]) throws {
        try replace(feeds, at: session.kb.feedsURL)
    }

    /// Replaces `companies.json` (sorted by id; ids must be unique).
    public func saveCompanies(_ companies: [Company]) throws {
        try replace(companies, at: session.kb.companiesURL)
    }

    /// Replaces `allegations.json` (sorted by id; ids must be unique).
    public func saveAllegations(_ allegations: [Allegation]) throws {
        try replace(allegations, at: session.kb.allegationsURL)
    }

    /// Replaces `regulations.json` (sorted by id; ids must be unique).
    public func saveRegulations(_ regulations: [Regulation]) throws {
        try replace(regulations, at: session.kb.regulationsURL)
    }

    /// Stores new items, deduplicated against everything stored and against each other:
    ///
    /// 1. an item whose id is stored already is skipped (a re-fetch);
    /// 2. an item with the same globally unique guid, else the same canonical link, else the
    ///    same normalised title on the same day as a kept item is stored as a duplicate line
    ///    (`duplicate_of`: the kept item's id) in the kept item's month file; the kept item
    ///    then lists it in `duplicates` when read;
    /// 3. any other item is kept, in the month file of its publication date (else of `fetched`).
    ///
    /// Sets `fetched` (to `now` when nil) and `hash`. Appends are fsynced before returning;
    /// a torn last line left by a killed writer is cut off first. Costs index lookups, never
    /// a read of the stored items.
    public func appendItems(_ items: [Item], now: Date = Date()) throws -> AppendResult {
        try session.checkOpen()
        guard !items.isEmpty else { return AppendResult() }
        do {
            return try session.append(items, now: now)
        } catch is WriterSession.StaleIndex {
            try session.rebuildIndex()
            do {
                return try session.append(items, now: now)
            } catch is WriterSession.StaleIndex {
                throw KnowledgeBaseError.invalid(
                    message: "the index under \(session.kb.indexURL.path) disagrees with items/ even after a rebuild; run docket kb verify")
            }
        }
    }

    /// Rebuilds `index/` from the month files: the dedupe index and the search index.
    public func reindex() throws {
        try session.checkOpen()
        try session.rebuildIndex()
        try SearchIndexWriter.rebuild(session.kb)
    }

    private func replace<Record: Codable & Identifiable>(_ records: [Record], at url: URL) throws where Record.ID == String {
        try session.checkOpen()
        // Never replace a file that does not parse (it is reported, not overwritten); a file
        // this session wrote itself and nobody touched since needs no second check.
        if !session.isAsWritten(url) { _ = try RecordFile.load(Record.self, from: url) }
        try RecordFile.save(records, to: url)
        session.markWritten(url)
    }
}
