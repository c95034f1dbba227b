import ArgumentParser
import DocketModel
import DocketStore
import Foundation

/// `docket kb …`: the knowledge base itself.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Inspect, check, re-index and export the knowledge base.",
        subcommands: [Stats.self, Verify.self, Reindex.self, Export.self],
        defaultSubcommand: Stats.self)

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count feeds, items, companies, allegations, regulations and bytes.")

        @Flag(help: "Print a JSON object.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let stats = try KnowledgeBaseAccess.run { try kb.stats() }
            if json {
                let data = try DocketJSON.encoder(pretty: false).encode(stats)
                Console.write(Array(data) + [0x0A])
                return
            }
            var table = TextTable("", "")
            table.add(["knowledge base", kb.root.path])
            table.add(["feeds", String(stats.feeds)])
            table.add(["items", "\(stats.items) (+\(stats.duplicates) duplicates, \(stats.months) months)"])
            table.add(["companies", String(stats.companies)])
            table.add(["allegations", String(stats.allegations)])
            table.add(["regulations", String(stats.regulations)])
            table.add(["size", ByteCountFormatter.string(fromByteCount: stats.bytes, countStyle: .file)])
            Console.write(Array(table.render().utf8))
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that every file parses, ids are unique and references resolve.",
            discussion: "Prints one line per problem (file:line: what) and exits 1 if there is any.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let problems = try KnowledgeBaseAccess.run { try kb.verify() }
            guard !problems.isEmpty else {
                Console.print("ok: \(kb.root.path) is consistent")
                return
            }
            for problem in problems { Console.print(problem.description) }
            throw CommandFailure.exit("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        }
    }

    struct Reindex: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reindex",
            abstract: "Rebuild the derived index/ folder from the items (deleting it loses nothing).")

        @Option(help: "Seconds to wait for another writer.") var wait: Double = 0
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            try KnowledgeBaseAccess.run { try kb.reindex(waitingUpTo: wait) }
            Console.print("Rebuilt \(kb.root.appendingPathComponent("index").path)")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the whole knowledge base as JSON, or one kind of record as CSV, to standard output.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

        @Option(help: "json (everything, one document) or csv (one kind of record).") var format: Format = .json
        @Option(help: "For csv: items, feeds, companies, allegations or regulations.") var kind: String = "items"
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            switch format {
            case .json:
                try KnowledgeBaseAccess.run { try kb.exportJSON(to: FileHandle.standardOutput) }
            case .csv:
                guard let record = RecordKind(rawValue: kind) else {
                    throw CommandFailure.exit(
                        "unknown kind '\(kind)'; use one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))", code: 2)
                }
                try KnowledgeBaseAccess.run { try kb.exportCSV(record, to: FileHandle.standardOutput) }
            }
        }
    }
}
