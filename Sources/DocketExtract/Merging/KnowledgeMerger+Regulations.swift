import DocketModel
import Foundation

extension KnowledgeMerger {
    /// Legislative stages in order; statuses outside the order (delayed, repealed, withdrawn,
    /// blocked) apply whenever they are newer.
    static func stage(_ status: String) -> Int? {
        switch status {
        case "proposed", "consultation": return 0
        case "introduced": return 1
        case "passed": return 2
        case "adopted", "signed", "vetoed": return 3
        case "in-force", "applicable": return 4
        default: return nil
        }
    }

    func mergeRegulation(_ incoming: Regulation, into records: inout [Regulation], changes: inout [KnowledgeChange]) {
        let item = incoming.evidence.first?.item
        guard var index = records.firstIndex(where: { $0.id == incoming.id }) else {
            records.append(incoming)
            changes.append(
                KnowledgeChange(
                    kind: .regulationAdded, record: incoming.id, item: item,
                    detail: "\(incoming.jurisdiction) \(incoming.status)"))
            return
        }
        var hops = 0
        while let target = records[index].mergedInto, hops < 8, let next = records.firstIndex(where: { $0.id == target }) {
            index = next
            hops += 1
        }
        var record = records[index]
        for e in incoming.evidence
        where !record.evidence.contains(where: { $0.item == e.item && $0.sentence == e.sentence }) {
            record.evidence.append(e)
            changes.append(KnowledgeChange(kind: .regulationEvidence, record: record.id, item: e.item))
        }
        if !record.edited {
            for m in incoming.milestones where !record.milestones.contains(where: { $0.date == m.date && $0.what == m.what }) {
                record.milestones.append(m)
                record.milestones.sort { $0.date != $1.date ? $0.date < $1.date : $0.what < $1.what }
                changes.append(
                    KnowledgeChange(
                        kind: .regulationMilestone, record: record.id, item: m.item,
                        detail: "\(ISO8601.dateString(from: m.date)): \(m.what)"))
            }
            for topic in incoming.topics where !record.topics.contains(topic) { record.topics.append(topic) }
            record.confidence = max(record.confidence, incoming.confidence)
            let latest = record.history.map(\.date).max()
            for change in incoming.history {
                if record.history.contains(where: { $0.status == change.status && $0.source == change.source }) { continue }
                record.history.append(change)
                record.history.sort { $0.date != $1.date ? $0.date < $1.date : $0.source < $1.source }
                let newer = latest.map { change.date >= $0 } ?? true
                let forward: Bool = {
                    guard let new = Self.stage(change.status) else { return true }
                    guard let current = Self.stage(record.status) else { return true }
                    return new >= current
                }()
                if newer, forward, change.status != record.status {
                    changes.append(
                        KnowledgeChange(
                            kind: .regulationStatus, record: record.id, item: change.source,
                            detail: "\(record.status) → \(change.status)"))
                    record.status = change.status
                }
            }
        }
        records[index] = record
    }
}
