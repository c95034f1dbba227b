import ArgumentParser
import DocketExtract
import DocketFeeds
import DocketPipeline
import DocketStore
import Foundation

/// `docket init`: creates a knowledge base.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a knowledge base.",
        discussion: """
            Creates the folder layout (docket.json, feeds.json, companies.json, allegations.json, \
            regulations.json, items/, index/, briefs/, logs/) at --kb PATH, $DOCKET_KB, \
            $XDG_DATA_HOME/docket or ~/.local/share/docket. Running it again changes nothing.
            """)

    @Flag(help: "Also follow the curated starting set of news and policy feeds (feeds/default.opml).")
    var withDefaultFeeds = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let location = KnowledgeBaseAccess.location(global)
        do {
            // The bundled seed companies become the knowledge base's own, editable list.
            let seed = try KnowledgeBaseAccess.run { try ExtractionDictionary.bundled().companies }
            try KnowledgeBase.create(at: location, companies: seed)
            Console.print("Initialised a knowledge base at \(location.path)")
        } catch KnowledgeBaseError.alreadyExists {
            Console.error("docket: a knowledge base already exists at \(location.path); nothing changed")
        } catch let error as KnowledgeBaseError {
            throw KnowledgeBaseAccess.exit(for: error)
        }
        if withDefaultFeeds {
            let kb = try KnowledgeBaseAccess.open(global)
            let document = try KnowledgeBaseAccess.run { try DefaultFeeds.document() }
            let changes = try KnowledgeBaseAccess.run { try FeedRegistry(knowledgeBase: kb).importOPML(document) }
            Console.print("Following \(changes.added.count) default feeds (see `docket feeds list`)")
        }
    }
}
