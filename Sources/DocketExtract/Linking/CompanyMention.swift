/// A place where a text names an organisation.
public struct CompanyMention: Sendable, Hashable {
    /// How the organisation was named.
    public enum Form: String, Sendable, Hashable {
        /// Its name (`Anthropic`).
        case name
        /// One of its aliases (`Facebook` for Meta, `Google DeepMind` for Google).
        case alias
        /// One of its products (`Claude` for Anthropic, `ChatGPT` for OpenAI).
        case product
    }

    /// The company id (after following `merged_into`).
    public var companyID: String
    public var form: Form
    /// The words as the text writes them (`Meta`, `ChatGPT`, `Google DeepMind`).
    public var text: String
    /// The dictionary's spelling of the name or product matched (`Claude Code`).
    public var canonical: String
    /// UTF-8 byte offsets of the words in the text (without a possessive `'s`).
    public var utf8Range: Range<Int>
    /// True when the text wrote a possessive (`Meta's`, `Meta’s`).
    public var isPossessive: Bool

    public init(
        companyID: String, form: Form, text: String, canonical: String, utf8Range: Range<Int>, isPossessive: Bool
    ) {
        self.companyID = companyID
        self.form = form
        self.text = text
        self.canonical = canonical
        self.utf8Range = utf8Range
        self.isPossessive = isPossessive
    }
}
