import ArgumentParser
import DocketExtract
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket update`: fetch due feeds, parse, store, extract.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch the feeds that are due, parse them, store new items and extract from them.",
        discussion: """
            Feeds are fetched many at once (at most 2 per host), with conditional GET; a feed that \
            fails backs off (up to 24 h) and a 429/503 Retry-After is honoured. On a terminal a \
            progress line is shown; with --quiet or under cron, only failures are reported, in one \
            line on standard error. Each run is logged as JSON Lines under the knowledge base's logs/.

            Exit status: 0 when the run completed, even if some feeds failed (see `docket feeds status`); \
            1 when the knowledge base could not be read or written, or libcurl cannot be loaded; 75 \
            when another update holds the lock (after --wait seconds).
            """)

    @Flag(help: "Print nothing unless feeds failed.") var quiet = false
    @Option(help: "Concurrent transfers (default: config fetch.jobs, 16).") var jobs: Int?
    @Option(name: .customLong("feed"), help: "Only this feed (id); repeat for several.") var feeds: [String] = []
    @Flag(help: "Fetch now, whatever the schedule says.") var force = false
    @Option(help: "Seconds to wait for another running update.") var wait: Double = 0
    @Option(help: "Contact (e-mail or URL) added to the User-Agent (default: config fetch.contact).") var contact: String?
    @Flag(help: "Print the run's report as JSON.") var json = false
    @Flag(
        name: .customLong("extract"), inversion: .prefixedNo,
        help: "Extract companies, allegations and regulations from the new items (--no-extract: store only; `docket extract --all` catches up).")
    var extract = true
    /// For crash tests: store after this many parsed items (more, smaller writes).
    @Option(help: .hidden) var batchItems: Int?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256") }
        guard wait >= 0 else { throw ValidationError("--wait must be zero or more seconds") }
    }

    func run() async throws {
        let kb = try KnowledgeBaseAccess.open(global)
        let config = try KnowledgeBaseAccess.run { try kb.configuration() }
        var options = UpdateOptions(configuration: config)
        if let jobs { options.jobs = jobs }
        options.force = force
        options.extract = extract
        options.feedIDs = feeds.isEmpty ? nil : feeds
        options.waitForLock = wait
        if let contact { options.contact = contact }
        if let batchItems { options.batchItems = max(1, batchItems) }
        let showProgress = !quiet && !json && Console.stderrIsTerminal
        let report: UpdateReport
        do {
            report = try await UpdatePipeline(knowledgeBase: kb, options: options).run { progress in
                guard showProgress else { return }
                let line = "\rupdating \(progress.done)/\(progress.total) feeds · \(progress.newItems) new items · \(progress.failures) failed"
                Console.errorRaw(line + "\u{1B}[K")
            }
        } catch let error as KnowledgeBaseError {
            if showProgress { Console.errorRaw("\n") }
            throw KnowledgeBaseAccess.exit(for: error)
        } catch let error as UpdateError {
            if case .cannotFetch = error { throw CommandFailure.exit(error.description, code: 1) }
            throw CommandFailure.exit(error.description, code: 2)
        } catch let error as DictionaryError {
            // A hand-edited dictionary that does not load: no feed was fetched.
            if showProgress { Console.errorRaw("\n") }
            throw CommandFailure.exit("\(error)", code: 1)
        }
        if showProgress { Console.errorRaw("\r\u{1B}[K") }

        if json {
            let data = try DocketJSON.encoder().encode(report)
            Console.write(Array(data) + [0x0A])
        }
        let failures = report.failures
        if quiet || !Console.stderrIsTerminal {
            if !failures.isEmpty {
                let names = failures.prefix(3).map(\.feed).joined(separator: ", ")
                let more = failures.count > 3 ? " and \(failures.count - 3) more" : ""
                Console.error(
                    "docket update: \(failures.count) of \(report.feeds.count) feeds failed (\(names)\(more)); see `docket feeds status`")
            }
            return
        }
        for failure in failures { Console.error("docket: \(failure.feed): \(failure.error ?? "failed")") }
        if !json { Console.print(report.summary) }
    }
}
