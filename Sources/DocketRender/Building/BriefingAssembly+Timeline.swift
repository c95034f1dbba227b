import DocketModel
import Foundation

/// The Mermaid `timeline` of the period: allegations first reported, status changes of
/// allegations and regulations, milestones reached, by day.
extension BriefingAssembly {
    func buildTimeline() -> TimelineView {
        var events: [(date: Date, rank: Int, text: String)] = []
        for facts in shown {
            let a = facts.allegation
            if let first = facts.firstSeen, input.period.contains(first) { events.append((first, 0, sentence(a))) }
            for step in facts.changesInPeriod where step.from != nil {
                events.append((step.date, 1, "\(headline(a)) (\(a.category)) now \(step.to)"))
            }
        }
        for facts in regulations {
            let r = facts.regulation
            for step in facts.changesInPeriod { events.append((step.date, 2, "\(r.title) now \(step.to)")) }
            for m in facts.milestonesInPeriod { events.append((m.date, 3, "\(r.title) - \(m.what)")) }
        }
        let cleaned = events.map { (day: day($0.date), rank: $0.rank, text: MermaidText.clean($0.text)) }
            .filter { !$0.text.isEmpty }
            .sorted { ($0.day, $0.rank, $0.text) < ($1.day, $1.rank, $1.text) }
            .prefix(input.options.timelineLimit)
        var days: [TimelineDayView] = []
        for event in cleaned {
            if days.last?.date == event.day {
                days[days.count - 1].events.append(event.text)
            } else {
                days.append(TimelineDayView(date: event.day, events: [event.text]))
            }
        }
        var lines = ["timeline", "    title \(MermaidText.clean(input.options.title ?? "Docket briefing \(input.period.label)"))"]
        for d in days {
            for (i, text) in d.events.enumerated() {
                lines.append(i == 0 ? "    \(d.date) : \(text)" : "               : \(text)")
            }
        }
        return TimelineView(mermaid: lines.joined(separator: "\n"), days: days, hasEvents: !days.isEmpty)
    }
}
