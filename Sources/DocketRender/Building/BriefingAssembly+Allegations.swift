import DocketModel
import Foundation

/// The allegations section: every allegation with reports or status changes in the period,
/// the most reported first.
extension BriefingAssembly {
    mutating func buildAllegations() throws -> [AllegationView] {
        let active = visible.filter(\.isActive).sorted { a, b in
            let ra = Set(a.evidenceInPeriod.map(\.item)).count, rb = Set(b.evidenceInPeriod.map(\.item)).count
            if ra != rb { return ra > rb }
            let la = a.latestInPeriod ?? .distantPast, lb = b.latestInPeriod ?? .distantPast
            if la != lb { return la > lb }
            return a.allegation.id < b.allegation.id
        }
        shown = active
        var out: [AllegationView] = []
        for facts in active {
            let a = facts.allegation
            var ids = evidenceIDs(facts.evidenceInPeriod)
            for step in facts.changesInPeriod { if let id = step.itemID, !ids.contains(id) { ids.append(id) } }
            var numbers: [Int] = []
            for id in ids { if let n = try registry.cite(id) { numbers.append(n) } }
            allegationCitations[a.id] = numbers
            let products = a.products.map { PlainText.oneLine($0) }.filter { !$0.isEmpty }
            let previous = previousStatus[a.id]
            out.append(
                AllegationView(
                    id: escaper.text(a.id), headline: escaper.text(headline(a)),
                    accusers: escaper.text(Wording.list(names(a.accusers, extra: a.accuserNames))),
                    accused: escaper.text(Wording.list(names(a.accused))), category: escaper.text(a.category),
                    status: escaper.text(a.status.rawValue), isCandidate: a.status == .candidate,
                    products: products.isEmpty ? nil : products.map { escaper.text($0) }.joined(separator: ", "),
                    summary: nonEmpty(escaper.text(facts.summarySource, limit: input.options.summaryLength)),
                    citations: SourceRegistry.citationText(numbers), reports: Set(facts.evidenceInPeriod.map(\.item)).count,
                    firstReported: facts.firstSeen.map(day), isNew: newAllegationIDs.contains(a.id),
                    previousStatus: previous.map { escaper.text($0) }))
        }
        return out
    }
}
