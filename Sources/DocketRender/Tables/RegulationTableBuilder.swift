import DocketModel
import Foundation

/// The regulation table: Jurisdiction | Instrument | Status | Next milestone, one row per
/// regulation (merged ones aside), by jurisdiction then title.
struct RegulationTableBuilder {
    let escaper: MarkdownEscaper
    let columns: [RegulationColumn]
    let citationLimit: Int

    func table(_ regulations: [Regulation], topic: String?, asOf: Date, registry: inout SourceRegistry) throws -> TableView {
        let chosen = regulations.filter { r in
            guard r.mergedInto == nil else { return false }
            guard let topic else { return true }
            return r.topics.contains { $0.lowercased() == topic.lowercased() }
        }.sorted { ($0.jurisdiction, $0.title, $0.id) < ($1.jurisdiction, $1.title, $1.id) }
        let day = Date(timeIntervalSince1970: (asOf.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        var rows: [[String: String]] = []
        for r in chosen {
            let next = RegulationFacts.ordered(r.milestones).first { $0.date >= day }
            // Items are looked up only when the sources column is shown.
            var ids: [String] = []
            if columns.contains(.sources) {
                for e in AllegationFacts.dated(r.evidence).suffix(citationLimit) where !ids.contains(e.item) { ids.append(e.item) }
                if let item = next?.item, !ids.contains(item) { ids.append(item) }
            }
            let citations = try registry.citations(ids)
            rows.append([
                RegulationColumn.jurisdiction.rawValue: escaper.text(r.jurisdiction),
                RegulationColumn.instrument.rawValue: "\(escaper.text(r.title)) (\(escaper.text(r.instrument)))",
                RegulationColumn.title.rawValue: escaper.text(r.title),
                RegulationColumn.status.rawValue: escaper.text(r.status),
                RegulationColumn.nextMilestone.rawValue: next.map {
                    "\(ISO8601.dateString(from: $0.date)): \(escaper.text($0.what, limit: 120))"
                } ?? "",
                RegulationColumn.body.rawValue: escaper.text(r.body),
                RegulationColumn.topics.rawValue: r.topics.map { escaper.text($0) }.joined(separator: ", "),
                RegulationColumn.sources.rawValue: citations ?? "",
            ])
        }
        return MarkdownTable.make(
            kind: "regulation", topic: topic.map { escaper.text($0) }, caption: "Regulations",
            columns: columns.map { ($0.rawValue, $0.header) }, rows: rows)
    }
}
