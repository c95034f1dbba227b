import DocketModel
import DocketStore
import Foundation

extension Curator {
    /// Changes to an allegation; nil fields are left as they are.
    public struct AllegationEdit: Sendable {
        public var accusers: [String]?
        public var accused: [String]?
        public var category: String?
        public var summary: String?
        public var products: [String]?
        public var status: Allegation.Status?
        public var firstReported: String?

        public init(
            accusers: [String]? = nil, accused: [String]? = nil, category: String? = nil, summary: String? = nil,
            products: [String]? = nil, status: Allegation.Status? = nil, firstReported: String? = nil
        ) {
            self.accusers = accusers
            self.accused = accused
            self.category = category
            self.summary = summary
            self.products = products
            self.status = status
            self.firstReported = firstReported
        }
    }

    /// Confirms a candidate: it is now a fact the knowledge base stands by.
    @discardableResult
    public func confirmAllegation(_ id: String) throws -> Allegation {
        try editAllegation(id, AllegationEdit(status: .confirmed))
    }

    /// Rejects a candidate: extraction got it wrong; it stays, marked, and is never re-created.
    @discardableResult
    public func rejectAllegation(_ id: String) throws -> Allegation {
        try editAllegation(id, AllegationEdit(status: .rejected))
    }

    /// Applies `edit` to allegation `id` (validated), marks it edited, records a status change.
    @discardableResult
    public func editAllegation(_ id: String, _ edit: AllegationEdit) throws -> Allegation {
        try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.allegations()
            guard let i = all.firstIndex(where: { $0.id == id }) else {
                throw CurationError.unknownRecord(kind: "allegation", id: id)
            }
            let companies = try knowledgeBase.companies()
            var record = all[i]
            try apply(edit, to: &record, companies: companies)
            record.edited = true
            all[i] = record
            try writer.saveAllegations(all)
            return record
        }
    }

    /// Adds an allegation by hand (status `confirmed` unless given).
    @discardableResult
    public func addAllegation(_ edit: AllegationEdit) throws -> Allegation {
        guard let accusers = edit.accusers, !accusers.isEmpty else { throw CurationError.missing(field: "--accuser") }
        guard let accused = edit.accused, !accused.isEmpty else { throw CurationError.missing(field: "--accused") }
        guard let category = edit.category else { throw CurationError.missing(field: "--category") }
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.allegations()
            let companies = try knowledgeBase.companies()
            let first = try edit.firstReported.map(Self.date) ?? now()
            let resolvedAccusers = try Self.resolveCompanies(accusers, in: companies)
            let resolvedAccused = try Self.resolveCompanies(accused, in: companies)
            let id = "manual-" + StableID.make(
                resolvedAccusers.joined(separator: ","), resolvedAccused.joined(separator: ","), category,
                ISO8601.dateString(from: first))
            guard !all.contains(where: { $0.id == id }) else {
                throw CurationError.invalidValue(field: "allegation", value: id, expected: "a new allegation (this one exists)")
            }
            var record = Allegation(
                id: id, accusers: [], accused: [], category: category, summary: edit.summary ?? "",
                status: .confirmed, firstReported: first, lastReported: first, confidence: 1, edited: true)
            var adding = edit
            adding.firstReported = nil
            if adding.status == nil { adding.status = .confirmed }
            try apply(adding, to: &record, companies: companies)
            record.history = [StatusChange(status: record.status.rawValue, date: now(), source: "manual")]
            all.append(record)
            try writer.saveAllegations(all)
            return record
        }
    }

    /// Records that `duplicate` reports the same event as `keep`: its evidence joins `keep`,
    /// and it points there (`duplicate_of`). Nothing is deleted.
    @discardableResult
    public func mergeAllegations(keep: String, duplicate: String) throws -> Allegation {
        guard keep != duplicate else { throw CurationError.mergeIntoItself(keep) }
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.allegations()
            guard let k = all.firstIndex(where: { $0.id == keep }) else {
                throw CurationError.unknownRecord(kind: "allegation", id: keep)
            }
            guard let d = all.firstIndex(where: { $0.id == duplicate }) else {
                throw CurationError.unknownRecord(kind: "allegation", id: duplicate)
            }
            if let target = all[d].duplicateOf { throw CurationError.alreadyMerged(kind: "allegation", id: duplicate, into: target) }
            if let target = all[k].duplicateOf { throw CurationError.alreadyMerged(kind: "allegation", id: keep, into: target) }
            var kept = all[k]
            for evidence in all[d].evidence where !kept.evidence.contains(evidence) { kept.evidence.append(evidence) }
            kept.products = Self.unique(kept.products + all[d].products)
            kept.firstReported = [kept.firstReported, all[d].firstReported].compactMap { $0 }.min()
            kept.lastReported = [kept.lastReported, all[d].lastReported].compactMap { $0 }.max()
            kept.edited = true
            all[k] = kept
            all[d].duplicateOf = keep
            all[d].edited = true
            all[d].history.append(StatusChange(status: "merged-into:\(keep)", date: now(), source: "manual"))
            try writer.saveAllegations(all)
            return kept
        }
    }

    func apply(_ edit: AllegationEdit, to record: inout Allegation, companies: [Company]) throws {
        if let accusers = edit.accusers { record.accusers = Self.unique(try Self.resolveCompanies(accusers, in: companies)) }
        if let accused = edit.accused { record.accused = Self.unique(try Self.resolveCompanies(accused, in: companies)) }
        if let category = edit.category {
            try Self.checkSlug(category, field: "category")
            if let categories, !categories.contains(category) {
                throw CurationError.invalidValue(
                    field: "category", value: category, expected: "one of \(categories.sorted().joined(separator: ", "))")
            }
            record.category = category
        }
        if let summary = edit.summary { record.summary = summary }
        if let products = edit.products { record.products = Self.unique(products.filter { !$0.isEmpty }) }
        if let first = edit.firstReported { record.firstReported = try Self.date(first) }
        if let status = edit.status, status != record.status {
            record.status = status
            record.history.append(StatusChange(status: status.rawValue, date: now(), source: "manual"))
        }
    }
}
