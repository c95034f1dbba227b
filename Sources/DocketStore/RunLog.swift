import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON Lines log of one run (`logs/update-20261126T055805Z.jsonl`), for cron forensics:
/// one line per event the caller records. Starting a log removes the oldest logs of the same
/// name beyond `keeping`, so the folder stays bounded.
///
/// Each event is written with a single `write` on a file opened for appending, so lines from
/// several tasks never interleave. Not fsynced: a log is evidence, not data.
public final class RunLog: @unchecked Sendable {
    /// The log file.
    public let url: URL
    private let lock = NSLock()
    private var file: POSIXFile?
    private let encoder = DocketJSON.encoder(pretty: false)

    private init(url: URL, file: POSIXFile) {
        self.url = url
        self.file = file
    }

    /// Creates `logs/<name>-<UTC timestamp>.jsonl` (with `-2`, `-3`… when that name is taken)
    /// and deletes the oldest `<name>-*.jsonl` files beyond the newest `keeping`.
    public static func start(in kb: KnowledgeBase, name: String = "update", keeping: Int = 30, now: Date = Date()) throws -> RunLog {
        try FileSystem.createDirectory(kb.logsURL)
        let stamp = ISO8601.string(from: now).filter { $0 != "-" && $0 != ":" }
        var attempt = 1
        while true {
            let url = kb.logsURL.appendingPathComponent("\(name)-\(stamp)\(attempt > 1 ? "-\(attempt)" : "").jsonl")
            do {
                let file = try POSIXFile(path: url.path, flags: O_WRONLY | O_CREAT | O_EXCL | O_APPEND)
                prune(kb.logsURL, name: name, keeping: max(1, keeping))
                return RunLog(url: url, file: file)
            } catch KnowledgeBaseError.io(_, _, let code) where code == EEXIST && attempt < 1000 {
                attempt += 1
            }
        }
    }

    /// Appends one event as a line of JSON (sorted keys, ISO 8601 dates).
    public func record<Event: Encodable>(_ event: Event) throws {
        var bytes = [UInt8](try encoder.encode(event))
        bytes.append(0x0A)
        lock.lock()
        defer { lock.unlock() }
        guard let file else { throw KnowledgeBaseError.invalid(message: "the run log \(url.path) is closed") }
        try file.write(bytes)
    }

    /// Closes the file; later `record` calls fail.
    public func close() throws {
        lock.lock()
        defer { lock.unlock() }
        try file?.close()
        file = nil
    }

    private static func prune(_ folder: URL, name: String, keeping: Int) {
        let logs = ((try? FileSystem.names(in: folder)) ?? [])
            .filter { $0.hasPrefix(name + "-") && $0.hasSuffix(".jsonl") }
            .sorted(by: isOlder)
        for old in logs.dropLast(keeping) {
            unlink(folder.appendingPathComponent(old).path)
        }
    }

    /// Orders `update-<stamp>.jsonl` before `update-<stamp>-2.jsonl` before `-10`.
    private static func isOlder(_ a: String, _ b: String) -> Bool {
        func parts(_ s: String) -> (String, Int) {
            let base = String(s.dropLast(6))
            if let dash = base.lastIndex(of: "-"), let n = Int(base[base.index(after: dash)...]), base[..<dash].contains("T") {
                return (String(base[..<dash]), n)
            }
            return (base, 1)
        }
        let (sa, na) = parts(a)
        let (sb, nb) = parts(b)
        return sa != sb ? sa < sb : na < nb
    }
}
