/// Limits and choices for one parse. The defaults suit feeds from the open web.
public struct FeedParserOptions: Sendable {
    /// Bytes of input accepted before the parse stops with `FeedParseError.tooLarge`.
    public var maxInputBytes: Int = 64 * 1024 * 1024
    /// Element nesting accepted before the parse stops with `FeedParseError.tooDeep`.
    public var maxDepth: Int = 256
    /// Bytes that internal DTD entities may expand to, over the whole document.
    public var maxEntityExpansion: Int = 1024 * 1024
    /// Diagnostics kept in `ParsedFeed.diagnostics` (all are counted).
    public var maxDiagnostics: Int = 20
    /// Keep each item's markup (links resolved, scripts removed) in `Item.contentHTML`.
    public var keepMarkup: Bool = false

    public init() {}
}
