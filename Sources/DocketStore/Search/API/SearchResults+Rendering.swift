import DocketModel
import Foundation

extension SearchResult {
    /// The result as one JSON Lines record (keys sorted, newline-terminated): `kind`, `id`,
    /// `score` (4 decimals), `title`, `date` (ISO 8601 or null), `snippet`, `highlights`
    /// and `title_highlights` (`[[start, end], …]`, code point offsets), and for items
    /// `link` and `feed`; `status`, `category`, `jurisdiction` when the record has them.
    public func jsonLine() -> [UInt8] {
        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        if let v = category { w.key("category"); w.string(v) }
        w.key("date")
        w.date(date)
        if kind == .item { w.key("feed"); w.string(feed) }
        w.key("highlights")
        Self.write(highlights, into: &w)
        w.key("id")
        w.string(id)
        if let v = jurisdiction { w.key("jurisdiction"); w.string(v) }
        w.key("kind")
        w.string(kind.rawValue)
        if kind == .item { w.key("link"); w.string(link) }
        w.key("score")
        w.number((score * 10_000).rounded() / 10_000)
        w.key("snippet")
        w.string(snippet)
        if let v = status { w.key("status"); w.string(v) }
        w.key("title")
        w.string(title)
        w.key("title_highlights")
        Self.write(titleHighlights, into: &w)
        w.endObject()
        w.newline()
        return w.take()
    }

    private static func write(_ ranges: [Range<Int>], into w: inout JSONWriter) {
        w.beginArray()
        for r in ranges {
            w.beginArray()
            w.number(Int64(r.lowerBound))
            w.number(Int64(r.upperBound))
            w.endArray()
        }
        w.endArray()
    }

    /// `text` with `ranges` (code point offsets) between ANSI bold on and off, or as it is.
    public static func emphasised(_ text: String, _ ranges: [Range<Int>], bold: Bool) -> String {
        guard bold, !ranges.isEmpty else { return text }
        let on = "\u{1B}[1m".unicodeScalars
        let off = "\u{1B}[22m".unicodeScalars
        var out = String.UnicodeScalarView()
        var open = false
        var next = 0
        for (i, s) in text.unicodeScalars.enumerated() {
            if open, ranges[next].upperBound == i {
                out.append(contentsOf: off)
                open = false
                next += 1
            }
            while !open, next < ranges.count, ranges[next].upperBound <= i { next += 1 }
            if !open, next < ranges.count, ranges[next].lowerBound == i {
                out.append(contentsOf: on)
                open = true
            }
            out.append(s)
        }
        if open { out.append(contentsOf: off) }
        return String(out)
    }
}

extension SearchResults {
    /// The results for a terminal: a heading per group ("Items (20 of 1,234)"), then per
    /// result its title, a line of facts (date, feed and link, or id and status) and the
    /// snippet; matches between ANSI bold codes when `bold`.
    public func text(bold: Bool) -> String {
        var out = ""
        for (g, group) in groups.enumerated() {
            if g > 0 { out += "\n" }
            let shown = group.results.count
            let count = shown == group.total ? "\(group.total)" : "\(shown) of \(group.total)"
            out += "\(group.kind.plural.prefix(1).uppercased() + group.kind.plural.dropFirst()) (\(count))\n"
            let width = String(shown).count
            let indent = String(repeating: " ", count: width + 2)
            for (i, r) in group.results.enumerated() {
                let number = String(i + 1)
                let title = r.title.isEmpty ? r.id : r.title
                out += String(repeating: " ", count: width - number.count) + number + ". "
                out += SearchResult.emphasised(title, r.titleHighlights, bold: bold) + "\n"
                var facts: [String] = []
                if let d = r.date { facts.append(ISO8601.dateString(from: d)) }
                if r.kind == .item {
                    if let f = r.feed { facts.append(f) }
                    if let l = r.link { facts.append(l) }
                } else {
                    facts.append(r.id)
                    for v in [r.category, r.jurisdiction, r.status] { if let v { facts.append(v) } }
                }
                out += indent + facts.joined(separator: " · ") + "\n"
                if !r.snippet.isEmpty { out += indent + SearchResult.emphasised(r.snippet, r.highlights, bold: bold) + "\n" }
            }
        }
        return out
    }
}
