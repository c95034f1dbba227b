import DocketModel
import Foundation

/// What a briefing needs to know about one allegation relative to its period: the reports
/// and status changes dated in it, and when the allegation was first seen.
struct AllegationFacts {
    let allegation: Allegation
    /// Evidence dated in the period, oldest first (ties by item id).
    let evidenceInPeriod: [Evidence]
    /// Status changes dated in the period, oldest first, each with the status before it.
    let changesInPeriod: [StatusStep]
    /// The earlier of `firstReported` and the oldest evidence date; nil when nothing is dated.
    let firstSeen: Date?

    init(_ allegation: Allegation, period: BriefingPeriod) {
        self.allegation = allegation
        evidenceInPeriod = Self.dated(allegation.evidence).filter { period.contains($0.date!) }
        changesInPeriod = StatusStep.steps(allegation.history).filter { period.contains($0.date) }
        firstSeen = ([allegation.firstReported] + allegation.evidence.map(\.date)).compactMap { $0 }.min()
    }

    /// True when something about it is dated in the period.
    var isActive: Bool { !evidenceInPeriod.isEmpty || !changesInPeriod.isEmpty }

    /// Latest date of anything in the period (for ordering).
    var latestInPeriod: Date? {
        (evidenceInPeriod.compactMap(\.date) + changesInPeriod.map(\.date)).max()
    }

    /// Evidence with a date, oldest first, ties broken by item id then sentence.
    static func dated(_ evidence: [Evidence]) -> [Evidence] {
        evidence.filter { $0.date != nil }.sorted {
            ($0.date!, $0.item, $0.sentence) < ($1.date!, $1.item, $1.sentence)
        }
    }

    /// The one-line summary's source text: what a person wrote, else the period's first
    /// report, else the summary extraction wrote, else the oldest evidence.
    var summarySource: String {
        let a = allegation
        if a.edited, !PlainText.oneLine(a.summary).isEmpty { return a.summary }
        if let e = evidenceInPeriod.first(where: { !PlainText.oneLine($0.sentence).isEmpty }) { return e.sentence }
        if !PlainText.oneLine(a.summary).isEmpty { return a.summary }
        let all = Self.dated(a.evidence) + a.evidence.filter { $0.date == nil }
        return all.first(where: { !PlainText.oneLine($0.sentence).isEmpty })?.sentence ?? ""
    }

    /// The items a table row cites, in report order: the report its text comes from (when the
    /// text is drawn from the evidence), then the most recent other reports; at most `limit`
    /// distinct items (several sentences of one report are one source).
    static func citedItems(of a: Allegation, limit: Int) -> [String] {
        let ordered = dated(a.evidence) + a.evidence.filter { $0.date == nil }
        var picked: [String] = []
        if PlainText.oneLine(a.summary).isEmpty, let first = ordered.first(where: { !PlainText.oneLine($0.sentence).isEmpty }) {
            picked.append(first.item)
        }
        for e in ordered.reversed() where picked.count < max(1, limit) && !picked.contains(e.item) { picked.append(e.item) }
        var position: [String: Int] = [:]
        for (n, e) in ordered.enumerated() where position[e.item] == nil { position[e.item] = n }
        return picked.sorted { position[$0, default: 0] < position[$1, default: 0] }
    }

    /// What an allegation says, without a period: the summary, else the first report's sentence.
    static func description(of a: Allegation) -> String {
        if !PlainText.oneLine(a.summary).isEmpty { return a.summary }
        let all = dated(a.evidence) + a.evidence.filter { $0.date == nil }
        return all.first(where: { !PlainText.oneLine($0.sentence).isEmpty })?.sentence ?? ""
    }
}
