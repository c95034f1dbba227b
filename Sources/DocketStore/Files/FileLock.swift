import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The advisory write lock: `flock(LOCK_EX)` on the knowledge base's `.lock`, polled until a
/// deadline. The holder writes its process id into the file so a waiting process can name it.
/// Readers never take it.
final class FileLock {
    private let file: POSIXFile
    private var held = true

    private init(file: POSIXFile) {
        self.file = file
    }

    /// How often a waiting writer tries again.
    static let pollInterval: Double = 0.025

    static func acquire(_ url: URL, waitingUpTo seconds: Double, reportedPath: String) throws -> FileLock {
        let file = try POSIXFile(path: url.path, flags: O_RDWR | O_CREAT, mode: 0o644)
        let deadline = Date().addingTimeInterval(max(0, seconds))
        while true {
            if flock(file.fd, LOCK_EX | LOCK_NB) == 0 {
                let lock = FileLock(file: file)
                // Informational only: a failure to record the pid does not stop the writer.
                try? file.truncate(to: 0)
                try? file.write(Array("\(getpid())\n".utf8), at: 0)
                return lock
            }
            let code = errno
            guard code == EWOULDBLOCK || code == EAGAIN || code == EINTR else {
                throw KnowledgeBaseError.io(path: url.path, operation: "lock", errno: code)
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { throw KnowledgeBaseError.locked(path: reportedPath, holder: holder(of: file)) }
            usleep(useconds_t(min(left, pollInterval) * 1_000_000))
        }
    }

    /// The pid the current holder recorded, when that process is still alive.
    private static func holder(of file: POSIXFile) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = (try? buffer.withUnsafeMutableBytes { try file.read(into: $0, at: 0) }) ?? 0
        let text = String(decoding: buffer.prefix(n), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text), pid > 0 else { return nil }
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }

    func release() {
        guard held else { return }
        held = false
        try? file.truncate(to: 0)
        flock(file.fd, LOCK_UN)
        try? file.close()
    }

    deinit { release() }
}
