import DocketModel
import Foundation

extension KnowledgeBase {
    /// Runs the migration steps from the manifest's schema up to `schemaVersion`, under the
    /// write lock, raising the manifest's version after each step.
    func migrate(waitingUpTo seconds: Double) throws {
        let lock = try FileLock.acquire(lockURL, waitingUpTo: seconds, reportedPath: root.path)
        defer { lock.release() }
        var manifest = try self.manifest()
        if manifest.schemaVersion > Self.schemaVersion {
            throw KnowledgeBaseError.newerSchema(found: manifest.schemaVersion, supported: Self.schemaVersion)
        }
        FileSystem.removeStrayTemporaries(in: root)
        while manifest.schemaVersion < Self.schemaVersion {
            guard let step = Migration.all.first(where: { $0.from == manifest.schemaVersion }) else {
                throw KnowledgeBaseError.invalid(
                    message: "no migration from schema \(manifest.schemaVersion) of the knowledge base at \(root.path)")
            }
            try step.run(self)
            manifest.schemaVersion = step.from + 1
            manifest.toolVersion = DocketInfo.version
            try saveManifest(manifest)
        }
    }
}
