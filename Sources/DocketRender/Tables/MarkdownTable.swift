/// Lays out a `TableView` from escaped cell values: widths, padding, the header rule, each
/// row's line and the whole table. Empty cells become `—`, so that no row has a blank cell.
enum MarkdownTable {
    static func make(
        kind: String, topic: String?, caption: String, columns: [(key: String, header: String)], rows: [[String: String]]
    ) -> TableView {
        let cellRows = rows.map { row in columns.map { c in row[c.key].flatMap { $0.isEmpty ? nil : $0 } ?? "—" } }
        var widths = columns.map { max(3, $0.header.count) }
        for row in cellRows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func pad(_ s: String, _ i: Int) -> String { s + String(repeating: " ", count: max(0, widths[i] - s.count)) }
        let columnViews = columns.enumerated().map { i, c in
            TableColumnView(
                key: c.key, header: c.header, padded: pad(c.header, i), rule: String(repeating: "-", count: widths[i] + 2),
                width: widths[i])
        }
        var rowViews: [TableRowView] = []
        for (r, row) in cellRows.enumerated() {
            let cells = row.enumerated().map { i, v in TableCellView(key: columns[i].key, value: v, padded: pad(v, i)) }
            var field = rows[r]
            for (key, value) in field where value.isEmpty { field[key] = "—" }
            rowViews.append(TableRowView(cells: cells, field: field, line: "|" + cells.map { " \($0.padded) |" }.joined()))
        }
        let header = "|" + columnViews.map { " \($0.padded) |" }.joined()
        let rule = "|" + columnViews.map { "\($0.rule)|" }.joined()
        let markdown = ([header, rule] + rowViews.map(\.line)).joined(separator: "\n")
        return TableView(
            kind: kind, topic: topic, caption: caption, columns: columnViews, rows: rowViews, hasRows: !rowViews.isEmpty,
            markdown: markdown)
    }
}
