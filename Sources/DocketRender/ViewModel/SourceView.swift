/// A numbered source: an item cited somewhere in the document.
public struct SourceView: Sendable {
    public var number: Int
    /// `[1]`.
    public var ref: String
    public var title: String
    /// The feed's title (or id).
    public var outlet: String
    /// `YYYY-MM-DD`, when the item is dated.
    public var date: String?
    /// http(s) only; nil when the item has no usable link.
    public var link: String?
    /// A Markdown link reference definition (`[1]: https://…`) that makes every `[1]` in the
    /// text a link on GitHub and other CommonMark renderers; nil without a link.
    public var reference: String?
}
