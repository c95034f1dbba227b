import ArgumentParser
import DocketModel
import DocketRender
import DocketStore
import Foundation

/// `docket table`: company comparison tables, or the regulation table.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Compare companies on a topic (Company | Product | Strategy), or regulations.",
        discussion: """
            For allegations (the default), one row per company involved in the topic's allegations: \
            its products, its role (accuser, accused) and what it is said to have done, with numbered \
            sources. Without --topic, one table per category. --company (repeatable) shows those \
            companies' rows only, in that order, each even if it is in no allegation.

            Columns for allegations: company, product, role, strategy, claim, status, category, \
            counterparty, sources, first-reported (default: company,product,strategy).
            Columns for regulations: jurisdiction, instrument, title, status, next-milestone, body, \
            topics, sources (default: jurisdiction,instrument,status,next-milestone).
            """)

    @Option(help: ArgumentHelp("allegation or regulation.", valueName: "kind")) var kind: String = "allegation"
    @Option(help: ArgumentHelp("A category (distillation, copyright, …) or, for regulations, a topic.", valueName: "topic"))
    var topic: String?
    @Option(name: .customLong("company"), help: ArgumentHelp("A company id (or name); repeat for several.", valueName: "id"))
    var companies: [String] = []
    @Option(help: ArgumentHelp("Columns, comma-separated or repeated.", valueName: "list")) var columns: [String] = []
    @Option(help: ArgumentHelp("Count the next milestone from this day (YYYY-MM-DD; default: today).", valueName: "date"))
    var asOf: String?
    @Flag(help: "Leave out allegations that are still candidates (not yet reviewed).") var confirmedOnly = false
    @Option(help: ArgumentHelp("Replaces the title.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("markdown or html.", valueName: "format")) var format: String = "markdown"
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("A template name or a path to a .mustache file (default: table, or regulations-table).", valueName: "name|path"))
    var template: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let kind = TableRequest.Kind(rawValue: kind.lowercased()) else {
            throw CommandFailure.exit("unknown kind '\(self.kind)'; use allegation or regulation", code: 2)
        }
        let format = try RenderAccess.format(format)
        var day = Date()
        if let asOf {
            guard let parsed = ISO8601.date(from: asOf) else {
                throw CommandFailure.exit("\"\(asOf)\" is not a date: use YYYY-MM-DD", code: 2)
            }
            day = parsed
        }
        let kb = try KnowledgeBaseAccess.open(global)
        let templates = try RenderAccess.templates(
            template, defaultName: kind == .allegation ? "table" : "regulations-table", kb: kb)
        let request = TableRequest(
            kind: kind, topic: topic, companies: companies, columns: columns.isEmpty ? nil : columns, asOf: day,
            confirmedOnly: confirmedOnly, title: title)
        let lookup = try KnowledgeBaseAccess.run { try RenderAccess.itemLookup(kb) }
        let document = try KnowledgeBaseAccess.run {
            do {
                return try BriefingRenderer(templates: templates).table(
                    request, allegations: kind == .allegation ? try kb.allegations() : [],
                    regulations: kind == .regulation ? try kb.regulations() : [], companies: try kb.companies(),
                    feeds: try kb.feeds(), format: format, lookup: lookup)
            } catch let error as TableRequestError {
                throw CommandFailure.exit(error.description, code: 2)
            }
        }
        try RenderAccess.deliver(document, to: output)
    }
}
