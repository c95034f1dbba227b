import ArgumentParser
import DocketModel
import DocketRender
import DocketStore
import Foundation

/// `docket export`: feeds out of the knowledge base, for colleagues to subscribe to.
/// (`docket kb export` is the other export: the whole knowledge base as JSON or CSV.)
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an Atom feed of confirmed allegations (and those upheld, settled, denied, dismissed).",
        discussion: """
            Candidates and rejected allegations are left out. Entry ids are urn:uuid: URIs derived \
            from the allegations' ids, so they never change; the feed's id is derived from the \
            knowledge base's creation unless --id gives one. The output depends only on the \
            knowledge base: serve it as a static file and regenerate it after each update.
            """)

    @Option(help: ArgumentHelp("atom (the only format so far).", valueName: "format")) var format: String = "atom"
    @Option(help: ArgumentHelp("allegation (the only kind so far).", valueName: "kind")) var kind: String = "allegation"
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Option(name: .customLong("self"), help: ArgumentHelp("The URL the feed will be served at (link rel=self).", valueName: "url"))
    var selfURL: String?
    @Option(name: .customLong("site"), help: ArgumentHelp("A page the feed belongs to (link rel=alternate).", valueName: "url"))
    var siteURL: String?
    @Option(help: ArgumentHelp("The feed's title.", valueName: "text")) var title: String = "Docket: confirmed allegations"
    @Option(help: ArgumentHelp("The feed's permanent id (an IRI such as urn:uuid:… or tag:…).", valueName: "uri")) var id: String?
    @Option(help: ArgumentHelp("The feed's author.", valueName: "name")) var author: String = "Docket"
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard format.lowercased() == "atom" else {
            throw CommandFailure.exit("unknown format '\(format)'; use atom", code: 2)
        }
        guard ["allegation", "allegations"].contains(kind.lowercased()) else {
            throw CommandFailure.exit("unknown kind '\(kind)'; use allegation", code: 2)
        }
        if let selfURL, SafeLink.http(selfURL) == nil {
            throw CommandFailure.exit("--self must be an http or https URL", code: 2)
        }
        let kb = try KnowledgeBaseAccess.open(global)
        let lookup = try KnowledgeBaseAccess.run { try RenderAccess.itemLookup(kb) }
        let xml = try KnowledgeBaseAccess.run {
            let created = try kb.manifest().created
            let options = AtomFeedOptions(
                id: id ?? AtomFeedWriter.uuidURN("docket:allegations-feed:" + ISO8601.string(from: created)), title: title,
                selfURL: selfURL, siteURL: siteURL, author: author, emptyFeedUpdated: created)
            return try AtomFeedWriter.allegations(
                try kb.allegations(), companies: try kb.companies(), feeds: try kb.feeds(), options: options,
                lookup: lookup)
        }
        try RenderAccess.deliver(xml, to: output)
    }
}
