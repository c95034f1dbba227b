extension OPMLDocument {
    /// One feed in a subscription list: an `<outline>` that carries a feed URL.
    public struct Subscription: Sendable, Hashable {
        /// The feed's name: the outline's `title` attribute, else its `text`;
        /// `nil` when both are absent or blank.
        public var title: String?

        /// The feed's URL (`xmlUrl`), exactly as the file gives it, trimmed of
        /// surrounding whitespace. It is not checked here: whoever fetches it
        /// decides which schemes are allowed.
        public var xmlURL: String

        /// The web site the feed belongs to (`htmlUrl`), if given.
        public var htmlURL: String?

        /// The tags, outermost folder first, then those from the `category`
        /// attribute; each tag once, in order of first appearance.
        public var tags: [String]

        /// The outline's `description` attribute, if given.
        public var description: String?

        /// The outline's `type` attribute (`rss` for feeds in OPML 2.0),
        /// `nil` when the file had none.
        public var type: String?

        /// Creates a subscription. `type` defaults to `rss`, which OPML 2.0
        /// uses for every feed whatever its format.
        public init(
            title: String? = nil,
            xmlURL: String,
            htmlURL: String? = nil,
            tags: [String] = [],
            description: String? = nil,
            type: String? = "rss"
        ) {
            self.title = title
            self.xmlURL = xmlURL
            self.htmlURL = htmlURL
            self.tags = tags
            self.description = description
            self.type = type
        }
    }
}
