/// One sentence of a text (a headline without a period is one too).
public struct Sentence: Sendable, Hashable {
    /// The sentence, without surrounding whitespace.
    public var text: String
    /// UTF-8 byte offsets in the text it came from.
    public var utf8Range: Range<Int>

    public init(text: String, utf8Range: Range<Int>) {
        self.text = text
        self.utf8Range = utf8Range
    }
}
