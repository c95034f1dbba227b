import DocketModel
import Foundation

/// Joins what extraction found into the knowledge base's records. Pure: records in, records
/// and a change list out; no I/O.
///
/// - **Allegations**: a candidate joins an existing record with the same accusers (ids, or the
///   names of unnamed accusers when there are none), accused and category whose reports lie
///   within `joinWindow` (30 days) of it; otherwise it becomes a new record, whose id
///   (`StableID` of accusers, accused, category and the first report's date) never changes.
///   Joining appends evidence (deduplicated by item and sentence), widens the report dates and
///   adds products.
/// - **Status reports** (denials, outcomes) apply to the most recent matching record (it
///   accuses the denier; the accusers and category agree when the report names them): the
///   change is appended to `history` with its date and item, the evidence is appended, and
///   the status moves forward (candidate → denied → upheld/settled/dismissed, never back).
/// - **Regulations** join by id (following `merged_into`): evidence and milestones are
///   appended; a newer report moves the status, except that an earlier legislative stage never
///   replaces a later one (`passed` does not undo `signed`); delays, repeals, withdrawals and
///   court blocks apply whenever they are newer. Every status seen is kept in `history`.
/// - **People's decisions win.** A record with `edited == true`, or an allegation a person
///   `confirmed` or `rejected`, only ever gains evidence (and, for an allegation, its
///   `last_reported` date and a `history` entry recording the news): its status, parties,
///   category, products, milestones and confidence are never changed.
/// - **Idempotent**: merging the same extractions twice changes nothing the second time and
///   reports no changes.
public struct KnowledgeMerger: Sendable {
    /// Reports of the same allegation this close in time join one record.
    public var joinWindow: TimeInterval

    public init(joinWindow: TimeInterval = 30 * 86_400) {
        self.joinWindow = joinWindow
    }

    /// The records after merging, and what changed.
    public struct Result: Sendable, Hashable {
        public var allegations: [Allegation]
        public var regulations: [Regulation]
        public var changes: [KnowledgeChange]
    }

    public func merge(_ extractions: [ItemExtraction], allegations: [Allegation], regulations: [Regulation]) -> Result {
        var changes: [KnowledgeChange] = []
        let ordered = extractions.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        var records = allegations
        for extraction in ordered {
            for candidate in extraction.allegations {
                mergeAllegation(candidate, into: &records, changes: &changes)
            }
            for report in extraction.statusReports {
                apply(report, to: &records, changes: &changes)
            }
        }
        var rules = regulations
        for extraction in ordered {
            for regulation in extraction.regulations {
                mergeRegulation(regulation, into: &rules, changes: &changes)
            }
        }
        return Result(allegations: records, regulations: rules, changes: changes)
    }

    /// A record a person decided on or edited: evidence only.
    static func isProtected(_ a: Allegation) -> Bool {
        a.edited || a.status == .confirmed || a.status == .rejected
    }

    /// Forward order of machine statuses.
    static func rank(_ status: Allegation.Status) -> Int {
        switch status {
        case .candidate: return 0
        case .denied: return 1
        case .upheld, .settled, .dismissed: return 2
        case .confirmed, .rejected: return 3
        }
    }
}
