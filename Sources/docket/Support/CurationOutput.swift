import ArgumentParser
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// Shared by the curation commands: running a `Curator` change with one-line errors, and
/// printing records for people and scripts.
enum CurationOutput {
    /// Runs a curation change; a refused change prints one line and exits 1.
    static func curate<T>(_ global: GlobalOptions, _ body: (Curator) throws -> T) throws -> T {
        let kb = try KnowledgeBaseAccess.open(global)
        let curator = Curator(knowledgeBase: kb, categories: CurationOutput.categories(for: kb))
        return try KnowledgeBaseAccess.run { try body(curator) }
    }

    /// The taxonomy's category ids: the knowledge base's dictionaries (its `dictionaries/`
    /// folder over the bundled seeds), plus `other`, which extraction gives an allegation whose
    /// sentence names no category. Nil (accept any slug) only when no taxonomy can be read.
    static func categories(for kb: KnowledgeBase) -> Set<String>? {
        guard let dictionary = try? ExtractCommand.dictionary(for: kb) else { return nil }
        return Set(dictionary.categories.map(\.id) + ["other"])
    }

    static func json(_ value: some Encodable) throws {
        let data = try DocketJSON.encoder().encode(value)
        Console.write(Array(data) + [0x0A])
    }

    /// An allegation for people: parties, category, status and history, then the evidence
    /// with each source's title and link.
    static func describe(_ a: Allegation, kb: KnowledgeBase) throws -> String {
        let names = Dictionary(try kb.companies().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { names[id].map { "\($0) (\(id))" } ?? id }
        var out = "\(a.id)  [\(a.status.rawValue)]  \(a.category)  score \(String(format: "%.2f", a.confidence))\n"
        out += "  accusers: \((a.accusers.map(name) + a.accuserNames).joined(separator: ", "))\n"
        out += "  accused:  \(a.accused.map(name).joined(separator: ", "))\n"
        if !a.products.isEmpty { out += "  products: \(a.products.joined(separator: ", "))\n" }
        if !a.summary.isEmpty { out += "  summary:  \(a.summary)\n" }
        if let first = a.firstReported { out += "  first reported \(ISO8601.dateString(from: first))" }
        if let last = a.lastReported { out += ", last \(ISO8601.dateString(from: last))" }
        out += "\n"
        if let target = a.duplicateOf { out += "  merged into \(target)\n" }
        for change in a.history {
            out += "  \(ISO8601.dateString(from: change.date))  \(change.status)  (\(change.source))\n"
        }
        out += "\nevidence:\n"
        for (n, e) in a.evidence.enumerated() {
            let item = try? kb.item(id: e.item)
            out += "  [\(n + 1)] \(e.sentence)\n"
            out += "      \(item?.title ?? e.item)"
            if let link = item?.link { out += " <\(link)>" }
            if !e.cues.isEmpty { out += "  cues: \(e.cues.joined(separator: ", "))" }
            out += "\n"
        }
        return out
    }
}
