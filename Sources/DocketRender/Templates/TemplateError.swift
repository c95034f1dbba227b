/// A template that cannot be used, with where and why. Rendering stops before anything is
/// written.
public enum TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template does not parse: file, line and column of the problem.
    case syntax(path: String, line: Int, column: Int, message: String, excerpt: String)
    /// The template includes a partial (`{{> name}}`) no template folder has.
    case missingPartial(path: String, line: Int, partial: String)
    /// No template of that name, and no file at that path.
    case notFound(name: String, available: [String])
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let path, let line, let column, let message, let excerpt):
            let shown = PlainText.oneLine(excerpt, limit: 80)
            return "\(path):\(line):\(column): \(message)" + (shown.isEmpty ? "" : " in \"\(shown)\"")
        case .missingPartial(let path, let line, let partial):
            return "\(path):\(line): the partial '\(partial)' is not in any template folder"
        case .notFound(let name, let available):
            return "no template '\(name)'; the templates are \(available.joined(separator: ", ")) (or give a path to a .mustache file)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the template (\(reason))"
        }
    }
}
