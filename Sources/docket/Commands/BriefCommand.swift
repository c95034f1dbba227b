import ArgumentParser
import DocketModel
import DocketRender
import DocketStore
import Foundation

/// `docket brief`: the briefing for a week or a range of days.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Render the briefing for a week (default: the last complete ISO week) or a range of days.",
        discussion: """
            The briefing summarises the period, says what changed since the last briefing, lists \
            allegations and regulation developments with numbered sources, upcoming milestones, the \
            company comparison tables and a Mermaid timeline.

            Each briefing rendered is recorded under the knowledge base's briefs/ (the document and a \
            small snapshot of statuses and milestones), whether it goes to standard output or to -o; \
            the next briefing compares with the latest one recorded for a period that ended before \
            its own. --no-record renders without recording. The same knowledge base and arguments \
            give the same bytes.

            Templates: --template NAME looks in the knowledge base's templates/ folder, then in \
            Docket's own; --template PATH renders that file. See templates/README.md.
            """)

    @Option(help: ArgumentHelp("An ISO week, e.g. 2026-W48.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("The first day of the period (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("The last day of the period, included (YYYY-MM-DD; default: today).", valueName: "date"))
    var until: String?
    @Option(help: ArgumentHelp("markdown or html.", valueName: "format")) var format: String = "markdown"
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("A template name or a path to a .mustache file (default: weekly).", valueName: "name|path"))
    var template: String?
    @Flag(help: "Do not record this briefing under the knowledge base's briefs/.") var noRecord = false
    @Flag(help: "Leave out allegations that are still candidates (not yet reviewed).") var confirmedOnly = false
    @Option(help: ArgumentHelp("Replaces the title.", valueName: "text")) var title: String?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if week != nil, since != nil || until != nil {
            throw ValidationError("give either --week or --since/--until, not both")
        }
        if until != nil, since == nil { throw ValidationError("--until needs --since") }
        guard OutputFormat(rawValue: format) != nil else { throw ValidationError("--format must be markdown or html") }
    }

    func run() throws {
        let period: BriefingPeriod
        do {
            if let week {
                period = try BriefingPeriod(week: week)
            } else if let since {
                period = try BriefingPeriod(since: since, until: until ?? ISO8601.dateString(from: Date()))
            } else {
                period = BriefingPeriod.lastCompleteWeek(before: Date())
            }
        } catch let error as BriefingPeriodError {
            throw CommandFailure.exit(error.description, code: 2)
        }
        let format = OutputFormat(rawValue: format) ?? .markdown
        let kb = try KnowledgeBaseAccess.open(global)
        let templates = try RenderAccess.templates(template, defaultName: "weekly", kb: kb)
        let archive = BriefingArchive(folder: kb.briefsURL)
        var options = BriefingOptions()
        options.confirmedOnly = confirmedOnly
        options.title = title
        let lookup = try KnowledgeBaseAccess.run { try RenderAccess.itemLookup(kb) }
        let brief = try KnowledgeBaseAccess.run {
            let input = BriefingInput(
                period: period, allegations: try kb.allegations(), regulations: try kb.regulations(),
                companies: try kb.companies(), feeds: try kb.feeds(), previous: try archive.latest(before: period.end),
                itemCounts: try RenderAccess.itemCounts(kb, period),
                watches: try RenderAccess.watchMatches(kb, period, limit: options.watchItemLimit, lookup: lookup),
                options: options)
            return try BriefingRenderer(templates: templates).briefing(input, format: format, lookup: lookup)
        }
        try RenderAccess.deliver(brief.document, to: output)
        if !noRecord {
            try KnowledgeBaseAccess.run { try archive.record(brief.snapshot, document: brief.document, format: format) }
        }
    }
}
