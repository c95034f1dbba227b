import DocketModel
import Foundation

/// "What changed since the last briefing". With a previous snapshot: allegations and
/// regulations it did not have, statuses that differ from it, milestones it did not list.
/// Without one: the same, judged by the dates in the period. Either way, what only a feed's
/// first fetch (backlog) reported is never new.
extension BriefingAssembly {
    mutating func buildChanges() throws -> ChangesView {
        let previous = input.previous
        // Changes are gathered first and cited afterwards, list by list, so that sources are
        // numbered in the order a reader meets them.
        var newAllegations: [(ChangeView, [String])] = []
        var statusChanges: [(ChangeView, [String])] = []
        var newRegulations: [(ChangeView, [String])] = []
        var newMilestones: [(ChangeView, [String])] = []

        // Allegations: new ones, oldest first.
        let candidates = visible.filter { facts in
            if let previous { return previous.allegations[facts.allegation.id] == nil }
            return facts.firstSeen.map(input.period.contains) ?? false
        }.sorted { ($0.firstSeen ?? .distantPast, $0.allegation.id) < ($1.firstSeen ?? .distantPast, $1.allegation.id) }
        for facts in candidates where try hasNews(facts.allegation.evidence) {
            let a = facts.allegation
            newAllegationIDs.insert(a.id)
            let reports = facts.evidenceInPeriod.isEmpty ? AllegationFacts.dated(a.evidence) : facts.evidenceInPeriod
            let citations = evidenceIDs(reports)
            let subject = escaper.text("\(headline(a)) (\(a.category))")
            let detail = escaper.text(facts.summarySource, limit: input.options.summaryLength)
            newAllegations.append((
                ChangeView(
                    kind: "new-allegation", subject: subject, detail: detail, from: nil, to: escaper.text(a.status.rawValue),
                    date: facts.firstSeen.map(day), citations: nil, text: "\(subject): \(detail)"), citations))
            let weight = 50 + 5 * min(10, Set(facts.evidenceInPeriod.map(\.item)).count)
            addMove(weight, "new-allegation", "New: \(sentence(a))" + reportCount(facts.evidenceInPeriod))
        }

        // Allegation statuses (of those not new: a new one's status is in its own line).
        for facts in visible where !newAllegationIDs.contains(facts.allegation.id) {
            let a = facts.allegation
            var steps: [StatusStep] = []
            if let previous {
                if let was = previous.allegations[a.id], was != a.status.rawValue {
                    let last = StatusStep.steps(a.history).last { $0.to == a.status.rawValue && $0.date < input.period.end }
                    steps = [StatusStep(from: was, to: a.status.rawValue, date: last?.date ?? .distantPast, source: last?.source ?? "")]
                }
            } else {
                steps = facts.changesInPeriod.filter { $0.from != nil && $0.to != Allegation.Status.candidate.rawValue }
            }
            for step in steps where step.to != Allegation.Status.rejected.rawValue {
                previousStatus[a.id] = step.from
                let citations = step.itemID.map { [$0] } ?? []
                let subject = escaper.text("\(headline(a)) (\(a.category))")
                let from = escaper.text(step.from ?? "")
                let to = escaper.text(step.to)
                let date = step.date == .distantPast ? nil : day(step.date)
                let detail = "\(from) → \(to)" + (date.map { " (\($0))" } ?? "")
                statusChanges.append((
                    ChangeView(
                        kind: "allegation-status", subject: subject, detail: detail, from: from, to: to, date: date,
                        citations: nil, text: "\(subject): \(detail)"), citations))
                addMove(Self.allegationStatusWeight(step.to), "allegation-status", "\(headline(a)) (\(a.category)): now \(step.to)")
            }
        }

        // Regulations: new ones, status changes, new milestones.
        for facts in regulations {
            let r = facts.regulation
            let known = previous?.regulations[r.id]
            let isNew = previous != nil ? known == nil : (facts.firstSeen.map(input.period.contains) ?? false)
            if isNew {
                guard try hasNews(r.evidence) else { continue }
                    let citations = evidenceIDs(facts.evidenceInPeriod.isEmpty ? AllegationFacts.dated(r.evidence) : facts.evidenceInPeriod)
                let subject = escaper.text(regulationName(r))
                let detail = escaper.text("\(r.instrument), \(r.status)" + (r.body.map { ", \($0)" } ?? ""))
                newRegulations.append((
                    ChangeView(
                        kind: "new-regulation", subject: subject, detail: detail, from: nil, to: escaper.text(r.status),
                        date: facts.firstSeen.map(day), citations: nil, text: "\(subject): \(detail)"), citations))
                addMove(45, "new-regulation", "Now tracked: \(regulationName(r)), \(r.instrument), \(r.status)")
                continue
            }
            var steps: [StatusStep] = []
            if let known {
                if known.status != r.status {
                    let last = StatusStep.steps(r.history).last { $0.to == r.status && $0.date < input.period.end }
                    steps = [StatusStep(from: known.status, to: r.status, date: last?.date ?? .distantPast, source: last?.source ?? "")]
                }
            } else {
                steps = facts.changesInPeriod.filter { $0.from != nil }
            }
            for step in steps {
                let citations = step.itemID.map { [$0] } ?? []
                let subject = escaper.text(regulationName(r))
                let from = escaper.text(step.from ?? "")
                let to = escaper.text(step.to)
                let date = step.date == .distantPast ? nil : day(step.date)
                let detail = "\(from) → \(to)" + (date.map { " (\($0))" } ?? "")
                statusChanges.append((
                    ChangeView(
                        kind: "regulation-status", subject: subject, detail: detail, from: from, to: to, date: date,
                        citations: nil, text: "\(subject): \(detail)"), citations))
                addMove(Self.regulationStatusWeight(step.to), "regulation-status", "\(regulationName(r)): now \(step.to)")
            }
            for milestone in try unseenMilestones(of: facts, known: known) {
                let citations = milestone.item.map { [$0] } ?? []
                let subject = escaper.text(regulationName(r))
                let detail = "\(day(milestone.date)): \(escaper.text(milestone.what, limit: input.options.summaryLength))"
                newMilestones.append((
                    ChangeView(
                        kind: "new-milestone", subject: subject, detail: detail, from: nil, to: nil, date: day(milestone.date),
                        citations: nil, text: "\(subject): \(detail)"), citations))
            }
        }
        let hasChanges = !(newAllegations.isEmpty && statusChanges.isEmpty && newRegulations.isEmpty && newMilestones.isEmpty)
        return ChangesView(
            hasPrevious: previous != nil, previous: previous.map { escaper.text($0.period.label) },
            newAllegations: try cited(newAllegations), statusChanges: try cited(statusChanges),
            newRegulations: try cited(newRegulations), newMilestones: try cited(newMilestones), hasChanges: hasChanges)
    }

