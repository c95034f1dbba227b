import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Durable file operations: atomic replacement (temporary file, fsync, rename, fsync of the
/// folder), folder creation and listing, clean-up of temporaries a crash left behind.
enum FileSystem {
    /// Temporary files are named `.<name>.tmp-<pid>-<random>` next to their target.
    static let temporaryMarker = ".tmp-"

    /// Replaces `url` with `bytes` so that a reader or a crash sees the old file or the new
    /// one, never a mixture.
    static func replaceAtomically(_ url: URL, with bytes: [UInt8]) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent)\(temporaryMarker)\(getpid())-\(UInt32.random(in: .min ... .max))")
        do {
            let file = try POSIXFile(path: temporary.path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
            try file.write(bytes)
            try file.sync()
            try file.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw KnowledgeBaseError.io(path: url.path, operation: "rename a temporary file onto", errno: errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        try syncDirectory(folder)
    }

    /// Makes a rename or a file creation in `folder` durable.
    static func syncDirectory(_ folder: URL) throws {
        let dir = try POSIXFile(path: folder.path, flags: O_RDONLY | O_DIRECTORY)
        try dir.sync()
        try dir.close()
    }

    /// Removes temporaries left by a writer killed between writing and renaming. Call only
    /// while holding the write lock (no other writer is mid-rename then).
    static func removeStrayTemporaries(in folder: URL) {
        for name in (try? names(in: folder)) ?? [] where name.hasPrefix(".") && name.contains(temporaryMarker) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Names in a folder (no `.` or `..`), or an empty list when the folder does not exist.
    static func names(in folder: URL) throws -> [String] {
        guard let dir = opendir(folder.path) else {
            if errno == ENOENT { return [] }
            throw KnowledgeBaseError.io(path: folder.path, operation: "list", errno: errno)
        }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out
    }

    static func createDirectory(_ url: URL) throws {
        if mkdir(url.path, 0o755) != 0 && errno != EEXIST {
            if errno == ENOENT {
                try createDirectory(url.deletingLastPathComponent())
                if mkdir(url.path, 0o755) == 0 || errno == EEXIST { return }
            }
            throw KnowledgeBaseError.io(path: url.path, operation: "create the folder", errno: errno)
        }
    }

    static func exists(_ url: URL) -> Bool {
        access(url.path, F_OK) == 0
    }

    /// The file's bytes, or nil when it does not exist.
    static func contents(of url: URL) throws -> [UInt8]? {
        guard let file = try POSIXFile.openIfExists(url.path) else { return nil }
        return try file.readAll()
    }

    /// Size, inode and modification time (nanoseconds) of a file, or nil when it does not exist.
    static func fileStatus(_ url: URL) throws -> FileStatus? {
        var st = stat()
        guard stat(url.path, &st) == 0 else {
            if errno == ENOENT { return nil }
            throw KnowledgeBaseError.io(path: url.path, operation: "stat", errno: errno)
        }
        return FileStatus(st)
    }

    struct FileStatus: Equatable {
        var size: UInt64
        var inode: UInt64
        var modified: Int64

        init(_ st: stat) {
            size = UInt64(max(0, st.st_size))
            inode = UInt64(st.st_ino)
            modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        }
    }
}
