import Foundation

extension KnowledgeBase {
    /// Searches items, allegations, regulations and companies (those in `options.kinds`).
    ///
    /// Results come grouped by kind, each group ranked by BM25F (title terms weigh three
    /// times body terms; on equal scores the more recent record first) and cut at
    /// `options.limit`, each with a highlighted snippet. Items are found through the index
    /// under `index/search/`, which a search reads in place (mapped) and never writes;
    /// items appended since it was updated are indexed in memory for the search, so answers
    /// are always complete. Never takes the lock.
    public func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) throws -> SearchResults {
        try SearchEngine(kb: self).search(query, options: options)
    }

    /// Parses `text` and searches (`SearchQuery`); a malformed query throws `QuerySyntaxError`.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResults {
        try search(SearchQuery(text), options: options)
    }
}
