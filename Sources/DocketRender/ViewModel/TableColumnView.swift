/// One column of a table.
public struct TableColumnView: Sendable {
    /// `company`, `product`, `strategy`, … (the names `--columns` takes).
    public var key: String
    /// `Company`, `Strategy (distillation)`.
    public var header: String
    /// `header` padded to the column's width.
    public var padded: String
    /// Dashes as wide as the column plus its two spaces: the header rule's cell.
    public var rule: String
    public var width: Int
}
