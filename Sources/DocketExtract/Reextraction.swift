import DocketModel
import Foundation

/// Extraction run again over stored items after the dictionaries change (`docket extract
/// --all`): feed it the items in batches, then merge into the records. Pure (no I/O), so the
/// caller streams items from the store and writes back only what changed.
///
/// - Items whose `companies` differ from what the linker now finds are listed in `companies`
///   (item id → new ids); unchanged items are not.
/// - Findings are merged with `KnowledgeMerger`, which never changes the status, parties,
///   category or products of a record a person confirmed, rejected or edited, and which adds
///   nothing the second time the same findings arrive: running it twice changes nothing.
///
/// ```swift
/// var run = Reextraction(extractor: extractor)
/// try kb.forEachItem { batch.append($0); if batch.count == 512 { run.add(batch); batch = [] } }
/// let result = run.finish(allegations: kb.allegations(), regulations: kb.regulations())
/// ```
public struct Reextraction: Sendable {
    /// What a run found and what it would change.
    public struct Result: Sendable, Hashable {
        /// Items read.
        public var items: Int
        /// Item id → the companies it now mentions, for items whose stored list differs.
        public var companies: [String: [String]]
        /// The allegations and regulations after merging, and the changes made.
        public var merged: KnowledgeMerger.Result
        /// Whether the allegations or regulations differ from the ones given.
        public var recordsChanged: Bool
    }

    public let extractor: Extractor
    private var items = 0
    private var companies: [String: [String]] = [:]
    private var findings: [ItemExtraction] = []

    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// Extracts from a batch of stored items (in parallel).
    public mutating func add(_ batch: [Item]) {
        items += batch.count
        for (item, found) in zip(batch, extractor.extract(items: batch)) {
            if found.companies != item.companies { companies[item.id] = found.companies }
            guard !found.allegations.isEmpty || !found.regulations.isEmpty || !found.statusReports.isEmpty else {
                continue
            }
            // Mentions are only needed while reading; the merge needs the findings.
            var kept = found
            kept.mentions = []
            findings.append(kept)
        }
    }

    /// Merges everything found into the records.
    public func finish(allegations: [Allegation], regulations: [Regulation]) -> Result {
        let merged = extractor.merge(findings, allegations: allegations, regulations: regulations)
        return Result(
            items: items, companies: companies, merged: merged,
            recordsChanged: merged.allegations != allegations || merged.regulations != regulations)
    }
}
