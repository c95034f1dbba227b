import DocketModel
import Foundation

/// The knowledge base on disk: a folder of JSON files that a team can keep in git.
///
/// ```
/// docket.json            manifest (KnowledgeBaseManifest)
/// feeds.json             companies.json  allegations.json  regulations.json
/// items/YYYY-MM.jsonl    items, one JSON object a line, by publication month
/// index/                 derived dedupe and lookup index; deleting it loses nothing
/// briefs/  logs/         rendered briefings, run logs (RunLog)
/// .lock                  advisory lock held by every writer
/// ```
///
/// Reading never takes the lock and never blocks. Writing happens inside `write(waitingUpTo:_:)`,
/// which holds the lock and hands out a `KnowledgeBaseWriter`. The value itself is only a path:
/// it is cheap to copy and safe to share between tasks.
public struct KnowledgeBase: Sendable, Hashable {
    /// The schema this Docket reads and writes; `open(at:)` migrates older ones.
    public static let schemaVersion = 1

    /// The knowledge base's folder.
    public let root: URL

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Where the knowledge base lives: the `--kb` path when given, else `$DOCKET_KB`, else
    /// `$XDG_DATA_HOME/docket`, else `$HOME/.local/share/docket`. A leading `~/` is expanded;
    /// a relative path is taken from the current folder.
    public static func location(explicit: String?, environment: [String: String]) -> URL {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func url(_ path: String) -> URL {
            var path = path
            if path == "~" { path = home } else if path.hasPrefix("~/") { path = home + path.dropFirst() }
            if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
            return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        }
        if let explicit, !explicit.isEmpty { return url(explicit) }
        if let kb = environment["DOCKET_KB"], !kb.isEmpty { return url(kb) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return url(xdg).appendingPathComponent("docket", isDirectory: true) }
        return url(home).appendingPathComponent(".local/share/docket", isDirectory: true)
    }

    /// Creates the layout and the manifest at `root` (creating the folder if needed), with
    /// `companies` as the initial company list. Record files already present are kept.
    /// Throws `alreadyExists` when a knowledge base is there.
    @discardableResult
    public static func create(at root: URL, companies: [Company] = []) throws -> KnowledgeBase {
        let kb = KnowledgeBase(root: root)
        try FileSystem.createDirectory(kb.root)
        let lock = try FileLock.acquire(kb.lockURL, waitingUpTo: 0, reportedPath: kb.root.path)
        defer { lock.release() }
        guard !FileSystem.exists(kb.manifestURL) else { throw KnowledgeBaseError.alreadyExists(path: kb.root.path) }
        for folder in [kb.itemsURL, kb.indexURL, kb.briefsURL, kb.logsURL] { try FileSystem.createDirectory(folder) }
        if !FileSystem.exists(kb.feedsURL) { try RecordFile.save([Feed](), to: kb.feedsURL) }
        if !FileSystem.exists(kb.companiesURL) { try RecordFile.save(companies, to: kb.companiesURL) }
        if !FileSystem.exists(kb.allegationsURL) { try RecordFile.save([Allegation](), to: kb.allegationsURL) }
        if !FileSystem.exists(kb.regulationsURL) { try RecordFile.save([Regulation](), to: kb.regulationsURL) }
        let ignore = kb.root.appendingPathComponent(".gitignore")
        if !FileSystem.exists(ignore) {
            try FileSystem.replaceAtomically(ignore, with: Array("# Derived or local: rebuilt by Docket.\n.lock\nindex/\nlogs/\n".utf8))
        }
        _ = try DedupeIndex.rebuild(folder: kb.indexURL, itemsFolder: kb.itemsURL)
        // The manifest comes last: until it exists, this is not a knowledge base.
        try kb.saveManifest(
            KnowledgeBaseManifest(schemaVersion: schemaVersion, created: Date(), toolVersion: DocketInfo.version))
        return kb
    }

    /// Opens the knowledge base at `root`: reads and checks the manifest and migrates an
    /// older schema (under the write lock, waiting up to `seconds` for it). Does not read items.
    public static func open(at root: URL, waitingUpTo seconds: Double = 10) throws -> KnowledgeBase {
        let kb = KnowledgeBase(root: root)
        let manifest = try kb.manifest()
        if manifest.schemaVersion > schemaVersion {
            throw KnowledgeBaseError.newerSchema(found: manifest.schemaVersion, supported: schemaVersion)
        }
        if manifest.schemaVersion < schemaVersion {
            try kb.migrate(waitingUpTo: seconds)
        }
        return kb
    }

    /// The manifest, `docket.json`.
    public func manifest() throws -> KnowledgeBaseManifest {
        guard let bytes = try FileSystem.contents(of: manifestURL) else {
            throw KnowledgeBaseError.notInitialised(path: root.path)
        }
        do {
            return try DocketJSON.decoder().decode(KnowledgeBaseManifest.self, from: Data(bytes))
        } catch {
            throw DecodingFailure.corrupt(error, file: manifestURL, bytes: bytes)
        }
    }

    func saveManifest(_ manifest: KnowledgeBaseManifest) throws {
        var bytes = [UInt8](try DocketJSON.encoder().encode(manifest))
        bytes.append(0x0A)
        try FileSystem.replaceAtomically(manifestURL, with: bytes)
    }

    // MARK: - Paths

    var manifestURL: URL { root.appendingPathComponent("docket.json") }
    var feedsURL: URL { root.appendingPathComponent("feeds.json") }
    var companiesURL: URL { root.appendingPathComponent("companies.json") }
    var allegationsURL: URL { root.appendingPathComponent("allegations.json") }
    var regulationsURL: URL { root.appendingPathComponent("regulations.json") }
    var itemsURL: URL { root.appendingPathComponent("items", isDirectory: true) }
    var indexURL: URL { root.appendingPathComponent("index", isDirectory: true) }
    /// Where rendered briefings are kept.
    public var briefsURL: URL { root.appendingPathComponent("briefs", isDirectory: true) }
    /// Where run logs are kept.
    public var logsURL: URL { root.appendingPathComponent("logs", isDirectory: true) }
    var lockURL: URL { root.appendingPathComponent(".lock") }

    func monthURL(_ month: ItemMonth) -> URL { itemsURL.appendingPathComponent(month.fileName) }
}
