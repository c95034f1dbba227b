import DocketModel
import Foundation

/// The company comparison tables: one per category of the period's allegations, the
/// category with most allegations first, rows in the order of the allegations section.
extension BriefingAssembly {
    func buildTables() -> [TableView] {
        var byCategory: [String: [ComparisonTableBuilder.Entry]] = [:]
        for facts in shown {
            let a = facts.allegation
            byCategory[a.category, default: []].append(
                ComparisonTableBuilder.Entry(
                    allegation: a, line: facts.summarySource, citations: allegationCitations[a.id] ?? [], firstSeen: facts.firstSeen))
        }
        let builder = ComparisonTableBuilder(
            directory: directory, escaper: escaper, columns: AllegationColumn.defaults, summaryLength: input.options.summaryLength)
        return byCategory.keys
            .sorted { (byCategory[$0]!.count, $1) > (byCategory[$1]!.count, $0) }
            .map { builder.table(topic: $0, entries: byCategory[$0]!) }
    }
}
