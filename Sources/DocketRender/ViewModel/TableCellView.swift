/// One cell of a table row.
public struct TableCellView: Sendable {
    public var key: String
    /// The escaped text (never empty: `—` stands for nothing).
    public var value: String
    /// `value` padded to the column's width.
    public var padded: String
}
