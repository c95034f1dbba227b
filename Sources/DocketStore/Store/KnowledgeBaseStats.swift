/// Counts for `docket kb stats`.
public struct KnowledgeBaseStats: Codable, Sendable, Equatable {
    public var feeds = 0
    /// Kept items: the stories, each counted once.
    public var items = 0
    /// Duplicate lines: the same stories arriving through other feeds.
    public var duplicates = 0
    public var companies = 0
    public var allegations = 0
    public var regulations = 0
    /// Month files under `items/`.
    public var months = 0
    /// Bytes of every file in the knowledge base's folder, index and logs included.
    public var bytes: Int64 = 0

    public init() {}
}
