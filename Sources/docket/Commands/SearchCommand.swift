import ArgumentParser
import DocketModel
import DocketStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `docket search QUERY`: ranked, highlighted results from the knowledge base.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search items, allegations, regulations and companies.",
        discussion: """
            Words must all match; "exact phrase"; -excluded; a OR b; (groups); filters \
            company:ID category:NAME jurisdiction:EU status:confirmed feed:ID kind:item \
            since:2026-09-01 until:2026-10 (dates YYYY-MM-DD, YYYY-MM or YYYY, inclusive). \
            Case, accents, plurals and possessives are ignored. Quote the whole query, or put it \
            after `--` when it starts with '-':

              docket search 'distillation company:alibaba since:2026-09'
              docket search -- '-rumour "export controls" (chips OR semiconductor)'

            Results are grouped by kind (allegations, regulations, companies, items), each ranked \
            by BM25 (title above body, newer first on ties) with the matches in bold. --json prints \
            JSON Lines: kind, id, score, title, date, snippet, highlights ([start, end) code point \
            offsets into snippet), title_highlights, and link and feed for items.

            Exit status: 0 (also when nothing matched), 1 when the knowledge base cannot be read, \
            2 for a malformed query ("unclosed quote at column 14").
            """)

    @Argument(help: "The query.") var query: [String] = []
    @Option(help: "Only this kind: item, allegation, regulation or company.") var kind: String?
    @Option(help: "Only records dated on or after this day or month (YYYY-MM-DD or YYYY-MM).") var since: String?
    @Option(help: "Only records dated up to this day or month, inclusive.") var until: String?
    @Option(help: "At most this many results per kind.") var limit = 20
    @Flag(help: "Print JSON Lines, one result a line.") var json = false
    @Option(help: .hidden) var benchQueries: String?
    @Option(help: .hidden) var benchRuns = 10
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be zero or more") }
        guard benchRuns >= 1 else { throw ValidationError("--bench-runs must be at least 1") }
        if let kind, SearchKind(name: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; use item, allegation, regulation or company")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, SearchOptions.dateRange(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
        if benchQueries == nil && query.joined(separator: " ").allSatisfy(\.isWhitespace) {
            throw ValidationError("give a query, e.g. docket search 'distillation company:alibaba'")
        }
    }

    var options: SearchOptions {
        var options = SearchOptions(limit: limit)
        if let kind, let k = SearchKind(name: kind) { options.kinds = [k] }
        options.since = since.flatMap { SearchOptions.dateRange($0)?.lowerBound }
        options.until = until.flatMap { SearchOptions.dateRange($0)?.upperBound }
        return options
    }

    func run() throws {
        if let benchQueries { return try bench(benchQueries) }
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(query.joined(separator: " "))
        } catch {
            throw CommandFailure.exit(error.description, code: 2)
        }
        let kb = try KnowledgeBaseAccess.open(global)
        let results = try KnowledgeBaseAccess.run { try kb.search(parsed, options: options) }
        for warning in results.warnings { Console.error("docket: warning: " + warning) }
        if json {
            Console.write(results.all.flatMap { $0.jsonLine() })
            return
        }
        guard !results.groups.isEmpty else {
            Console.error("docket: nothing matches \(parsed.text)")
            return
        }
        let bold = Console.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        Console.write(Array(results.text(bold: bold).utf8))
    }

    /// Hidden `--bench-queries FILE`: runs each query of the file (one a line; `#` comments)
    /// `--bench-runs` times in this process and prints one JSON line per query with the
    /// wall time (`ms`) and the CPU time (`cpu_ms`) of each run in milliseconds (parse, open,
    /// rank, snippets).
    private func bench(_ file: String) throws {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw CommandFailure.exit("\(file): cannot read the file")
        }
        let kb = try KnowledgeBaseAccess.open(global)
        let options = options
        for line in text.split(separator: "\n") {
            let q = line.trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty, !q.hasPrefix("#") else { continue }
            var timings: [Double] = []
            var cpu: [Double] = []
            var matched = 0
            for _ in 0..<benchRuns {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = Self.cpuMilliseconds()
                let results = try KnowledgeBaseAccess.run { try kb.search(q, options: options) }
                timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                cpu.append(Self.cpuMilliseconds() - cpuStart)
                matched = results.groups.reduce(0) { $0 + $1.total }
            }
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("query")
            writer.string(q)
            writer.key("matched")
            writer.number(Int64(matched))
            writer.key("ms")
            writer.beginArray()
            for t in timings { writer.number((t * 1000).rounded() / 1000) }
            writer.endArray()
            writer.key("cpu_ms")
            writer.beginArray()
            for t in cpu { writer.number((t * 1000).rounded() / 1000) }
            writer.endArray()
            writer.endObject()
            writer.newline()
            Console.write(writer.take())
        }
    }

    /// CPU time the process has used, in milliseconds (every thread: a query over many
    /// postings is ranked on several): what a query costs without the wait for a core on a
    /// busy machine.
    private static func cpuMilliseconds() -> Double {
        #if canImport(Glibc)
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
        #else
            return 0
        #endif
    }
}
