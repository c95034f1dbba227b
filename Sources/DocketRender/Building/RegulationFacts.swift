import DocketModel
import Foundation

/// What a briefing needs to know about one regulation relative to its period.
struct RegulationFacts {
    let regulation: Regulation
    let evidenceInPeriod: [Evidence]
    let changesInPeriod: [StatusStep]
    /// Milestones dated in the period, in date order.
    let milestonesInPeriod: [Regulation.Milestone]
    let firstSeen: Date?

    init(_ regulation: Regulation, period: BriefingPeriod) {
        self.regulation = regulation
        evidenceInPeriod = AllegationFacts.dated(regulation.evidence).filter { period.contains($0.date!) }
        changesInPeriod = StatusStep.steps(regulation.history).filter { period.contains($0.date) }
        milestonesInPeriod = Self.ordered(regulation.milestones).filter { period.contains($0.date) }
        firstSeen = (regulation.evidence.map(\.date) + regulation.history.map { Optional($0.date) }).compactMap { $0 }.min()
    }

    var isActive: Bool { !evidenceInPeriod.isEmpty || !changesInPeriod.isEmpty || !milestonesInPeriod.isEmpty }

    static func ordered(_ milestones: [Regulation.Milestone]) -> [Regulation.Milestone] {
        milestones.sorted { ($0.date, $0.what, $0.item ?? "") < ($1.date, $1.what, $1.item ?? "") }
    }

    /// The first milestone on or after `day`.
    func nextMilestone(onOrAfter day: Date) -> Regulation.Milestone? {
        Self.ordered(regulation.milestones).first { $0.date >= day }
    }
}
