import DocketModel

/// What one saved search ("watch", `docket watch add NAME QUERY`) matched in a briefing's
/// period: the command fills it from the watch store; the briefing lists it as given.
public struct WatchMatches: Sendable, Hashable {
    /// The watch's name (`alibaba-distillation`).
    public var name: String
    /// Its query, as the user wrote it.
    public var query: String
    /// The items it matched in the period, in the order to show them (the briefing shows at
    /// most `BriefingOptions.watchItemLimit` and says how many more there were).
    public var items: [Item]
    /// How many items matched in all, when more were matched than handed over; nil means
    /// `items.count`.
    public var total: Int?

    public init(name: String, query: String, items: [Item], total: Int? = nil) {
        self.name = name
        self.query = query
        self.items = items
        self.total = total
    }
}
