import ArgumentParser
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket companies …`: the organisations the knowledge base recognises.
struct CompaniesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "companies",
        abstract: "List, inspect, add, edit and merge companies (and regulators, courts …).",
        discussion: "The list starts as the bundled seed data, copied by `docket init`; it is yours to edit.",
        subcommands: [List.self, Show.self, Add.self, Edit.self, Merge.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List companies.")
        @Option(help: "Only this kind (company, lab, regulator, court, government, legislature, organisation).") var kind: Company.Kind?
        @Option(help: "Only this country code.") var country: String?
        @Flag(help: "Include merged records.") var all = false
        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            var records = try KnowledgeBaseAccess.run { try kb.companies() }
            if !all { records = records.filter { $0.mergedInto == nil } }
            if let kind { records = records.filter { $0.kind == kind } }
            if let country { records = records.filter { $0.country?.caseInsensitiveCompare(country) == .orderedSame } }
            if json { return try CurationOutput.json(records) }
            var table = TextTable("ID", "NAME", "KIND", "COUNTRY", "PRODUCTS")
            table.maxWidth = [4: 60]
            for c in records { table.add([c.id, c.name, c.kind.rawValue, c.country ?? "", c.products.joined(separator: ", ")]) }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one company.")
        @Argument(help: "The company's id.") var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            guard let c = try KnowledgeBaseAccess.run({ try kb.companies() }).first(where: { $0.id == id }) else {
                throw CommandFailure.exit(CurationError.unknownRecord(kind: "company", id: id).description)
            }
            try CurationOutput.json(c)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a company.")
        @Option(help: "An id (default: a slug of the name).") var id: String?
        @Option(help: "The name.") var name: String
        @Option(name: .customLong("alias"), help: "Another name (repeat).") var aliases: [String] = []
        @Option(name: .customLong("product"), help: "A product or model (repeat).") var products: [String] = []
        @Option(help: "ISO 3166 country code.") var country: String?
        @Option(help: "company, lab, regulator, court, government, legislature, organisation") var kind: Company.Kind = .company
        @Flag(help: "The name is also an ordinary word: mentions need evidence.") var ambiguous = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.CompanyEdit(
                name: name, addAliases: aliases, addProducts: products, country: country, kind: kind, ambiguous: ambiguous)
            let c = try CurationOutput.curate(global) { try $0.addCompany(id: id, edit) }
            Console.print("Added \(c.id)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Rename a company, add aliases or products, change its kind or country.")
        @Argument(help: "The company's id.") var id: String
        @Option(help: "New name.") var name: String?
        @Option(name: .customLong("alias"), help: "Add an alias (repeat).") var aliases: [String] = []
        @Option(name: .customLong("product"), help: "Add a product (repeat).") var products: [String] = []
        @Option(help: "ISO 3166 country code.") var country: String?
        @Option(help: "Kind.") var kind: Company.Kind?
        @Option(help: "true or false.") var ambiguous: Bool?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let edit = Curator.CompanyEdit(
                name: name, addAliases: aliases, addProducts: products, country: country, kind: kind, ambiguous: ambiguous)
            let c = try CurationOutput.curate(global) { try $0.editCompany(id, edit) }
            Console.print("Updated \(c.id)")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge company B into A: B's names and products join A; B points to A.")
        @Argument(help: "The company to keep.") var keep: String
        @Argument(help: "The duplicate.") var duplicate: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let c = try CurationOutput.curate(global) { try $0.mergeCompanies(keep: keep, duplicate: duplicate) }
            Console.print("Merged \(duplicate) into \(c.id)")
        }
    }
}

extension Company.Kind: ExpressibleByArgument {}
