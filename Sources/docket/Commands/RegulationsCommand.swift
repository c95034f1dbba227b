import ArgumentParser
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket regulations …`: which rules move where.
struct RegulationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regulations",
        abstract: "List, inspect, confirm, reject, edit, add and merge regulations.",
        subcommands: [List.self, Show.self, Confirm.self, Reject.self, Edit.self, Add.self, Merge.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List regulations by jurisdiction.")
        @Option(help: "Only this jurisdiction (EU, US-CA, GB …).") var jurisdiction: String?
        @Option(help: "Only this status.") var status: String?
        @Flag(help: "Include merged duplicates and rejected records.") var all = false
        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            var records = try KnowledgeBaseAccess.run { try kb.regulations() }
            if !all { records = records.filter { $0.mergedInto == nil && $0.status != "rejected" } }
            if let jurisdiction { records = records.filter { $0.jurisdiction.caseInsensitiveCompare(jurisdiction) == .orderedSame } }
            if let status { records = records.filter { $0.status == status } }
            records.sort { ($0.jurisdiction, $0.title) < ($1.jurisdiction, $1.title) }
            if json { return try CurationOutput.json(records) }
            guard !records.isEmpty else { return Console.error("docket: no regulations match") }
            let now = Date()
            var table = TextTable("ID", "JURISDICTION", "INSTRUMENT", "STATUS", "NEXT MILESTONE", "TITLE")
            table.maxWidth = [5: 50]
            for r in records {
                let next = r.milestones.first { $0.date >= now }.map { "\(ISO8601.dateString(from: $0.date)) \($0.what)" } ?? "-"
                table.add([r.id, r.jurisdiction, r.instrument, r.status, next, r.title])
            }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one regulation with its milestones and evidence.")
        @Argument(help: "The regulation's id.") var id: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            guard let r = try KnowledgeBaseAccess.run({ try kb.regulations() }).first(where: { $0.id == id }) else {
                throw CommandFailure.exit(CurationError.unknownRecord(kind: "regulation", id: id).description)
            }
            if json { return try CurationOutput.json(r) }
            var out = "\(r.id)  \(r.title)\n  \(r.jurisdiction) · \(r.instrument) · \(r.status)"
            if let body = r.body { out += " · \(body)" }
            out += "\n"
            if let target = r.mergedInto { out += "  merged into \(target)\n" }
            for m in r.milestones { out += "  \(ISO8601.dateString(from: m.date))  \(m.what)\n" }
            for change in r.history { out += "  \(ISO8601.dateString(from: change.date))  → \(change.status)  (\(change.source))\n" }
            out += "\nevidence:\n"
            for (n, e) in r.evidence.enumerated() {
                let item = try? kb.item(id: e.item)
                out += "  [\(n + 1)] \(e.sentence)\n      \(item?.title ?? e.item)"
                if let link = item?.link { out += " <\(link)>" }
                out += "\n"
            }
            Console.write(Array(out.utf8))
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "confirm", abstract: "Confirm a regulation record.")
        @Argument(help: "The regulation's id.") var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let r = try CurationOutput.curate(global) { try $0.confirmRegulation(id) }
            Console.print("Confirmed \(r.id)")
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a regulation record extraction got wrong.")
        @Argument(help: "The regulation's id.") var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let r = try CurationOutput.curate(global) { try $0.rejectRegulation(id) }
            Console.print("Rejected \(r.id)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a regulation's title, jurisdiction, status, or add a milestone.")
        @Argument(help: "The regulation's id.") var id: String
        @Option(help: "Title.") var title: String?
        @Option(help: "ISO 3166 code, EU, or US-CA style.") var jurisdiction: String?
        @Option(help: "Body that makes or enforces it.") var body: String?
        @Option(help: "bill, act, regulation, directive, rule, guidance, executive-order …") var instrument: String?
        @Option(help: "proposed, consultation, introduced, passed, adopted, signed, vetoed, in-force, applicable, delayed, repealed …") var status: String?
        @Option(help: "Add a milestone: YYYY-MM-DD=what happens") var milestone: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.RegulationEdit(
                title: title, jurisdiction: jurisdiction, body: body, instrument: instrument, status: status,
                milestone: try milestone.map(Self.parseMilestone))
            let r = try CurationOutput.curate(global) { try $0.editRegulation(id, edit) }
            Console.print("Updated \(r.id)")
        }

        static func parseMilestone(_ text: String) throws -> (date: String, what: String) {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw CommandFailure.exit("--milestone: use YYYY-MM-DD=what happens then", code: 2)
            }
            return (parts[0], parts[1])
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a regulation by hand.")
        @Option(help: "An id (default: jurisdiction and title).") var id: String?
        @Option(help: "Title.") var title: String
        @Option(help: "ISO 3166 code, EU, or US-CA style.") var jurisdiction: String
        @Option(help: "Body that makes or enforces it.") var body: String?
        @Option(help: "bill, act, regulation, directive, rule, guidance, executive-order …") var instrument: String?
        @Option(help: "Status (default proposed).") var status: String?
        @Option(help: "A milestone: YYYY-MM-DD=what happens") var milestone: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.RegulationEdit(
                title: title, jurisdiction: jurisdiction, body: body, instrument: instrument, status: status,
                milestone: try milestone.map(Edit.parseMilestone))
            let r = try CurationOutput.curate(global) { try $0.addRegulation(id: id, edit) }
            Console.print("Added \(r.id)")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge regulation B into A (same instrument).")
        @Argument(help: "The record to keep.") var keep: String
        @Argument(help: "The duplicate.") var duplicate: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let r = try CurationOutput.curate(global) { try $0.mergeRegulations(keep: keep, duplicate: duplicate) }
            Console.print("Merged \(duplicate) into \(r.id)")
        }
    }
}
