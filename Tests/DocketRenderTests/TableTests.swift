import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct TableTests {
    func render(_ request: TableRequest, format: OutputFormat = .markdown, template: String = "table") throws -> String {
        let lookup = Sample.Lookup()
        return try Sample.renderer(template).table(
            request, allegations: Sample.allegations, regulations: Sample.regulations, companies: Sample.companies,
            feeds: Sample.feeds, format: format) { lookup($0) }
    }

    @Test func distillationTableMatchesTheGoldenFile() throws {
        let out = try render(TableRequest(topic: "distillation", asOf: Sample.date("2026-11-30")))
        try Golden.check(out, "table-distillation.md")
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table[0] == ["Company", "Product", "Strategy (distillation)"])
        // Most recently reported dispute first; accuser, then accused.
        #expect(table.dropFirst(2).map { $0[0] } == ["Anthropic", "Alibaba", "OpenAI", "DeepSeek"])
        #expect(table.dropFirst(2).map { $0[1] } == ["Claude", "Qwen", "GPT-5", "R2"])
        #expect(table[2][2].hasPrefix("accuser: accuses Alibaba ["))
        #expect(table[3][2].hasPrefix("accused: Anthropic said Alibaba"))
        #expect(table[5][2].hasPrefix("accused, unconfirmed: OpenAI says DeepSeek distilled"))
    }

    @Test func rowsCiteDistinctReportsAndTheSourceOfTheirText() throws {
        // Many sentences of the newest report, and the first report the row's text comes from.
        var a = Sample.allegations[0]
        a.evidence = [a.evidence[0]] + (1...5).map {
            Evidence(item: "i11", sentence: "The dispute continued (\($0)).", date: Sample.date("2026-11-26T09:00:00Z"))
        }
        let lookup = Sample.Lookup()
        let out = try Sample.renderer("table").table(
            TableRequest(topic: "distillation", asOf: Sample.date("2026-11-30")), allegations: [a], regulations: [],
            companies: Sample.companies, feeds: Sample.feeds, format: .markdown) { lookup($0) }
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table[3][2] == "accused: Anthropic said Alibaba's Qwen team queried Claude millions of times to learn from its answers. [1] [2]")
        #expect(out.contains("1. [Anthropic says Alibaba queried Claude at scale to train Qwen]"))
        #expect(out.contains("2. [Alibaba distillation dispute, day two]"))
        #expect(Set(lookup.calls) == ["i1", "i11"])
    }

    @Test func everyCategoryWithoutTopic() throws {
        let out = try render(TableRequest(asOf: Sample.date("2026-11-30")))
        let tables = MarkdownInspector.tables(out)
        #expect(tables.map { $0[0][2] } == ["Strategy (distillation)", "Strategy (copyright)", "Strategy (safety)", "Strategy (scraping)"])
        #expect(!out.contains("Apple") && !out.contains("rumour"))  // rejected
    }

    @Test func companiesSelectRowsInTheirOrder() throws {
        let request = TableRequest(
            topic: "distillation", companies: ["alibaba", "Anthropic", "meta"], columns: ["company", "role,counterparty", "sources"],
            asOf: Sample.date("2026-11-30"))
        let out = try render(request)
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table[0] == ["Company", "Role", "Counterparty", "Sources"])
        #expect(table.dropFirst(2).map { $0[0] } == ["Alibaba", "Anthropic", "Meta"])
        #expect(table[2][1] == "accused" && table[2][2] == "Anthropic")
        #expect(table[4][1] == "—")  // Meta is in no distillation dispute
        #expect(out.contains("Companies: Alibaba, Anthropic and Meta."))
    }

    @Test func unknownColumnOrCompanyIsAUsageError() throws {
        #expect(throws: TableRequestError.unknownColumn("colour", allowed: AllegationColumn.allCases.map(\.rawValue))) {
            try render(TableRequest(columns: ["company,colour"], asOf: Sample.date("2026-11-30")))
        }
        #expect(throws: TableRequestError.unknownCompany("initech")) {
            try render(TableRequest(companies: ["initech"], asOf: Sample.date("2026-11-30")))
        }
    }

    @Test func regulationTableMatchesTheGoldenFile() throws {
        let out = try render(TableRequest(kind: .regulation, asOf: Sample.date("2026-11-30")), template: "regulations-table")
        try Golden.check(out, "table-regulations.md")
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table[0] == ["Jurisdiction", "Instrument", "Status", "Next milestone"])
        #expect(table.dropFirst(2).map { $0[0] } == ["EU", "GB", "US-CA"])
        #expect(table[2][3] == "2026-12-15: Codes of practice for general-purpose models due")
        // Later, the next milestone moves on.
        let later = try render(TableRequest(kind: .regulation, asOf: Sample.date("2026-12-16")), template: "regulations-table")
        #expect(MarkdownInspector.tables(later).first?[2][3] == "2027-08-02: High-risk obligations apply")
        // Without a sources column nothing is cited, so no source list (and no item is read).
        #expect(!out.contains("## Sources"))
    }

    @Test func regulationSourcesColumnCitesAndListsSources() throws {
        let request = TableRequest(kind: .regulation, columns: ["jurisdiction,status,sources"], asOf: Sample.date("2026-11-30"))
        let out = try render(request, template: "regulations-table")
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table[0] == ["Jurisdiction", "Status", "Sources"])
        #expect(table[2] == ["EU", "in-force", "[1]"])
        #expect(table[4] == ["US-CA", "signed", "[2]"])
        #expect(out.contains("## Sources"))
        #expect(out.contains("1. [Commission sets date for general-purpose AI codes](https://eu.example/gpai-codes)"))
    }

    @Test func regulationTopicFilter() throws {
        let out = try render(TableRequest(kind: .regulation, topic: "transparency", asOf: Sample.date("2026-11-30")), template: "regulations-table")
        let table = try #require(MarkdownInspector.tables(out).first)
        #expect(table.count == 3)
        #expect(table[2][0] == "US-CA")
    }

    @Test func htmlTableIsARealTable() throws {
        let out = try render(TableRequest(topic: "distillation", asOf: Sample.date("2026-11-30")), format: .html)
        #expect(MarkdownInspector.htmlTableShapes(out) == [[3, 3, 3, 3, 3]])
        #expect(out.contains("<th>Strategy (distillation)</th>"))
    }
}
