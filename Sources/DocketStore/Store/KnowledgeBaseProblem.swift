/// One thing `KnowledgeBase.verify()` found wrong: the file, the line when known, and what.
public struct KnowledgeBaseProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// 1-based, when known.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
