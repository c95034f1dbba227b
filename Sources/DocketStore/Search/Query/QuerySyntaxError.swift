/// A query that cannot be parsed: what is wrong and the 1-based column (in characters of
/// the query text) where it is, e.g. "unclosed quote at column 14".
public struct QuerySyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, without the position ("unclosed quote").
    public var message: String
    /// 1-based, counted in characters of the query as typed.
    public var column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "\(message) at column \(column)" }
}
