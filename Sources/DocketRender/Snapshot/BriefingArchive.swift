import Foundation

/// The knowledge base's `briefs/` folder: each briefing rendered for a period is kept as
/// `<stem>.md` (or `.html`) with its snapshot `<stem>.snapshot.json`, where the stem is the
/// period's `fileStem` (`2026-W48`, `2026-11-01--2026-11-15`).
///
/// "The last briefing" of a period is the snapshot whose period ended last before this
/// period's end, so rendering the same period again compares with the same earlier briefing
/// and gives the same output. Files are replaced atomically (temporary file, rename): a
/// reader sees the old file or the new one, never a mix.
public struct BriefingArchive: Sendable, Hashable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    static let snapshotSuffix = ".snapshot.json"

    public func snapshotURL(for period: BriefingPeriod) -> URL {
        folder.appendingPathComponent(period.fileStem + Self.snapshotSuffix)
    }

    public func documentURL(for period: BriefingPeriod, format: OutputFormat) -> URL {
        folder.appendingPathComponent(period.fileStem + (format == .html ? ".html" : ".md"))
    }

    /// The snapshot of the briefing whose period ended last before `end` (ties: the later
    /// start, then the file name); nil when there is none. A snapshot that does not parse is
    /// an error naming its file.
    public func latest(before end: Date) throws -> BriefingSnapshot? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            return nil  // no briefs/ folder yet
        }
        var best: (snapshot: BriefingSnapshot, name: String)?
        for name in names.sorted() where name.hasSuffix(Self.snapshotSuffix) && !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let snapshot: BriefingSnapshot
            do {
                snapshot = try BriefingSnapshot.decode(Data(contentsOf: url))
            } catch {
                throw BriefingArchiveError.unreadableSnapshot(path: url.path, reason: String(describing: error))
            }
            guard snapshot.period.end < end else { continue }
            if let b = best {
                let key = (snapshot.period.end, snapshot.period.start)
                let bestKey = (b.snapshot.period.end, b.snapshot.period.start)
                guard key > bestKey || (key == bestKey && name > b.name) else { continue }
            }
            best = (snapshot, name)
        }
        return best?.snapshot
    }

    /// Keeps a rendered briefing and its snapshot (replacing those of the same period).
    public func record(_ snapshot: BriefingSnapshot, document: String, format: OutputFormat) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(document, to: documentURL(for: snapshot.period, format: format))
        try AtomicFile.write(snapshot.encoded(), to: snapshotURL(for: snapshot.period))
    }
}
