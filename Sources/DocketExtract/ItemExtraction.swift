import DocketModel
import Foundation

/// What extraction learned from one item.
public struct ItemExtraction: Sendable, Hashable {
    /// The item's id.
    public var item: String
    /// The item's date (published, else updated, else fetched), used for evidence and joining.
    public var date: Date?
    /// Ids of the organisations the item mentions, sorted: what the pipeline stores in `Item.companies`.
    /// Legislatures are left out (they are context for regulations, not parties).
    public var companies: [String]
    /// Where each organisation is mentioned.
    public var mentions: [CompanyMention]
    /// Candidate allegations (status `candidate`, or `denied` when the item also reports a denial).
    public var allegations: [Allegation]
    /// Denials and outcomes that move existing allegations on.
    public var statusReports: [AllegationStatusReport]
    /// Regulation moves, one per instrument.
    public var regulations: [Regulation]

    public init(
        item: String, date: Date?, companies: [String], mentions: [CompanyMention] = [], allegations: [Allegation] = [],
        statusReports: [AllegationStatusReport] = [], regulations: [Regulation] = []
    ) {
        self.item = item
        self.date = date
        self.companies = companies
        self.mentions = mentions
        self.allegations = allegations
        self.statusReports = statusReports
        self.regulations = regulations
    }
}
