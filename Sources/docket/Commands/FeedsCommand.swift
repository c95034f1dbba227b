import ArgumentParser
import DocketFeeds
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket feeds …`: the subscriptions.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Add, remove, list, import and export the feeds Docket follows.",
        subcommands: [Add.self, Remove.self, List.self, Import.self, Export.self, Status.self],
        defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Subscribe to a feed.",
            discussion: "Its first fetch is stored as backlog, so old items never count as new in a briefing.")

        @Argument(help: "The feed's http or https URL.") var url: String
        @Option(help: "A title (default: the feed's own, after the first update).") var title: String?
        @Option(name: .customLong("tag"), help: "A tag; repeat for several.") var tags: [String] = []
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let changes = try KnowledgeBaseAccess.run {
                try FeedRegistry(knowledgeBase: kb).add(url: url, title: title, tags: tags)
            }
            if let feed = changes.added.first ?? changes.revived.first {
                Console.print("Added \(feed.id): \(feed.url)")
            } else {
                Console.error("docket: already subscribed to \(url); nothing changed")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Stop following a feed (its items stay in the knowledge base).")

        @Argument(help: "The feed's id (see `docket feeds list`).") var id: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let feed = try KnowledgeBaseAccess.run { try FeedRegistry(knowledgeBase: kb).remove(id: id) }
            Console.print("Removed \(feed.id): \(feed.url) (its \(feed.state.items) items are kept)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the feeds followed.")

        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let feeds = try KnowledgeBaseAccess.run { try kb.feeds() }.filter(\.isActive)
            if json {
                let data = try DocketJSON.encoder().encode(feeds)
                Console.write(Array(data) + [0x0A])
                return
            }
            guard !feeds.isEmpty else {
                Console.error("docket: no feeds yet; add one with `docket feeds add URL` or `docket feeds import FILE.opml`")
                return
            }
            var table = TextTable("ID", "TITLE", "TAGS", "URL")
            table.maxWidth = [1: 40, 2: 30]
            for feed in feeds { table.add([feed.id, feed.title ?? "", feed.tags.joined(separator: ","), feed.url]) }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Subscribe to every feed of an OPML file (folders and categories become tags).")

        @Argument(help: "An OPML file.") var file: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.exit("\(file): cannot read the file")
            }
            let document: OPMLDocument
            do {
                document = try OPMLDocument(data: data, source: file)
            } catch {
                throw CommandFailure.exit(error.description)
            }
            let changes = try KnowledgeBaseAccess.run { try FeedRegistry(knowledgeBase: kb).importOPML(document) }
            var line = "Imported \(changes.added.count) feed\(changes.added.count == 1 ? "" : "s") from \(file)"
            if !changes.revived.isEmpty { line += ", revived \(changes.revived.count)" }
            if !changes.unchanged.isEmpty { line += ", \(changes.unchanged.count) already followed" }
            Console.print(line)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the feeds as OPML 2.0 to standard output.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let document = try KnowledgeBaseAccess.run { try FeedRegistry(knowledgeBase: kb).exportOPML() }
            Console.write(Array(document.xml().utf8))
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "How each feed is doing: failing feeds first.",
            discussion: "Shows the last success, last HTTP status, last error, consecutive failures, next due time and items stored.")

        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let feeds = try KnowledgeBaseAccess.run { try FeedRegistry(knowledgeBase: kb).status() }
            if json {
                var writer = JSONWriter()
                writer.beginArray()
                for feed in feeds {
                    let s = feed.state
                    writer.beginObject()
                    writer.key("id"); writer.string(feed.id)
                    writer.key("url"); writer.string(feed.url)
                    writer.key("health"); writer.string(Self.health(feed))
                    writer.key("last_success"); writer.date(s.lastSuccess)
                    writer.key("last_attempt"); writer.date(s.lastAttempt)
                    writer.key("last_status"); writer.number(s.lastStatus.map(Int64.init))
                    writer.key("last_error"); writer.string(s.lastError)
                    writer.key("consecutive_failures"); writer.number(Int64(s.consecutiveFailures))
                    writer.key("next_due"); writer.date(s.nextDue)
                    writer.key("gone"); writer.bool(s.gone)
                    writer.key("items"); writer.number(Int64(s.items))
                    writer.endObject()
                }
                writer.endArray()
                writer.newline()
                Console.write(writer.bytes)
                return
            }
            var table = TextTable("ID", "HEALTH", "LAST SUCCESS", "STATUS", "NEXT DUE", "ITEMS", "ERROR")
            table.maxWidth = [0: 32, 6: 70]
            for feed in feeds {
                let s = feed.state
                table.add([
                    feed.id, Self.health(feed), s.lastSuccess.map(ISO8601.string) ?? "never",
                    s.lastStatus.map(String.init) ?? "-", s.nextDue.map(ISO8601.string) ?? "now",
                    String(s.items), s.lastError ?? "",
                ])
            }
            Console.write(Array(table.render().utf8))
        }

        static func health(_ feed: Feed) -> String {
            let s = feed.state
            if s.gone { return "gone" }
            if s.consecutiveFailures > 0 { return "failing ×\(s.consecutiveFailures)" }
            if s.lastSuccess == nil { return "new" }
            return "ok"
        }
    }
}
