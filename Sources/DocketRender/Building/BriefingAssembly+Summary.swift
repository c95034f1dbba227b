import DocketModel
import Foundation

/// The summary: counts in a sentence or two, and the biggest moves.
extension BriefingAssembly {
    func buildSummary(changes: ChangesView, allegations: Int, regulations: Int, upcoming: Int) -> SummaryView {
        let counts = input.itemCounts
        var sentences: [String] = []
        if let counts {
            var s = "\(Wording.count(counts.new, "new item")) in \(escaper.text(input.period.label))"
            if counts.backlog > 0 { s += " (and \(Wording.grouped(counts.backlog)) from feeds fetched for the first time)" }
            sentences.append(s + ".")
        }
        let statusChanges = changes.statusChanges.count
        var s = "\(Wording.count(allegations, "allegation")) in the news"
        if !changes.newAllegations.isEmpty { s += ", \(Wording.grouped(changes.newAllegations.count)) new" }
        if statusChanges > 0 { s += "; \(Wording.count(statusChanges, "status change"))" }
        s += "; \(Wording.count(regulations, "regulation")) with developments"
        s += "; \(Wording.count(upcoming, "milestone")) in the next \(input.options.upcomingDays) days."
        sentences.append(s)
        let ranked = moves.sorted { ($0.score, $1.move.text) > ($1.score, $0.move.text) }
        var seen = Set<String>()
        var top: [MoveView] = []
        for entry in ranked where seen.insert(entry.move.text).inserted {
            top.append(entry.move)
            if top.count == input.options.movesLimit { break }
        }
        return SummaryView(
            items: counts?.items, newItems: counts?.new, backlogItems: counts?.backlog, hasItemCounts: counts != nil,
            allegations: allegations, newAllegations: changes.newAllegations.count, statusChanges: statusChanges,
            regulations: regulations, newMilestones: changes.newMilestones.count, upcomingMilestones: upcoming,
            sources: registry.sources.count, text: sentences.joined(separator: " "), moves: top, hasMoves: !top.isEmpty)
    }
}
