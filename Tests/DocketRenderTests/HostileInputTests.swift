import DocketModel
import Foundation
import Testing

@testable import DocketRender

/// Hostile feed text through every section of the briefing and the tables: the document's
/// structure (tables, links, blocks) must not change, in Markdown or in HTML.
@Suite struct HostileInputTests {
    @Test(arguments: Hostile.strings)
    func markdownBriefingKeepsItsStructure(attack: String) throws {
        let (input, lookup) = Hostile.input(attack)
        let md = try Sample.renderer().briefing(input, format: .markdown) { lookup($0) }.document

        // Tables: the three comparison tables, every row as wide as its header.
        let tables = MarkdownInspector.tables(md)
        #expect(tables.count == 3)
        for table in tables {
            let width = table[0].count
            #expect(width == 3)
            for row in table { #expect(row.count == width, "row \(row) in \(attack.debugDescription)") }
        }
        // Links: only http(s), and none made from feed text.
        for target in MarkdownInspector.linkTargets(md) {
            #expect(target.hasPrefix("https://") || target.hasPrefix("http://"), "link target \(target)")
            #expect(!target.contains("evil.example"), "injected link \(target)")
        }
        // No raw HTML, no code spans, no unescaped emphasis or link brackets from feed text.
        #expect(!md.contains("<"), "raw < in \(attack.debugDescription)")
        #expect(MarkdownInspector.unescaped("`", in: md) == 0)
        #expect(MarkdownInspector.unescaped("_", in: md) == 0)
        #expect(MarkdownInspector.unescaped("~", in: md) == 0)
        #expect(MarkdownInspector.unescaped("$", in: md) == 0)
        // `*` only as the templates' own bold markers (`**Status:**` …).
        let stars = md.split(separator: "\n").map { line in
            line.replacingOccurrences(of: "**", with: "")
        }.joined(separator: "\n")
        #expect(MarkdownInspector.unescaped("*", in: stars) == 0)
        // Lines: every heading is the template's, and no feed text starts a block.
        for line in md.split(separator: "\n") {
            if line.hasPrefix("#") {
                #expect(line.hasPrefix("# Briefing") || line.hasPrefix("## ") || line.hasPrefix("### ") || line.hasPrefix("#### "))
            }
            #expect(!line.hasPrefix(">") && !line.hasPrefix("<") && !line.hasPrefix("---\u{20}"))
        }
        #expect(!md.contains("\u{202E}") && !md.contains("\u{2028}") && !md.contains("\r"))
        // Mustache tags in feed text stay text.
        if attack.contains("{{") { #expect(md.contains("{{title}}")) }
    }

    @Test(arguments: Hostile.strings)
    func htmlBriefingKeepsItsStructure(attack: String) throws {
        let (input, lookup) = Hostile.input(attack)
        let html = try Sample.renderer().briefing(input, format: .html) { lookup($0) }.document
        let shapes = MarkdownInspector.htmlTableShapes(html)
        #expect(shapes.count == 3)
        for shape in shapes { #expect(Set(shape) == [3], "table shape \(shape) for \(attack.debugDescription)") }
        for target in MarkdownInspector.htmlTargets(html) {
            #expect(target.hasPrefix("https://") || target.hasPrefix("http://"), "href \(target)")
            #expect(!target.contains("evil.example"))
        }
        let allowed: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li",
            "strong", "a", "table", "thead", "tbody", "tr", "th", "td", "pre", "code", "hr",
        ]
        let tags = MarkdownInspector.tagNames(html)
        #expect(tags.isSubset(of: allowed), "unexpected tags \(tags.subtracting(allowed)) for \(attack.debugDescription)")
        #expect(!html.lowercased().contains("javascript:alert") || !html.contains("href=\"javascript"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<em>") && !html.contains("<del>"))
    }

    @Test(arguments: Hostile.strings)
    func tablesCommandKeepsItsStructure(attack: String) throws {
        let (input, lookup) = Hostile.input(attack)
        for format in OutputFormat.allCases {
            for kind in TableRequest.Kind.allCases {
                let request = TableRequest(kind: kind, asOf: Sample.date("2026-11-30"))
                let renderer = try Sample.renderer(kind == .allegation ? "table" : "regulations-table")
                let out = try renderer.table(
                    request, allegations: input.allegations, regulations: input.regulations, companies: input.companies,
                    feeds: input.feeds, format: format) { lookup($0) }
                if format == .markdown {
                    let tables = MarkdownInspector.tables(out)
                    #expect(!tables.isEmpty)
                    for table in tables { for row in table { #expect(row.count == table[0].count, "\(kind) row \(row)") } }
                    for target in MarkdownInspector.linkTargets(out) { #expect(target.hasPrefix("http")) }
                    #expect(!out.contains("<"))
                } else {
                    for shape in MarkdownInspector.htmlTableShapes(out) { #expect(Set(shape).count == 1, "\(kind) \(shape)") }
                    for target in MarkdownInspector.htmlTargets(out) { #expect(target.hasPrefix("http")) }
                    #expect(!out.contains("<script") && !out.contains("<img"))
                }
            }
        }
    }

    @Test(arguments: Hostile.links)
    func nonHTTPLinksAreDroppedEverywhere(link: String) throws {
        var items = Sample.items
        for i in items.indices { items[i].link = link }
        let lookup = Sample.Lookup(items)
        var input = Sample.input()
        input.watches = [WatchMatches(name: "w", query: "q", items: items)]
        for format in OutputFormat.allCases {
            let out = try Sample.renderer().briefing(input, format: format) { lookup($0) }.document
            let targets = format == .markdown ? MarkdownInspector.linkTargets(out) : MarkdownInspector.htmlTargets(out)
            #expect(targets.isEmpty, "\(format): \(targets)")
            // The titles are still there, as plain text.
            #expect(out.contains("Alibaba denies distillation claims"))
        }
    }

    @Test(arguments: Hostile.awkwardLinks)
    func keptLinksArePercentEncoded(link: String) throws {
        var items = Sample.items
        for i in items.indices { items[i].link = link + "/\(i)" }
        let lookup = Sample.Lookup(items)
        var input = Sample.input()
        input.watches = [WatchMatches(name: "w", query: "q", items: items)]
        for format in OutputFormat.allCases {
            let out = try Sample.renderer().briefing(input, format: format) { lookup($0) }.document
            let targets = format == .markdown ? MarkdownInspector.linkTargets(out) : MarkdownInspector.htmlTargets(out)
            #expect(!targets.isEmpty)
            for target in targets {
                #expect(target.hasPrefix("http://ok.example/") || target.hasPrefix("https://ok.example/") || target.hasPrefix("https://OK.example/"))
                let forbidden = CharacterSet(charactersIn: " |()<>\"'`*[]{}^\\\n")
                #expect(target.rangeOfCharacter(from: forbidden) == nil, "\(format) target \(target)")
            }
        }
    }
}
