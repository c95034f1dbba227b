import DocketModel

/// Everything a briefing is made from, as plain values: the records (small files), the
/// previous briefing's snapshot, counts of the period's items, and saved-search matches.
/// Items themselves are fetched on demand through an `ItemLookup`.
public struct BriefingInput: Sendable {
    public var period: BriefingPeriod
    public var allegations: [Allegation]
    public var regulations: [Regulation]
    public var companies: [Company]
    public var feeds: [Feed]
    /// The latest snapshot recorded for a period that ended before this one (see
    /// `BriefingArchive.latest(before:)`); nil when there is none.
    public var previous: BriefingSnapshot?
    /// Items published in the period; nil when not counted (the summary then leaves the
    /// item counts out).
    public var itemCounts: ItemCounts?
    /// Saved searches and what they matched in the period; empty leaves the section out.
    public var watches: [WatchMatches]
    public var options: BriefingOptions

    public init(
        period: BriefingPeriod, allegations: [Allegation], regulations: [Regulation], companies: [Company],
        feeds: [Feed], previous: BriefingSnapshot? = nil, itemCounts: ItemCounts? = nil, watches: [WatchMatches] = [],
        options: BriefingOptions = BriefingOptions()
    ) {
        self.period = period
        self.allegations = allegations
        self.regulations = regulations
        self.companies = companies
        self.feeds = feeds
        self.previous = previous
        self.itemCounts = itemCounts
        self.watches = watches
        self.options = options
    }
}
