import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct TemplateTests {
    @Test func bundledTemplatesAreFoundAndParse() throws {
        let names = try TemplateLibrary.available(userFolder: nil)
        for name in ["weekly", "table", "regulations-table", "allegation", "regulation", "source", "table-body"] {
            #expect(names.contains(name))
            let library = try TemplateLibrary.load(template: name, defaultName: "weekly", userFolder: nil)
            #expect(library.main == name)
        }
        // The resources copied into the bundle are the files in the source tree.
        let bundled = try #require(TemplateLibrary.bundledTemplatesFolder)
        for name in ["weekly.md.mustache", "allegation.md.mustache"] {
            #expect(
                FileManager.default.contents(atPath: bundled.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: Sample.bundledTemplates.appendingPathComponent(name).path))
        }
    }

    @Test func brokenTemplateIsReportedWithItsFileAndLine() throws {
        let tmp = try TemporaryFolder()
        let file = try tmp.write("# {{title}}\n\n{{#allegations}}\n- {{headline}\n{{/allegations}}\n", to: "broken.md.mustache")
        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: file.path, defaultName: "weekly", userFolder: nil)
        }
        guard case .syntax(let path, let line, _, _, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect(line == 4)
        #expect(error?.description.hasPrefix("\(file.path):4:") == true)
    }

    @Test func unclosedSectionAndBadPartialAreReported() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("line one\n{{#allegations}}\n{{headline}}\n", to: "templates/unclosed.md.mustache")
        try tmp.write("ok\n\n{{> nowhere}}\n", to: "templates/partial.md.mustache")
        let folder = tmp.url.appendingPathComponent("templates")
        let unclosed = #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: "unclosed", defaultName: "weekly", userFolder: folder)
        }
        #expect(unclosed?.description.contains("unclosed.md.mustache:") == true)
        #expect(unclosed?.description.contains("never closed") == true)
        let missing = #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: "partial", defaultName: "weekly", userFolder: folder)
        }
        #expect(missing == .missingPartial(path: folder.appendingPathComponent("partial.md.mustache").path, line: 3, partial: "nowhere"))
        // A broken template the rendering does not use does not get in the way.
        #expect(try TemplateLibrary.load(template: nil, defaultName: "weekly", userFolder: folder).main == "weekly")
    }

    @Test func brokenPartialOfTheDefaultTemplateStopsTheRendering() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("{{#headline}}\n", to: "allegation.md.mustache")
        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: nil, defaultName: "weekly", userFolder: tmp.url)
        }
        #expect(error?.description.contains(tmp.url.appendingPathComponent("allegation.md.mustache").path) == true)
    }

    @Test func unknownNameListsTheTemplates() throws {
        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: "montly", defaultName: "weekly", userFolder: nil)
        }
        #expect(error?.description.contains("weekly") == true)
        #expect(throws: TemplateError.self) {
            try TemplateLibrary.load(template: "/no/such/file.md.mustache", defaultName: "weekly", userFolder: nil)
        }
    }

    @Test func knowledgeBaseTemplatesOverrideBundledOnesByName() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("* {{headline}} ({{status}})\n", to: "allegation.md.mustache")
        try tmp.write("{{title}}: {{#allegations}}{{id}} {{/allegations}}\n", to: "short.md.mustache")
        let lookup = Sample.Lookup()
        let overridden = BriefingRenderer(templates: try TemplateLibrary.load(template: nil, defaultName: "weekly", userFolder: tmp.url))
        let doc = try overridden.briefing(Sample.input(), format: .markdown) { lookup($0) }.document
        #expect(doc.contains("* Anthropic → Alibaba (confirmed)\n"))
        #expect(!doc.contains("### Anthropic → Alibaba"))
        #expect(doc.contains("## Sources"))  // the rest is still the bundled weekly template
        let short = BriefingRenderer(templates: try TemplateLibrary.load(template: "short", defaultName: "weekly", userFolder: tmp.url))
        let text = try short.briefing(Sample.input(), format: .markdown) { lookup($0) }.document
        #expect(text == "Docket briefing: 2026-W48: a-distill-alibaba a-meta-copyright a-distill-deepseek a-mistral-scraping \n")
    }

    @Test func templateByPathUsesItsFolderForPartials() throws {
        let tmp = try TemporaryFolder()
        let file = try tmp.write("{{#sources}}{{> source}}{{/sources}}", to: "mine/brief.md.mustache")
        try tmp.write("<{{number}}> {{title}}\n", to: "mine/source.md.mustache")
        let lookup = Sample.Lookup()
        let renderer = BriefingRenderer(templates: try TemplateLibrary.load(template: file.path, defaultName: "weekly", userFolder: nil))
        let doc = try renderer.briefing(Sample.input(), format: .markdown) { lookup($0) }.document
        #expect(doc.hasPrefix("<1> Anthropic says Alibaba queried Claude at scale to train Qwen\n<2> "))
    }

    @Test func valuesPrintTheSameWithDoubleAndTripleBraces() throws {
        let tmp = try TemporaryFolder()
        let file = try tmp.write("{{title}}|{{{title}}}|{{& title}}", to: "t.md.mustache")
        var input = Sample.input()
        input.options.title = "A & B <c> \"d\""
        let lookup = Sample.Lookup()
        let renderer = BriefingRenderer(templates: try TemplateLibrary.load(template: file.path, defaultName: "weekly", userFolder: nil))
        let doc = try renderer.briefing(input, format: .markdown) { lookup($0) }.document
        #expect(doc == "A & B &lt;c&gt; \"d\"|A & B &lt;c&gt; \"d\"|A & B &lt;c&gt; \"d\"\n")
    }
}
