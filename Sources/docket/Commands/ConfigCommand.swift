import ArgumentParser
import DocketModel
import DocketStore
import Foundation

/// `docket config …`: the knowledge base's settings (config.json).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show and change the knowledge base's settings (fetch limits, contact, extraction, briefing).",
        discussion: "Settings live in config.json in the knowledge base; command-line flags override them for one run.",
        subcommands: [List.self, Get.self, Set.self, Unset.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every setting with its value and meaning.")
        @Flag(help: "Print a JSON object of key → value.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let kb = try KnowledgeBaseAccess.open(global)
            let config = try KnowledgeBaseAccess.run { try kb.configuration() }
            if json {
                var writer = JSONWriter()
                writer.beginObject()
                for key in Configuration.keys {
                    writer.key(key.name)
                    writer.string(key.value(in: config))
                }
                writer.endObject()
                writer.newline()
                return Console.write(writer.bytes)
            }
            var table = TextTable("KEY", "VALUE", "MEANING")
            for key in Configuration.keys { table.add([key.name, key.value(in: config) ?? "(unset)", key.help]) }
            Console.write(Array(table.render().utf8))
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one setting's value (empty when unset).")
        @Argument(help: "A key such as fetch.jobs.") var key: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            guard let setting = Configuration.key(named: key) else {
                throw CommandFailure.exit(ConfigurationError.unknownKey(key).description, code: 2)
            }
            let kb = try KnowledgeBaseAccess.open(global)
            Console.print(setting.value(in: try KnowledgeBaseAccess.run { try kb.configuration() }) ?? "")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change one setting (validated).")
        @Argument(help: "A key such as fetch.jobs.") var key: String
        @Argument(help: "The new value.") var value: String
        @OptionGroup var global: GlobalOptions

        func run() throws { try ConfigCommand.change(key, to: value, global: global) }
    }

    struct Unset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unset", abstract: "Return a setting to its default.")
        @Argument(help: "A key such as fetch.contact.") var key: String
        @OptionGroup var global: GlobalOptions

        func run() throws { try ConfigCommand.change(key, to: nil, global: global) }
    }

    static func change(_ key: String, to value: String?, global: GlobalOptions) throws {
        guard let setting = Configuration.key(named: key) else {
            throw CommandFailure.exit(ConfigurationError.unknownKey(key).description, code: 2)
        }
        let kb = try KnowledgeBaseAccess.open(global)
        try KnowledgeBaseAccess.run {
            try kb.write(waitingUpTo: 5) { writer in
                var config = try kb.configuration()
                if let value {
                    try setting.apply(value, to: &config)
                } else {
                    // The default: the value a fresh configuration has.
                    try? setting.apply(setting.value(in: Configuration()), to: &config)
                }
                try writer.saveConfiguration(config)
            }
        }
        let current = try kb.configuration()
        Console.print("\(key) = \(setting.value(in: current) ?? "(unset)")")
    }
}
