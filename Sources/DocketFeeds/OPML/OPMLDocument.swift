/// A list of feed subscriptions, as read from or written to an OPML 2.0 file.
///
/// OPML is how feed readers exchange subscription lists: `docket feeds import`
/// reads one and `docket feeds export` writes one. Docket keeps only what it
/// needs from the format: the list's title and, for every feed, its URL, the
/// site it belongs to, a title, a description and a list of tags.
///
/// Folders (outlines without a feed URL) and `category` attributes are both
/// turned into tags when reading; when writing, tags become nested folders, so
/// that reading the written text gives back an equal document (see
/// ``xml()``).
public struct OPMLDocument: Sendable, Hashable {
    /// The list's title, from `<head><title>`; `nil` when absent or blank.
    public var title: String?

    /// The feeds, in document order, each feed URL once.
    public var subscriptions: [Subscription]

    /// Creates a subscription list.
    public init(title: String? = nil, subscriptions: [Subscription] = []) {
        self.title = title
        self.subscriptions = subscriptions
    }
}
