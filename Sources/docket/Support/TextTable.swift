/// Plain-text columns for the terminal: left-aligned, padded, long cells clipped with "…".
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    var maxWidth: [Int: Int] = [:]

    init(_ headers: String...) {
        self.headers = headers
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    func render() -> String {
        let clipped = ([headers] + rows).map { row in
            row.enumerated().map { i, cell -> String in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                guard let limit = maxWidth[i], flat.count > limit else { return flat }
                return String(flat.prefix(limit - 1)) + "…"
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in clipped { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        return clipped.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
