import Foundation

extension KnowledgeBaseWriter {
    /// Saves a search under `name` (atomic replace of `watches.json`, under the lock).
    ///
    /// The query is parsed first: a malformed one throws `QuerySyntaxError` and nothing is
    /// written. A name already used throws `KnowledgeBaseError.invalid` unless `replacing`.
    @discardableResult
    public func addWatch(name: String, query: String, replacing: Bool = false, now: Date = Date()) throws -> Watch {
        try session.checkOpen()
        if let problem = Watch.problem(withName: name) { throw KnowledgeBaseError.invalid(message: problem) }
        _ = try SearchQuery(query)
        var watches = try knowledgeBase.watches()
        if let existing = watches.firstIndex(where: { $0.name == name }) {
            guard replacing else {
                throw KnowledgeBaseError.invalid(message: "a watch named \"\(name)\" exists already (remove it first, or replace it)")
            }
            watches.remove(at: existing)
        }
        let watch = Watch(name: name, query: query, created: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        watches.append(watch)
        try RecordFile.save(watches, to: knowledgeBase.watchesURL)
        return watch
    }

    /// Removes the saved search `name` and returns it; throws `KnowledgeBaseError.invalid`
    /// when there is none.
    @discardableResult
    public func removeWatch(name: String) throws -> Watch {
        try session.checkOpen()
        var watches = try knowledgeBase.watches()
        guard let index = watches.firstIndex(where: { $0.name == name }) else {
            throw KnowledgeBaseError.invalid(message: "no watch named \"\(name)\" (see `docket watch list`)")
        }
        let removed = watches.remove(at: index)
        try RecordFile.save(watches, to: knowledgeBase.watchesURL)
        return removed
    }
}
