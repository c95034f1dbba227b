/// One template's text and where it came from.
struct TemplateFile: Sendable, Hashable {
    /// The name partials use: the file name without `.mustache` and `.md`/`.html`
    /// (`allegation.md.mustache` is `allegation`).
    var name: String
    var path: String
    var text: String

    static func name(ofFile fileName: String) -> String? {
        guard fileName.hasSuffix(".mustache"), !fileName.hasPrefix(".") else { return nil }
        var name = String(fileName.dropLast(".mustache".count))
        for ext in [".md", ".markdown", ".html", ".txt"] where name.hasSuffix(ext) {
            name = String(name.dropLast(ext.count))
        }
        return name.isEmpty ? nil : name
    }
}
