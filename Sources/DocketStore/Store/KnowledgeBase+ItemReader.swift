import DocketModel
import Foundation

extension KnowledgeBase {
    /// A reader for many lookups by id (a briefing's citations): the index is loaded and
    /// checked once, month files stay open, lines appended after the index was last brought
    /// up to date are read once. `item(id:)` does all of that for every call.
    public func itemReader() throws -> ItemReader {
        try ItemReader(knowledgeBase: self)
    }
}
