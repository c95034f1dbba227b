import DocketModel
import Foundation

@testable import DocketStore

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Undo any chmod a test made so the folder can be removed.
        if let e = FileManager.default.enumerator(atPath: url.path) {
            for case let p as String in e { chmod(url.appendingPathComponent(p).path, 0o755) }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// A new knowledge base in a subfolder.
    func knowledgeBase(companies: [Company] = []) throws -> KnowledgeBase {
        try KnowledgeBase.create(at: url.appendingPathComponent("kb"), companies: companies)
    }
}

/// Small builders for the records tests store.
enum Sample {
    static func date(_ text: String) -> Date {
        guard let d = ISO8601.date(from: text) else { fatalError("bad test date \(text)") }
        return d
    }

    static func feed(_ id: String) -> Feed {
        Feed(id: id, url: "https://\(id).example/feed.xml", title: "Feed \(id)", added: date("2026-01-01T00:00:00Z"))
    }

    /// An item whose id derives from feed and guid, as the parser makes them.
    static func item(
        feed: String, guid: String, title: String? = nil, link: String? = nil, published: String? = "2026-11-20T10:00:00Z"
    ) -> Item {
        Item(
            id: StableID.make(feed, "guid", guid), feed: feed, title: title ?? "Story \(guid) from \(feed) about things",
            link: link ?? "https://\(feed).example/\(guid)", guid: guid, published: published.map(date), summary: "Summary of \(guid)")
    }

    static func bytes(_ url: URL) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}

extension KnowledgeBase {
    /// Appends items in a write of their own.
    @discardableResult
    func append(_ items: [Item]) throws -> AppendResult {
        try write(waitingUpTo: 10) { try $0.appendItems(items) }
    }

    func monthFile(_ month: String) -> URL {
        root.appendingPathComponent("items/\(month).jsonl")
    }
}
