/// A seed dictionary that cannot be used, with the file it came from.
public struct DictionaryError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The file is not there.
        case missing
        /// The file is not valid JSON of the expected shape.
        case malformed(String)
        /// The JSON is well formed but its content cannot be used (duplicate ids, empty names).
        case invalid(String)
    }

    /// The file name (`companies.json`) or path.
    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing: return "\(file): dictionary file not found"
        case .malformed(let detail): return "\(file): malformed dictionary: \(detail)"
        case .invalid(let detail): return "\(file): invalid dictionary: \(detail)"
        }
    }
}
