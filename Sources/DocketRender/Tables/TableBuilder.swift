import DocketModel
import Foundation

/// Builds what `docket table` renders: company comparison tables of allegations (one per
/// category, or the one asked for), or the regulation table.
///
/// Reads only the records it is given and looks up only the items it cites (the most recent
/// `citationLimit` reports of each row's allegations).
public enum TableBuilder {
    public static func view(
        for request: TableRequest, allegations: [Allegation], regulations: [Regulation], companies: [Company],
        feeds: [Feed], escaper: MarkdownEscaper, lookup: @escaping ItemLookup
    ) throws -> TableDocumentView {
        var registry = SourceRegistry(lookup: lookup, feeds: feeds, escaper: escaper)
        let directory = CompanyDirectory(companies)
        let tables: [TableView]
        var filters: [String] = []
        if let topic = request.topic { filters.append("\(request.kind == .allegation ? "Category" : "Topic"): \(escaper.text(topic)).") }
        switch request.kind {
        case .allegation:
            let columns = try parse(request.columns, AllegationColumn.self, defaults: AllegationColumn.defaults)
            let only = try request.companies.map { try resolve($0, companies: companies, directory: directory) }
            if !only.isEmpty { filters.append("Companies: \(escaper.text(Wording.list(only.map(directory.name)))).") }
            tables = try allegationTables(
                request, allegations: allegations, only: only.isEmpty ? nil : only, columns: columns, directory: directory,
                escaper: escaper, registry: &registry)
        case .regulation:
            let columns = try parse(request.columns, RegulationColumn.self, defaults: RegulationColumn.defaults)
            let builder = RegulationTableBuilder(escaper: escaper, columns: columns, citationLimit: request.citationLimit)
            tables = [try builder.table(regulations, topic: request.topic, asOf: request.asOf, registry: &registry)]
        }
        let asOf = ISO8601.dateString(from: request.asOf)
        let defaultTitle = request.kind == .allegation
            ? "Company comparison" + (request.topic.map { ": \(Wording.caption($0))" } ?? "")
            : "Regulations" + (request.topic.map { ": \(Wording.caption($0))" } ?? "")
        return TableDocumentView(
            title: escaper.text(request.title ?? defaultTitle), kind: request.kind.rawValue,
            filters: filters.isEmpty ? nil : filters.joined(separator: " "),
            asOf: asOf, tables: tables, hasTables: tables.contains(where: \.hasRows), sources: registry.sources,
            hasSources: !registry.sources.isEmpty, generator: "Docket \(DocketInfo.version)")
    }

    private static func allegationTables(
        _ request: TableRequest, allegations: [Allegation], only: [String]?, columns: [AllegationColumn],
        directory: CompanyDirectory, escaper: MarkdownEscaper, registry: inout SourceRegistry
    ) throws -> [TableView] {
        let wanted = Set(only ?? [])
        let chosen = allegations.filter { a in
            guard a.duplicateOf == nil, a.status != .rejected else { return false }
            if request.confirmedOnly, a.status == .candidate { return false }
            if let topic = request.topic, a.category.lowercased() != topic.lowercased() { return false }
            if !wanted.isEmpty, !(a.accusers + a.accused).map(directory.canonicalID).contains(where: wanted.contains) { return false }
            return true
        }
        // Most recently reported first.
        let facts = chosen.map { a -> (Allegation, [Evidence], Date?) in
            let dated = AllegationFacts.dated(a.evidence)
            let first = ([a.firstReported] + a.evidence.map(\.date)).compactMap { $0 }.min()
            return (a, dated, first)
        }.sorted { x, y in
            let lx = x.1.last?.date ?? x.2 ?? .distantPast, ly = y.1.last?.date ?? y.2 ?? .distantPast
            return (lx, y.0.id) > (ly, x.0.id)
        }
        var byCategory: [String: [ComparisonTableBuilder.Entry]] = [:]
        var categoryOrder: [String] = []
        // Items are looked up only when a chosen column shows citations.
        let cites = columns.contains { $0 == .strategy || $0 == .claim || $0 == .sources }
        for (a, _, first) in facts {
            var numbers: [Int] = []
            if cites {
                for id in AllegationFacts.citedItems(of: a, limit: request.citationLimit) {
                    if let n = try registry.cite(id), !numbers.contains(n) { numbers.append(n) }
                }
            }
            let line = AllegationFacts.description(of: a)
            if byCategory[a.category] == nil { categoryOrder.append(a.category) }
            byCategory[a.category, default: []].append(
                ComparisonTableBuilder.Entry(
                    allegation: a, line: line,
                    citations: numbers, firstSeen: first))
        }
        let builder = ComparisonTableBuilder(directory: directory, escaper: escaper, columns: columns)
        if let topic = request.topic {
            let key = byCategory.keys.first { $0.lowercased() == topic.lowercased() } ?? topic
            return [builder.table(topic: key, entries: byCategory[key] ?? [], only: only)]
        }
        return categoryOrder.sorted { (byCategory[$0]!.count, $1) > (byCategory[$1]!.count, $0) }
            .map { builder.table(topic: $0, entries: byCategory[$0]!, only: only) }
    }

    /// Column names to columns; `a,b` and repeated options both work.
    static func parse<C: RawRepresentable & CaseIterable>(_ names: [String]?, _: C.Type, defaults: [C]) throws -> [C]
    where C.RawValue == String {
        guard let names else { return defaults }
        let split = names.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        guard !split.isEmpty else { throw TableRequestError.noColumns }
        return try split.map { name in
            let normalised = name.replacingOccurrences(of: "_", with: "-")
            guard let column = C(rawValue: normalised) else {
                throw TableRequestError.unknownColumn(name, allowed: C.allCases.map(\.rawValue))
            }
            return column
        }
    }

    /// A company id, or a name or alias, to the canonical id.
    static func resolve(_ text: String, companies: [Company], directory: CompanyDirectory) throws -> String {
        if companies.contains(where: { $0.id == text }) { return directory.canonicalID(text) }
        let folded = text.lowercased()
        if let c = companies.first(where: { $0.id.lowercased() == folded || $0.name.lowercased() == folded })
            ?? companies.first(where: { $0.aliases.contains { $0.lowercased() == folded } })
        {
            return directory.canonicalID(c.id)
        }
        throw TableRequestError.unknownCompany(text)
    }
}
