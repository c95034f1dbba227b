import DocketModel
import DocketStore
import Foundation

extension Curator {
    /// Changes to a regulation; nil fields are left as they are.
    public struct RegulationEdit: Sendable {
        public var title: String?
        public var jurisdiction: String?
        public var body: String?
        public var instrument: String?
        public var status: String?
        /// A milestone to add: date (YYYY-MM-DD) and what happens then.
        public var milestone: (date: String, what: String)?
        public var topics: [String]?

        public init(
            title: String? = nil, jurisdiction: String? = nil, body: String? = nil, instrument: String? = nil,
            status: String? = nil, milestone: (date: String, what: String)? = nil, topics: [String]? = nil
        ) {
            self.title = title
            self.jurisdiction = jurisdiction
            self.body = body
            self.instrument = instrument
            self.status = status
            self.milestone = milestone
            self.topics = topics
        }
    }

    /// Statuses a regulation can have.
    public static let regulationStatuses: Set<String> = [
        "proposed", "consultation", "introduced", "passed", "adopted", "signed", "vetoed", "in-force", "applicable",
        "delayed", "repealed", "withdrawn", "blocked", "rejected",
    ]

    /// Confirms what extraction found (the record is now a person's, never overwritten).
    @discardableResult
    public func confirmRegulation(_ id: String) throws -> Regulation {
        try editRegulation(id, RegulationEdit(), confirm: true)
    }

    /// Rejects a regulation record extraction got wrong: status `rejected`, kept.
    @discardableResult
    public func rejectRegulation(_ id: String) throws -> Regulation {
        try editRegulation(id, RegulationEdit(status: "rejected"))
    }

    @discardableResult
    public func editRegulation(_ id: String, _ edit: RegulationEdit, confirm: Bool = false) throws -> Regulation {
        try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.regulations()
            guard let i = all.firstIndex(where: { $0.id == id }) else {
                throw CurationError.unknownRecord(kind: "regulation", id: id)
            }
            var record = all[i]
            try apply(edit, to: &record)
            if confirm { record.confidence = 1 }
            record.edited = true
            all[i] = record
            try writer.saveRegulations(all)
            return record
        }
    }

    /// Adds a regulation by hand.
    @discardableResult
    public func addRegulation(id: String?, _ edit: RegulationEdit) throws -> Regulation {
        guard let title = edit.title, !title.isEmpty else { throw CurationError.missing(field: "--title") }
        guard let jurisdiction = edit.jurisdiction else { throw CurationError.missing(field: "--jurisdiction") }
        let recordID = id ?? (jurisdiction.lowercased() + "-" + Slug.make(title, maxLength: 40))
        try Self.checkSlug(recordID, field: "id")
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.regulations()
            guard !all.contains(where: { $0.id == recordID }) else {
                throw CurationError.invalidValue(field: "id", value: recordID, expected: "a new id (this one exists)")
            }
            var record = Regulation(
                id: recordID, title: title, jurisdiction: jurisdiction, instrument: edit.instrument ?? "other",
                status: edit.status ?? "proposed", confidence: 1, edited: true)
            try apply(edit, to: &record)
            all.append(record)
            try writer.saveRegulations(all)
            return record
        }
    }

    /// Records that `duplicate` is the same instrument as `keep` (`merged_into`); its evidence
    /// and milestones join `keep`. Nothing is deleted.
    @discardableResult
    public func mergeRegulations(keep: String, duplicate: String) throws -> Regulation {
        guard keep != duplicate else { throw CurationError.mergeIntoItself(keep) }
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.regulations()
            guard let k = all.firstIndex(where: { $0.id == keep }) else {
                throw CurationError.unknownRecord(kind: "regulation", id: keep)
            }
            guard let d = all.firstIndex(where: { $0.id == duplicate }) else {
                throw CurationError.unknownRecord(kind: "regulation", id: duplicate)
            }
            if let target = all[d].mergedInto { throw CurationError.alreadyMerged(kind: "regulation", id: duplicate, into: target) }
            var kept = all[k]
            for e in all[d].evidence where !kept.evidence.contains(e) { kept.evidence.append(e) }
            for m in all[d].milestones where !kept.milestones.contains(m) { kept.milestones.append(m) }
            kept.milestones.sort { $0.date < $1.date }
            kept.topics = Self.unique(kept.topics + all[d].topics)
            kept.edited = true
            all[k] = kept
            all[d].mergedInto = keep
            all[d].edited = true
            try writer.saveRegulations(all)
            return kept
        }
    }

    func apply(_ edit: RegulationEdit, to record: inout Regulation) throws {
        if let title = edit.title, !title.isEmpty { record.title = title }
        if let jurisdiction = edit.jurisdiction {
            let code = jurisdiction.uppercased()
            let ok = code.range(of: "^[A-Z]{2,3}(-[A-Z0-9]{1,3})?$", options: .regularExpression) != nil
            if !ok {
                throw CurationError.invalidValue(
                    field: "jurisdiction", value: jurisdiction, expected: "an ISO 3166 code such as DE, EU or US-CA")
            }
            record.jurisdiction = code
        }
        if let body = edit.body { record.body = body.isEmpty ? nil : body }
        if let instrument = edit.instrument {
            try Self.checkSlug(instrument, field: "instrument")
            record.instrument = instrument
        }
        if let status = edit.status, status != record.status {
            guard Self.regulationStatuses.contains(status) else {
                throw CurationError.invalidValue(
                    field: "status", value: status, expected: "one of \(Self.regulationStatuses.sorted().joined(separator: ", "))")
            }
            record.status = status
            record.history.append(StatusChange(status: status, date: now(), source: "manual"))
        }
        if let (date, what) = edit.milestone {
            let milestone = Regulation.Milestone(date: try Self.date(date), what: what)
            if !record.milestones.contains(milestone) { record.milestones.append(milestone) }
            record.milestones.sort { $0.date < $1.date }
        }
        if let topics = edit.topics { record.topics = Self.unique(topics) }
    }
}
