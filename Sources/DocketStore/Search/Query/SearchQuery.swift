/// A parsed search query: the text as typed and its syntax tree.
///
/// ```swift
/// let query = try SearchQuery("distillation company:alibaba since:2026-09 -\"open source\"")
/// ```
///
/// Syntax (DESIGN.md, "Query syntax for search"): words side by side must all match;
/// `"exact phrase"`; `-excluded` (a word, phrase, filter or group); `OR` between
/// alternatives (binds looser than the implicit AND; `AND` may be written); parentheses;
/// field filters `company:`, `category:`, `jurisdiction:`, `status:`, `feed:`, `kind:`,
/// `since:` and `until:` (dates `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, both ends inclusive;
/// a value with spaces is quoted: `company:"Google DeepMind"`). Matching ignores case and
/// diacritics and folds plurals and possessives (`Alibaba's allegations` finds "alibaba
/// allegation"). An unknown `field:` is ordinary text.
public struct SearchQuery: Sendable, Hashable, CustomStringConvertible {
    /// The query as typed.
    public let text: String
    /// Its syntax tree.
    public let root: QueryNode

    /// Parses `text`; throws `QuerySyntaxError` (with a column) when it is malformed.
    public init(_ text: String) throws(QuerySyntaxError) {
        self.text = text
        self.root = try QueryParser.parse(text)
    }

    public var description: String { root.description }
}
