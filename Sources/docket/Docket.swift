import ArgumentParser
import DocketModel

/// The `docket` command line: a thin front end over the Docket libraries.
///
/// Each subcommand lives in `Commands/`, parses its arguments, runs one library call or
/// pipeline, prints the outcome and maps it to an exit code (0 success, 1 failure,
/// 2 usage error).

struct Docket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Track an industry's incidents and regulation from news and policy feeds.",
        discussion: """
            Docket fetches RSS and Atom feeds, keeps a local JSON knowledge base of allegations, \
            companies and regulations (each traceable to its sources), and renders Markdown briefings.

            Start with `docket init`, `docket feeds add URL` (or `docket init --with-default-feeds`), \
            `docket update`, then `docket search`, `docket review` and `docket brief`.
            """,
        version: DocketInfo.version,
        subcommands: [
            InitCommand.self, FeedsCommand.self, UpdateCommand.self, ParseCommand.self, KBCommand.self,
            ExtractCommand.self, AllegationsCommand.self, RegulationsCommand.self, CompaniesCommand.self, ReviewCommand.self,
            ConfigCommand.self, CronCommand.self, SearchCommand.self, WatchCommand.self,
            BriefCommand.self, TableCommand.self, ExportCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}
