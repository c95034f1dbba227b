import ArgumentParser
import DocketExtract
import DocketModel
import DocketStore
import Foundation

/// `docket extract --all`: extraction run again over every stored item, after the
/// dictionaries (the knowledge base's companies.json, or the seed files) changed.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run extraction again over every stored item (after the dictionaries change).",
        discussion: """
            Re-links companies in every item (rewriting the items' `companies` where they changed) \
            and merges the allegations and regulations found into the knowledge base. Records a person \
            confirmed, rejected or edited only gain evidence. Running it twice changes nothing the \
            second time. The dictionaries are the bundled seeds, overridden by any of the seed files \
            found in the knowledge base's dictionaries/ folder, with the knowledge base's companies.json.

            Exit status: 0 on success; 1 when the knowledge base or a dictionary cannot be read or \
            written; 2 on a usage error; 75 when another writer holds the lock (after --wait seconds).
            """)

    @Flag(help: "Every stored item (required: extraction of new items runs in `docket update`).") var all = false
    @Flag(help: "Report what would change, write nothing.") var dryRun = false
    @Flag(help: "Print the summary as one JSON object.") var json = false
    @Option(help: "Seconds to wait for another writer.") var wait: Double = 0
    @OptionGroup var global: GlobalOptions

    /// Items extracted per parallel batch.
    static let batchSize = 512

    func validate() throws {
        guard all else { throw ValidationError("say --all: `docket extract --all` re-runs extraction over every stored item") }
        guard wait >= 0 else { throw ValidationError("--wait must be zero or more seconds") }
    }

    /// What one run did, as printed (`--json`: these field names).
    struct Summary: Encodable {
        var items: Int
        var itemsChanged: Int
        var allegationsAdded: Int
        var allegationEvidence: Int
        var allegationStatus: Int
        var regulationsAdded: Int
        var regulationChanges: Int
        var dryRun: Bool

        enum CodingKeys: String, CodingKey {
            case items
            case itemsChanged = "items_changed"
            case allegationsAdded = "allegations_added"
            case allegationEvidence = "allegation_evidence"
            case allegationStatus = "allegation_status"
            case regulationsAdded = "regulations_added"
            case regulationChanges = "regulation_changes"
            case dryRun = "dry_run"
        }

        var changed: Bool {
            itemsChanged + allegationsAdded + allegationEvidence + allegationStatus + regulationsAdded + regulationChanges > 0
        }
    }

    func run() throws {
        let kb = try KnowledgeBaseAccess.open(global)
        let summary = try KnowledgeBaseAccess.run { () throws -> Summary in
            let dictionary = try Self.dictionary(for: kb)
            let settings = try kb.configuration().extraction
            let extractor = Extractor(dictionary: dictionary, minimumConfidence: settings.minConfidence)
            return try kb.write(waitingUpTo: wait) { writer in
                var run = Reextraction(extractor: extractor)
                var batch: [Item] = []
                batch.reserveCapacity(Self.batchSize)
                try kb.forEachItem { item in
                    batch.append(item)
                    if batch.count == Self.batchSize {
                        run.add(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { run.add(batch) }
                let allegations = try kb.allegations()
                let regulations = try kb.regulations()
                let result = run.finish(allegations: allegations, regulations: regulations)
                if !dryRun {
                    if result.merged.allegations != allegations { try writer.saveAllegations(result.merged.allegations) }
                    if result.merged.regulations != regulations { try writer.saveRegulations(result.merged.regulations) }
                    try writer.setItemCompanies(result.companies)
                }
                let kinds = result.merged.changes.map(\.kind)
                func count(_ kind: KnowledgeChange.Kind) -> Int { kinds.filter { $0 == kind }.count }
                return Summary(
                    items: result.items, itemsChanged: result.companies.count,
                    allegationsAdded: count(.allegationAdded), allegationEvidence: count(.allegationEvidence),
                    allegationStatus: count(.allegationStatus), regulationsAdded: count(.regulationAdded),
                    regulationChanges: count(.regulationEvidence) + count(.regulationStatus) + count(.regulationMilestone),
                    dryRun: dryRun)
            }
        }
        if json {
            let data = try DocketJSON.encoder(pretty: false).encode(summary)
            Console.write(Array(data) + [0x0A])
            return
        }
        let verb = dryRun ? "would change" : "changed"
        Console.print(
            "\(summary.items) items read; \(verb): companies of \(summary.itemsChanged) items, "
                + "\(summary.allegationsAdded) new allegations, \(summary.allegationEvidence) new evidence, "
                + "\(summary.allegationStatus) status changes, \(summary.regulationsAdded) new regulations, "
                + "\(summary.regulationChanges) regulation updates")
    }

    /// The dictionaries extraction uses for a knowledge base: the bundled seeds, overridden by
    /// the seed files in its `dictionaries/` folder when there is one, with its own companies.
    static func dictionary(for kb: KnowledgeBase) throws -> ExtractionDictionary {
        try ExtractionDictionary.forKnowledgeBase(
            overrides: kb.root.appendingPathComponent("dictionaries", isDirectory: true), companies: try kb.companies())
    }
}
