import DocketModel
import Foundation

/// Regulation developments by jurisdiction, and the milestones coming up after the period.
extension BriefingAssembly {
    mutating func buildRegulations() throws -> [JurisdictionView] {
        var byJurisdiction: [String: [RegulationView]] = [:]
        let active = regulations.filter(\.isActive).sorted {
            ($0.regulation.jurisdiction, $0.regulation.title, $0.regulation.id) < ($1.regulation.jurisdiction, $1.regulation.title, $1.regulation.id)
        }
        for facts in active {
            let r = facts.regulation
            var developments: [String] = []
            for step in facts.changesInPeriod {
                let from = step.from.map { escaper.text($0) + " → " } ?? ""
                developments.append("Status: \(from)\(escaper.text(step.to)) (\(day(step.date)))")
            }
            for m in facts.milestonesInPeriod {
                developments.append("Milestone \(day(m.date)): \(escaper.text(m.what, limit: input.options.summaryLength))")
                addMove(40, "milestone", "\(regulationName(r)): \(m.what) (\(day(m.date)))")
            }
            var ids = evidenceIDs(facts.evidenceInPeriod)
            for step in facts.changesInPeriod { if let id = step.itemID, !ids.contains(id) { ids.append(id) } }
            for m in facts.milestonesInPeriod { if let id = m.item, !ids.contains(id) { ids.append(id) } }
            let citations = try registry.citations(ids)
            let summary = facts.evidenceInPeriod.first { !PlainText.oneLine($0.sentence).isEmpty }
                .map { escaper.text($0.sentence, limit: input.options.summaryLength) }
            let next = try facts.nextMilestone(onOrAfter: input.period.end).map { try milestoneView($0, of: r, from: input.period.end) }
            let view = RegulationView(
                id: escaper.text(r.id), title: escaper.text(r.title), jurisdiction: escaper.text(r.jurisdiction),
                body: r.body.map { escaper.text($0) }, instrument: escaper.text(r.instrument), status: escaper.text(r.status),
                topics: nonEmpty(r.topics.map { escaper.text($0) }.joined(separator: ", ")), developments: developments,
                hasDevelopments: !developments.isEmpty, summary: summary, citations: citations, nextMilestone: next)
            byJurisdiction[r.jurisdiction, default: []].append(view)
        }
        return byJurisdiction.keys.sorted().map { code in
            JurisdictionView(code: escaper.text(code), name: escaper.text(Jurisdictions.name(code)), regulations: byJurisdiction[code]!)
        }
    }

    /// Milestones dated from `start` to `days` after it, in date order.
    mutating func buildUpcoming(from start: Date, days: Int) throws -> [MilestoneView] {
        let end = start.addingTimeInterval(TimeInterval(days) * 86_400)
        var found: [(Regulation.Milestone, Regulation)] = []
        for facts in regulations {
            for m in facts.regulation.milestones where m.date >= start && m.date < end { found.append((m, facts.regulation)) }
        }
        found.sort {
            ($0.0.date, $0.1.jurisdiction, $0.1.title, $0.0.what, $0.1.id) < ($1.0.date, $1.1.jurisdiction, $1.1.title, $1.0.what, $1.1.id)
        }
        return try found.map { try milestoneView($0.0, of: $0.1, from: start) }
    }

    mutating func milestoneView(_ m: Regulation.Milestone, of r: Regulation, from start: Date) throws -> MilestoneView {
        let citations = try registry.citations(m.item.map { [$0] } ?? [])
        return MilestoneView(
            date: day(m.date), what: escaper.text(m.what, limit: input.options.summaryLength), regulation: escaper.text(r.title),
            jurisdiction: escaper.text(r.jurisdiction), regulationID: escaper.text(r.id),
            inDays: Int(((m.date.timeIntervalSince1970 - start.timeIntervalSince1970) / 86_400).rounded(.down)),
            citations: citations)
    }
}
