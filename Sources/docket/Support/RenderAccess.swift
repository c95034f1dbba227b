import ArgumentParser
import DocketModel
import DocketRender
import DocketStore
import Foundation

/// What the rendering commands (`brief`, `table`, `export`) share: loading templates from the
/// knowledge base's `templates/` and Docket's own, counting a period's items, and delivering
/// a document to standard output or, whole or not at all, to a file.
enum RenderAccess {
    /// The knowledge base's own templates, which override Docket's by name.
    static func templatesFolder(_ kb: KnowledgeBase) -> URL {
        kb.root.appendingPathComponent("templates", isDirectory: true)
    }

    /// Loads and checks the templates: an unknown name is a usage error (exit 2), a template
    /// that does not parse names its file and line (exit 1).
    static func templates(_ template: String?, defaultName: String, kb: KnowledgeBase) throws -> TemplateLibrary {
        do {
            return try TemplateLibrary.load(template: template, defaultName: defaultName, userFolder: templatesFolder(kb))
        } catch let error as TemplateError {
            if case .notFound = error { throw CommandFailure.exit(error.description, code: 2) }
            throw CommandFailure.exit("template error: \(error.description)")
        }
    }

    /// How the rendering commands look items up by id: only the items they cite, through one
    /// loaded index (`ItemReader`) and month files kept open.
    static func itemLookup(_ kb: KnowledgeBase) throws -> ItemLookup {
        let reader = try kb.itemReader()
        return { try reader.item(id: $0) }
    }

    /// Items published in the period (kept items; duplicates are not counted) and how many
    /// of them came from a feed's first fetch, counted by the store without decoding items.
    static func itemCounts(_ kb: KnowledgeBase, _ period: BriefingPeriod) throws -> ItemCounts {
        let c = try kb.itemCounts(from: period.start, to: period.end)
        return ItemCounts(items: c.items, backlog: c.backlog)
    }

    /// What each saved search (`docket watch add`) matched among the items of the period, best
    /// first, at most `limit` items each with the total. A watch whose stored query no longer
    /// parses (a hand-edited `watches.json`) is an error naming the watch.
    static func watchMatches(_ kb: KnowledgeBase, _ period: BriefingPeriod, limit: Int, lookup: ItemLookup) throws -> [WatchMatches] {
        var out: [WatchMatches] = []
        for watch in try kb.watches() {
            let results: SearchResults
            do {
                results = try kb.matches(
                    of: watch, since: period.start, until: period.end, options: SearchOptions(kinds: [.item], limit: limit))
            } catch let error as QuerySyntaxError {
                throw CommandFailure.exit("watch '\(watch.name)' in watches.json: \(error)")
            }
            let group = results.group(.item)
            var items: [Item] = []
            for result in group?.results ?? [] {
                if let item = try lookup(result.id) { items.append(item) }
            }
            out.append(WatchMatches(name: watch.name, query: watch.query, items: items, total: group?.total ?? 0))
        }
        return out
    }

    /// Writes the document to standard output (no path, or `-`), or replaces the file at
    /// `path` atomically.
    static func deliver(_ document: String, to path: String?) throws {
        guard let path, path != "-" else {
            Console.write(Array(document.utf8))
            return
        }
        do {
            try AtomicFile.write(document, to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure.exit(String(describing: error))
        }
    }

    /// `markdown` or `html`, else a usage error.
    static func format(_ text: String) throws -> OutputFormat {
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw CommandFailure.exit("unknown format '\(text)'; use markdown or html", code: 2)
        }
        return format
    }
}
