import Foundation

extension KnowledgeBase {
    var watchesURL: URL { root.appendingPathComponent("watches.json") }

    /// The saved searches of `watches.json`, sorted by name (none when the file is absent).
    public func watches() throws -> [Watch] {
        try RecordFile.load(Watch.self, from: watchesURL)
    }

    /// What a saved search matches among the records dated in `[since, until)` (either end
    /// may be open): the briefing's "saved searches" section calls this with its period.
    ///
    /// Records without a date (companies) are left out when a bound is given; an item counts
    /// by its publication date, an allegation or regulation when its reported dates overlap
    /// the period. Results are grouped and ranked as `search(_:options:)` gives them;
    /// `options.since` and `options.until` are replaced by the arguments. Throws
    /// `QuerySyntaxError` if the stored query no longer parses (a hand-edited file).
    public func matches(
        of watch: Watch, since: Date?, until: Date?, options: SearchOptions = SearchOptions()
    ) throws -> SearchResults {
        var options = options
        options.since = since
        options.until = until
        return try search(SearchQuery(watch.query), options: options)
    }
}
