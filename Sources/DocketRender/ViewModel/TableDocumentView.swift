/// What the `table` and `regulations-table` templates render (`docket table`).
public struct TableDocumentView: Sendable {
    public var title: String
    /// `allegation` or `regulation`.
    public var kind: String
    /// The filters as a sentence (`Category: distillation. Companies: Anthropic and Alibaba.`), or nil.
    public var filters: String?
    /// The day "next milestone" is counted from, `YYYY-MM-DD`.
    public var asOf: String
    public var tables: [TableView]
    public var hasTables: Bool
    public var sources: [SourceView]
    public var hasSources: Bool
    public var generator: String
}
