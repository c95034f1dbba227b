import DocketModel
import Foundation

/// Renders briefings and tables with Mustache templates, as Markdown or as HTML.
///
/// ```swift
/// let templates = try TemplateLibrary.load(template: nil, defaultName: "weekly", userFolder: kbTemplates)
/// let renderer = BriefingRenderer(templates: templates)
/// let brief = try renderer.briefing(input, format: .markdown) { try kb.item(id: $0) }
/// // brief.document: the text; brief.snapshot: to keep in briefs/ for the next briefing
/// ```
///
/// The view model is built with the escaping the format needs (`MarkdownEscaper(for:)`), so
/// feed text cannot break out of its place in either output. Rendering is pure: nothing is
/// written; a template that does not parse fails in `TemplateLibrary.load`, before any output.
public struct BriefingRenderer: Sendable {
    public let templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The briefing for `input`, and the snapshot to record for it.
    public func briefing(
        _ input: BriefingInput, format: OutputFormat, lookup: @escaping ItemLookup
    ) throws -> RenderedBriefing {
        let view = try BriefingBuilder.view(for: input, escaper: MarkdownEscaper(for: format), lookup: lookup)
        let document = finish(templates.render(view), title: view.title, format: format)
        return RenderedBriefing(document: document, snapshot: BriefingBuilder.snapshot(for: input), view: view)
    }

    /// The tables `docket table` asks for.
    public func table(
        _ request: TableRequest, allegations: [Allegation], regulations: [Regulation], companies: [Company], feeds: [Feed],
        format: OutputFormat, lookup: @escaping ItemLookup
    ) throws -> String {
        let view = try TableBuilder.view(
            for: request, allegations: allegations, regulations: regulations, companies: companies, feeds: feeds,
            escaper: MarkdownEscaper(for: format), lookup: lookup)
        return finish(templates.render(view), title: view.title, format: format)
    }

    /// Markdown as rendered (one final newline), or the HTML page made from it.
    func finish(_ markdown: String, title: String, format: OutputFormat) -> String {
        var text = markdown
        while text.hasSuffix("\n\n") { text.removeLast() }
        if !text.hasSuffix("\n") { text += "\n" }
        return format == .html ? HTMLPage.make(markdown: text, title: title) : text
    }
}
