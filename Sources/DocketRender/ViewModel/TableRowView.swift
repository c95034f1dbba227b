/// One row of a table.
public struct TableRowView: Sendable {
    /// The cells of the chosen columns, in order.
    public var cells: [TableCellView]
    /// Every column's value by key, chosen or not: `{{field.company}}`, `{{field.next-milestone}}`.
    public var field: [String: String]
    /// `| a | b | c |`, padded.
    public var line: String
}
