import DocketModel
import Foundation
import Testing

@testable import DocketRender

/// `templates/README.md` documents every field a template can use: each property of the view
/// models a real briefing and a real table are made of appears there as `name`.
@Suite struct TemplateReadmeTests {
    /// Property names of `value` and of every struct it holds (through optionals and lists).
    static func fieldNames(_ value: Any, into names: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection, .set:
            for child in mirror.children { fieldNames(child.value, into: &names) }
        case .struct, .class:
            for child in mirror.children {
                guard let label = child.label else { continue }
                names.insert(label)
                fieldNames(child.value, into: &names)
            }
        default:
            break
        }
    }

    @Test func everyViewModelFieldIsDocumented() throws {
        let readme = try String(contentsOf: Sample.bundledTemplates.appendingPathComponent("README.md"), encoding: .utf8)
        let lookup = Sample.Lookup()
        let briefing = try BriefingBuilder.view(for: Sample.input(), escaper: MarkdownEscaper(style: .commonMark)) { lookup($0) }
        let table = try TableBuilder.view(
            for: TableRequest(kind: .regulation, asOf: Sample.date("2026-11-30")), allegations: Sample.allegations,
            regulations: Sample.regulations, companies: Sample.companies, feeds: Sample.feeds,
            escaper: MarkdownEscaper(style: .commonMark)) { lookup($0) }
        var names: Set<String> = []
        Self.fieldNames(briefing, into: &names)
        Self.fieldNames(table, into: &names)
        #expect(names.count > 60)  // the walk reached the nested views
        for name in names.sorted() {
            #expect(readme.contains("`\(name)`"), "templates/README.md does not document `\(name)`")
        }
    }
}
