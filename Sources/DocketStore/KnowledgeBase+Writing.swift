import DocketModel
import Foundation

extension KnowledgeBase {
    /// Runs `body` holding the write lock, so that two writers (an update started by cron
    /// while another still runs) never interleave.
    ///
    /// The lock is tried every 25 ms until `seconds` have passed, then `KnowledgeBaseError.locked`
    /// is thrown (the CLI exits 75). Before `body` runs, the manifest is checked and temporary
    /// files left by a killed writer are removed; after it, the dedupe index is brought up to
    /// date and the lock is released. The writer must not be used after `body` returns.
    public func write<T>(waitingUpTo seconds: Double = 0, _ body: (inout KnowledgeBaseWriter) throws -> T) throws -> T {
        var writer = try beginWrite(waitingUpTo: seconds)
        defer { writer.session.close() }
        let result: T
        do {
            result = try body(&writer)
        } catch {
            try? writer.session.commit()
            throw error
        }
        try writer.finish()
        return result
    }

    /// Takes the write lock (as `write(waitingUpTo:_:)` does) and returns a writer that holds
    /// it until `finish()` is called or the writer is released: for a run that fetches for a
    /// while between writes (`docket update` holds the lock from start to end, so a second
    /// update started by cron waits or exits). Use it from one task at a time.
    public func beginWrite(waitingUpTo seconds: Double = 0) throws -> KnowledgeBaseWriter {
        let lock = try FileLock.acquire(lockURL, waitingUpTo: seconds, reportedPath: root.path)
        let manifest = try self.manifest()
        if manifest.schemaVersion > Self.schemaVersion {
            throw KnowledgeBaseError.newerSchema(found: manifest.schemaVersion, supported: Self.schemaVersion)
        }
        if manifest.schemaVersion < Self.schemaVersion {
            throw KnowledgeBaseError.invalid(message: "the knowledge base at \(root.path) needs migrating: open it first")
        }
        FileSystem.removeStrayTemporaries(in: root)
        FileSystem.removeStrayTemporaries(in: indexURL)
        return KnowledgeBaseWriter(session: WriterSession(knowledgeBase: self, lock: lock))
    }

    /// Rebuilds `index/` from the month files, under the write lock.
    public func reindex(waitingUpTo seconds: Double = 0) throws {
        try write(waitingUpTo: seconds) { try $0.reindex() }
    }
}
