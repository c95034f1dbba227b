import ArgumentParser
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket allegations …`: who accuses whom of what.
struct AllegationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allegations",
        abstract: "List, inspect, confirm, reject, edit, add and merge allegations.",
        discussion: """
            Extraction proposes allegations as candidates; a person confirms or rejects them. Later \
            news moves them on (denied, upheld, settled, dismissed). Every change marks the record as \
            edited, so extraction never overwrites it; a merge leaves a pointer and deletes nothing.
            """,
        subcommands: [List.self, Show.self, Confirm.self, Reject.self, Edit.self, Add.self, Merge.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List allegations (newest first).")
        @Option(help: "Only this status (candidate, confirmed, rejected, denied, upheld, settled, dismissed).") var status: String?
        @Option(help: "Only this category.") var category: String?
        @Option(help: "Only allegations involving this company id.") var company: String?
        @Flag(help: "Include merged duplicates.") var all = false
        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            var records = try KnowledgeBaseAccess.run { try kb.allegations() }
            if !all { records = records.filter { $0.duplicateOf == nil } }
            if let status { records = records.filter { $0.status.rawValue == status } }
            if let category { records = records.filter { $0.category == category } }
            if let company { records = records.filter { $0.accusers.contains(company) || $0.accused.contains(company) } }
            records.sort { ($0.firstReported ?? .distantPast, $0.id) > ($1.firstReported ?? .distantPast, $1.id) }
            if json { return try CurationOutput.json(records) }
            guard !records.isEmpty else { return Console.error("docket: no allegations match") }
            var table = TextTable("ID", "STATUS", "CATEGORY", "ACCUSERS → ACCUSED", "FIRST", "SCORE", "SOURCES")
            table.maxWidth = [3: 48]
            for a in records {
                let parties = (a.accusers + a.accuserNames).joined(separator: ", ") + " → " + a.accused.joined(separator: ", ")
                table.add([
                    a.id, a.status.rawValue, a.category, parties, a.firstReported.map(ISO8601.dateString) ?? "-",
                    String(format: "%.2f", a.confidence), String(Set(a.evidence.map(\.item)).count),
                ])
            }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one allegation with its evidence.")
        @Argument(help: "The allegation's id.") var id: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            guard let a = try KnowledgeBaseAccess.run({ try kb.allegations() }).first(where: { $0.id == id }) else {
                throw CommandFailure.exit(CurationError.unknownRecord(kind: "allegation", id: id).description)
            }
            if json { return try CurationOutput.json(a) }
            Console.write(Array(try CurationOutput.describe(a, kb: kb).utf8))
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "confirm", abstract: "Confirm a candidate allegation.")
        @Argument(help: "The allegation's id.") var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let a = try CurationOutput.curate(global) { try $0.confirmAllegation(id) }
            Console.print("Confirmed \(a.id)")
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a candidate allegation (it stays, marked rejected).")
        @Argument(help: "The allegation's id.") var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let a = try CurationOutput.curate(global) { try $0.rejectAllegation(id) }
            Console.print("Rejected \(a.id)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an allegation's parties, category, summary, products or status.")
        @Argument(help: "The allegation's id.") var id: String
        @Option(name: .customLong("accuser"), help: "Accuser company id (repeat; replaces the list).") var accusers: [String] = []
        @Option(name: .customLong("accused"), help: "Accused company id (repeat; replaces the list).") var accused: [String] = []
        @Option(help: "Category from the taxonomy.") var category: String?
        @Option(help: "One-line summary.") var summary: String?
        @Option(name: .customLong("product"), help: "Implicated product (repeat; replaces the list).") var products: [String] = []
        @Option(help: "New status.") var status: Allegation.Status?
        @Option(help: "First reported (YYYY-MM-DD).") var firstReported: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.AllegationEdit(
                accusers: accusers.isEmpty ? nil : accusers, accused: accused.isEmpty ? nil : accused,
                category: category, summary: summary, products: products.isEmpty ? nil : products, status: status,
                firstReported: firstReported)
            let a = try CurationOutput.curate(global) { try $0.editAllegation(id, edit) }
            Console.print("Updated \(a.id)")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an allegation by hand (confirmed).")
        @Option(name: .customLong("accuser"), help: "Accuser company id (repeat).") var accusers: [String] = []
        @Option(name: .customLong("accused"), help: "Accused company id (repeat).") var accused: [String] = []
        @Option(help: "Category from the taxonomy.") var category: String
        @Option(help: "One-line summary.") var summary: String?
        @Option(name: .customLong("product"), help: "Implicated product (repeat).") var products: [String] = []
        @Option(help: "Status (default confirmed).") var status: Allegation.Status?
        @Option(help: "First reported (YYYY-MM-DD, default today).") var firstReported: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.AllegationEdit(
                accusers: accusers, accused: accused, category: category, summary: summary, products: products,
                status: status, firstReported: firstReported)
            let a = try CurationOutput.curate(global) { try $0.addAllegation(edit) }
            Console.print("Added \(a.id)")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge allegation B into A (same event): B's evidence joins A; B points to A.")
        @Argument(help: "The allegation to keep.") var keep: String
        @Argument(help: "The duplicate.") var duplicate: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let a = try CurationOutput.curate(global) { try $0.mergeAllegations(keep: keep, duplicate: duplicate) }
            Console.print("Merged \(duplicate) into \(a.id)")
        }
    }
}

extension Allegation.Status: ExpressibleByArgument {}
