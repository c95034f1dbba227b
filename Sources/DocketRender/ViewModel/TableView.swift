/// A Markdown table: the company comparison (`Company | Product | Strategy (topic)`) or the
/// regulation table (`Jurisdiction | Instrument | Status | Next milestone`).
///
/// Cells are escaped for a table (pipes and newlines can't split them). Templates can loop
/// over `columns` and `rows`, or print `markdown`, the whole table prebuilt and aligned.
public struct TableView: Sendable {
    /// `allegation` or `regulation`.
    public var kind: String
    /// The category (`distillation`) for a comparison table, or the topic filter; nil for none.
    public var topic: String?
    /// A heading: `Distillation`, `Regulations`.
    public var caption: String
    public var columns: [TableColumnView]
    public var rows: [TableRowView]
    public var hasRows: Bool
    /// The whole table: header, rule and rows, padded so that the columns line up.
    public var markdown: String
}
