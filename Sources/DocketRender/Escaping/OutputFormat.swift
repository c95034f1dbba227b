/// What a rendering produces: Markdown from the templates, or that Markdown turned into an
/// HTML page by Ink.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case markdown
    case html
}