    private mutating func cited(_ changes: [(ChangeView, [String])]) throws -> [ChangeView] {
        var out: [ChangeView] = []
        for (change, ids) in changes {
            var view = change
            view.citations = try registry.citations(ids)
            out.append(view)
        }
        return out
    }

    /// Milestones the last briefing did not list (without one: milestones whose source is a
    /// report dated in the period), leaving out those only a backlog item gave.
    private mutating func unseenMilestones(
        of facts: RegulationFacts, known: BriefingSnapshot.RegulationState?
    ) throws -> [Regulation.Milestone] {
        var out: [Regulation.Milestone] = []
        let reportedInPeriod = Set(facts.evidenceInPeriod.map(\.item))
        for milestone in RegulationFacts.ordered(facts.regulation.milestones) {
            let key = BriefingSnapshot.MilestoneKey(milestone)
            if let known {
                guard !known.milestones.contains(where: { $0.matches(key) }) else { continue }
            } else {
                guard let item = milestone.item, reportedInPeriod.contains(item) else { continue }
            }
            if let item = milestone.item, let found = try registry.item(item), found.backlog { continue }
            out.append(milestone)
        }
        return out
    }

    mutating func addMove(_ score: Int, _ kind: String, _ text: String) {
        moves.append((score, MoveView(kind: kind, text: escaper.text(text, limit: 160))))
    }

    func reportCount(_ evidence: [Evidence]) -> String {
        let n = Set(evidence.map(\.item)).count
        return n > 1 ? " (\(n) reports)" : ""
    }

    static func allegationStatusWeight(_ status: String) -> Int {
        switch status {
        case "upheld", "settled", "dismissed": 100
        case "denied": 80
        case "confirmed": 70
        default: 40
        }
    }

    static func regulationStatusWeight(_ status: String) -> Int {
        switch status {
        case "adopted", "passed", "signed", "enacted", "in-force", "applicable", "vetoed", "repealed", "struck-down": 90
        default: 60
        }
    }
}
