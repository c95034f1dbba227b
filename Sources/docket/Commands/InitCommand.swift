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

            The seed data becomes the knowledge base's own, to edit: companies.json (200+ companies, \
            labs, regulators and courts with aliases and products) and, under dictionaries/, the \
            allegation taxonomy and cue words, named instruments, jurisdictions and regulation status \
            cues. Delete a file from dictionaries/ to go back to the one bundled with Docket; run \
            `docket extract --all` after editing.
            """)

    @Flag(help: "Also follow the curated starting set of news and policy feeds (feeds/default.opml).")
    var withDefaultFeeds = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let location = KnowledgeBaseAccess.location(global)
        do {
            // The bundled seed companies become the knowledge base's own, editable list.
            let seed = try KnowledgeBaseAccess.run { try ExtractionDictionary.bundled().companies }
            let kb = try KnowledgeBase.create(at: location, companies: seed)
            try copySeedDictionaries(into: kb.root.appendingPathComponent("dictionaries", isDirectory: true))
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

    /// Copies the bundled seed dictionaries (all but the companies, which are in companies.json)
    /// into the new knowledge base's dictionaries/ folder.
    func copySeedDictionaries(into folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in ExtractionDictionary.File.allCases where file != .companies {
                try FileManager.default.copyItem(
                    at: try ExtractionDictionary.bundledURL(of: file), to: folder.appendingPathComponent(file.rawValue))
            }
        } catch {
            throw CommandFailure.exit("cannot copy the seed dictionaries into \(folder.path): \(error.localizedDescription)", code: 1)
        }
    }
}
