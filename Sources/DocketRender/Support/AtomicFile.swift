import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole file or nothing: the bytes go to a temporary file in the same folder,
/// which is flushed to disk and renamed over the target. A reader (or a crash) sees the old
/// file or the new one, never a partial one.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFileError(path: url.path, errno: errno) }
        var ok = true
        var failure = errno
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #else
                    let n = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if ok, fsync(fd) != 0 {
            ok = false
            failure = errno
        }
        close(fd)
        guard ok, rename(temporary.path, url.path) == 0 else {
            if ok { failure = errno }
            unlink(temporary.path)
            throw AtomicFileError(path: url.path, errno: failure)
        }
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
