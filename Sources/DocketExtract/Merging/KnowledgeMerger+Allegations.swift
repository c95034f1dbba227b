import DocketModel
import Foundation

extension KnowledgeMerger {
    /// Accusers, or (when none is an organisation) the names of the unnamed accusers.
    private static func accuserKey(_ a: Allegation) -> [String] {
        a.accusers.isEmpty ? a.accuserNames.map { $0.lowercased() }.sorted() : a.accusers.sorted()
    }

    private func follow(_ index: Int, in records: [Allegation]) -> Int {
        var current = index
        var hops = 0
        while let target = records[current].duplicateOf, hops < 8,
            let next = records.firstIndex(where: { $0.id == target })
        {
            current = next
            hops += 1
        }
        return current
    }

    /// Whether `date` lies within the join window of a record's reports.
    private func near(_ date: Date?, _ record: Allegation) -> Bool {
        guard let date else { return true }
        guard let first = record.firstReported ?? record.evidence.compactMap(\.date).min() else { return true }
        let last = record.lastReported ?? first
        return date >= first.addingTimeInterval(-joinWindow) && date <= last.addingTimeInterval(joinWindow)
    }

    func mergeAllegation(_ candidate: Allegation, into records: inout [Allegation], changes: inout [KnowledgeChange]) {
        let key = (Self.accuserKey(candidate), candidate.accused.sorted(), candidate.category)
        let date = candidate.firstReported
        let item = candidate.evidence.first?.item
        let match = records.indices.first { i in
            let r = records[i]
            return r.duplicateOf == nil && Self.accuserKey(r) == key.0 && r.accused.sorted() == key.1
                && r.category == key.2 && near(date, r)
        }.map { follow($0, in: records) }
        guard let index = match else {
            if let existing = records.firstIndex(where: { $0.id == candidate.id }) {
                // Same id (same parties, category and first day) but outside the window: impossible
                // by construction unless records were edited; add the evidence there.
                appendEvidence(candidate, to: &records[follow(existing, in: records)], changes: &changes)
                return
            }
            records.append(candidate)
            changes.append(
                KnowledgeChange(
                    kind: .allegationAdded, record: candidate.id, item: item,
                    detail: "\(candidate.accusers.joined(separator: ",")) → \(candidate.accused.joined(separator: ",")): \(candidate.category)"
                ))
            return
        }
        appendEvidence(candidate, to: &records[index], changes: &changes)
        var record = records[index]
        if let date {
            if record.lastReported.map({ $0 < date }) ?? true { record.lastReported = date }
        }
        if !Self.isProtected(record) {
            if let date, record.firstReported.map({ $0 > date }) ?? true { record.firstReported = date }
            for p in candidate.products where !record.products.contains(p) { record.products.append(p) }
            record.confidence = max(record.confidence, candidate.confidence)
            for change in candidate.history {
                applyStatus(
                    Allegation.Status(rawValue: change.status) ?? .candidate, date: change.date, source: change.source,
                    to: &record, changes: &changes)
            }
        }
        records[index] = record
    }

    private func appendEvidence(_ candidate: Allegation, to record: inout Allegation, changes: inout [KnowledgeChange]) {
        for e in candidate.evidence
        where !record.evidence.contains(where: { $0.item == e.item && $0.sentence == e.sentence }) {
            record.evidence.append(e)
            changes.append(KnowledgeChange(kind: .allegationEvidence, record: record.id, item: e.item))
        }
    }

    /// Records a status change: history always (once per status and source), the status itself
    /// only forward and only on records no person decided on.
    private func applyStatus(
        _ status: Allegation.Status, date: Date, source: String, to record: inout Allegation,
        changes: inout [KnowledgeChange]
    ) {
        if !record.history.contains(where: { $0.status == status.rawValue && $0.source == source }) {
            record.history.append(StatusChange(status: status.rawValue, date: date, source: source))
            record.history.sort { $0.date != $1.date ? $0.date < $1.date : $0.source < $1.source }
        }
        guard !Self.isProtected(record), record.status != status, Self.rank(status) >= Self.rank(record.status) else { return }
        changes.append(
            KnowledgeChange(
                kind: .allegationStatus, record: record.id, item: source,
                detail: "\(record.status.rawValue) → \(status.rawValue)"))
        record.status = status
    }

    func apply(_ report: AllegationStatusReport, to records: inout [Allegation], changes: inout [KnowledgeChange]) {
        let denier = Set(report.accused)
        let candidates = records.indices.filter { i in
            let r = records[i]
            guard r.duplicateOf == nil, !denier.isDisjoint(with: r.accused) else { return false }
            if !report.accusers.isEmpty, Set(report.accusers).isDisjoint(with: r.accusers) { return false }
            if let category = report.category, category != r.category { return false }
            if let date = report.evidence.date, let first = r.firstReported, date < first.addingTimeInterval(-joinWindow) {
                return false
            }
            return true
        }
        guard let index = candidates.max(by: { a, b in
            (records[a].lastReported ?? .distantPast) < (records[b].lastReported ?? .distantPast)
        }) else { return }
        var record = records[index]
        let e = report.evidence
        if !record.evidence.contains(where: { $0.item == e.item && $0.sentence == e.sentence }) {
            record.evidence.append(e)
            changes.append(KnowledgeChange(kind: .allegationEvidence, record: record.id, item: e.item))
        }
        if let date = e.date {
            applyStatus(report.status, date: date, source: e.item, to: &record, changes: &changes)
        }
        records[index] = record
    }
}
