import DocketModel
import Foundation

/// Turns a `BriefingInput` into the `BriefingView` the `weekly` template renders, and into
/// the `BriefingSnapshot` to keep for the next briefing.
///
/// Deterministic: the same input gives the same view, byte for byte, whatever the order of
/// the records given, the time of day or the machine. Only the items the briefing cites are
/// looked up (through `lookup`), plus, for allegations and regulations that look new, enough
/// of their evidence to tell news from a feed's backlog.
public enum BriefingBuilder {
    /// The view of the briefing for `input`, with every text escaped by `escaper`.
    public static func view(
        for input: BriefingInput, escaper: MarkdownEscaper, lookup: @escaping ItemLookup
    ) throws -> BriefingView {
        var assembly = BriefingAssembly(input: input, escaper: escaper, lookup: lookup)
        return try assembly.build()
    }

    /// What to record for this briefing: every allegation (duplicates aside) and regulation
    /// (merged ones aside) known by the period's end, with its status and milestones.
    public static func snapshot(for input: BriefingInput) -> BriefingSnapshot {
        let end = input.period.end
        var allegations: [String: String] = [:]
        for a in input.allegations where a.duplicateOf == nil {
            let first = ([a.firstReported] + a.evidence.map(\.date)).compactMap { $0 }.min()
            if first.map({ $0 < end }) ?? true { allegations[a.id] = a.status.rawValue }
        }
        var regulations: [String: BriefingSnapshot.RegulationState] = [:]
        for r in input.regulations where r.mergedInto == nil {
            let facts = RegulationFacts(r, period: input.period)
            guard facts.firstSeen.map({ $0 < end }) ?? true else { continue }
            regulations[r.id] = BriefingSnapshot.RegulationState(
                status: r.status, milestones: r.milestones.map(BriefingSnapshot.MilestoneKey.init).sorted())
        }
        return BriefingSnapshot(period: input.period, allegations: allegations, regulations: regulations)
    }
}
