import Foundation

/// Reads back what a GFM reader would see in Docket's Markdown and HTML, to check that feed
/// text did not change the document's structure.
enum MarkdownInspector {
    /// Each table as rows of cells, split as GFM does: on `|` not escaped by a backslash.
    /// Lines inside fenced code blocks are skipped.
    static func tables(_ markdown: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("|") {
                current.append(cells(String(line)))
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var previous: Character?
        for c in row.dropFirst() {
            if c == "|", previous != "\\" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(c)
            }
            previous = c
        }
        if !cell.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(cell) }
        return cells
    }

    /// Destinations of inline links (`](…)` whose `]` is not escaped) and of link reference
    /// definitions (`[n]: …` at the start of a line).
    static func linkTargets(_ markdown: String) -> [String] {
        var out: [String] = []
        let chars = Array(markdown)
        var i = 0
        while i + 1 < chars.count {
            if chars[i] == "]", chars[i + 1] == "(", !isEscaped(chars, i) {
                var depth = 0
                var j = i + 2
                var target = ""
                while j < chars.count, !(chars[j] == ")" && depth == 0), chars[j] != "\n" {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1 }
                    target.append(chars[j])
                    j += 1
                }
                out.append(target)
                i = j
            }
            i += 1
        }
        for line in markdown.split(separator: "\n") where line.hasPrefix("[") {
            if let close = line.range(of: "]: ") { out.append(String(line[close.upperBound...])) }
        }
        return out
    }

    static func isEscaped(_ chars: [Character], _ i: Int) -> Bool {
        var n = 0
        var j = i - 1
        while j >= 0, chars[j] == "\\" {
            n += 1
            j -= 1
        }
        return n % 2 == 1
    }

    /// Characters outside fenced code blocks that are not backslash-escaped.
    static func unescaped(_ c: Character, in markdown: String) -> Int {
        var count = 0
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            let chars = Array(line)
            for (i, x) in chars.enumerated() where x == c && !isEscaped(chars, i) { count += 1 }
        }
        return count
    }

    /// `href` and `src` values of an HTML page.
    static func htmlTargets(_ html: String) -> [String] {
        var out: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let r = rest.range(of: attribute) {
                let after = rest[r.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                out.append(String(after[..<end]))
                rest = after[end...]
            }
        }
        return out
    }

    /// For each `<table>`, the number of cells of each row.
    static func htmlTableShapes(_ html: String) -> [[Int]] {
        var shapes: [[Int]] = []
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<tr>").dropFirst()
            shapes.append(rows.map { row in
                ["<td>", "<td ", "<th>", "<th "].reduce(0) { $0 + row.components(separatedBy: $1).count - 1 }
            })
        }
        return shapes
    }

    /// HTML tag names used on the page.
    static func tagNames(_ html: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "/" }
            names.insert(name.lowercased().replacingOccurrences(of: "/", with: ""))
            rest = after
        }
        return names
    }
}
