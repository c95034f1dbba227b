import ArgumentParser
import DocketModel
import DocketStore
import Foundation

/// `docket watch …`: saved searches, which briefings report on.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Save searches that briefings report on: add, list, remove.",
        subcommands: [Add.self, List.self, Remove.self],
        defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Save a search under a name.",
            discussion: """
                The query uses `docket search` syntax and is checked now (a malformed query exits 2). \
                Example: docket watch add alibaba-distillation 'distillation company:alibaba'
                """)

        @Argument(help: "A name: letters, digits, '-', '_', '.'.") var name: String
        @Argument(help: "The query (quote it).") var query: [String]
        @Flag(help: "Replace a watch of the same name.") var replace = false
        @Option(help: "Seconds to wait for another writer.") var wait: Double = 0
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let text = query.joined(separator: " ")
            do {
                _ = try SearchQuery(text)
            } catch {
                throw CommandFailure.exit(error.description, code: 2)
            }
            if let problem = Watch.problem(withName: name) { throw CommandFailure.exit(problem, code: 2) }
            let kb = try KnowledgeBaseAccess.open(global)
            let watch = try KnowledgeBaseAccess.run {
                try kb.write(waitingUpTo: wait) { try $0.addWatch(name: name, query: text, replacing: replace) }
            }
            Console.print("Saved \(watch.name): \(watch.query)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the saved searches.")

        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let watches = try KnowledgeBaseAccess.run { try kb.watches() }
            if json {
                let data = try DocketJSON.encoder().encode(watches)
                Console.write(Array(data) + [0x0A])
                return
            }
            guard !watches.isEmpty else {
                Console.error("docket: no saved searches yet; add one with `docket watch add NAME QUERY`")
                return
            }
            var table = TextTable("NAME", "QUERY", "ADDED")
            table.maxWidth = [1: 60]
            for w in watches { table.add([w.name, w.query, ISO8601.dateString(from: w.created)]) }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Delete a saved search.")

        @Argument(help: "Its name.") var name: String
        @Option(help: "Seconds to wait for another writer.") var wait: Double = 0
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let watch = try KnowledgeBaseAccess.run { try kb.write(waitingUpTo: wait) { try $0.removeWatch(name: name) } }
            Console.print("Removed \(watch.name): \(watch.query)")
        }
    }
}
