import DocketModel

extension KnowledgeBaseWriter {
    /// The items whose ids are not stored yet, in their order and without repeats: a re-fetched
    /// feed's old items drop out, so only new ones are extracted from before they are appended.
    public func unstoredItems(_ items: [Item]) throws -> [Item] {
        try session.checkOpen()
        return try session.unstored(items)
    }
}
