import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct LockTests {
    @Test func secondWriterInAnotherThreadWaitsOrFails() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            try? kb.write { writer in
                try writer.saveFeeds([Sample.feed("holder")])
                holding.signal()
                release.wait()
            }
            finished.signal()
        }.start()
        #expect(holding.wait(timeout: .now() + 10) == .success)

        // Another KnowledgeBase value: its own open file description, so flock contends.
        let other = try KnowledgeBase.open(at: kb.root)
        let error = #expect(throws: KnowledgeBaseError.self) { try other.write(waitingUpTo: 0) { try $0.saveFeeds([]) } }
        #expect(error == .locked(path: kb.root.path, holder: getpid()))
        #expect(error?.description.contains("pid \(getpid())") == true)
        #expect(error?.description.contains("--wait") == true)
        #expect(try other.feeds().map(\.id) == ["holder"])  // readers never block

        // Released within the wait: the second writer gets the lock and runs.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { release.signal() }
        let start = Date()
        try other.write(waitingUpTo: 10) { try $0.saveFeeds([Sample.feed("second")]) }
        #expect(Date().timeIntervalSince(start) >= 0.2)
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(try kb.feeds().map(\.id) == ["second"])
    }

    @Test func anotherProcessHoldingTheLockIsWaitedFor() throws {
        let flock = URL(fileURLWithPath: "/usr/bin/flock")
        try #require(FileManager.default.isExecutableFile(atPath: flock.path), "needs util-linux flock")
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let holder = Process()
        holder.executableURL = flock
        holder.arguments = ["--exclusive", kb.lockURL.path, "sleep", "1"]
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }

        // Wait until the other process has the lock.
        let deadline = Date().addingTimeInterval(10)
        var locked: KnowledgeBaseError?
        while locked == nil && Date() < deadline {
            do {
                try kb.write(waitingUpTo: 0) { _ in }
                usleep(10_000)
            } catch let error as KnowledgeBaseError {
                locked = error
            }
        }
        #expect(locked == .locked(path: kb.root.path, holder: nil))
        #expect(holder.isRunning)

        let start = Date()
        try kb.write(waitingUpTo: 15) { try $0.saveFeeds([Sample.feed("after")]) }
        #expect(Date().timeIntervalSince(start) > 0.1)
        holder.waitUntilExit()
        #expect(try kb.feeds().map(\.id) == ["after"])
    }

    @Test func concurrentWritersNeverInterleave() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds((0..<4).map { Sample.feed("f\($0)") }) }
        let group = DispatchGroup()
        let failures = FailureCount()
        for t in 0..<4 {
            group.enter()
            Thread {
                for n in 0..<15 {
                    do {
                        let writer = try KnowledgeBase.open(at: kb.root)
                        try writer.write(waitingUpTo: 30) { w in
                            _ = try w.appendItems([Sample.item(feed: "f\(t)", guid: "urn:\(t):\(n)"), Sample.item(feed: "f\(t)", guid: "urn:\(t):\(n)b")])
                            var feeds = try writer.feeds()
                            if let i = feeds.firstIndex(where: { $0.id == "f\(t)" }) { feeds[i].state.items += 2 }
                            try w.saveFeeds(feeds)
                        }
                    } catch {
                        failures.add()
                    }
                }
                group.leave()
            }.start()
        }
        #expect(group.wait(timeout: .now() + 120) == .success)
        #expect(failures.value == 0)
        #expect(try kb.stats().items == 120)
        // Every read-modify-write of feeds.json saw the previous one's result.
        #expect(try kb.feeds().map(\.state.items) == [30, 30, 30, 30])
        #expect(try kb.verify().isEmpty)
    }
}

final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

@Suite struct LongWriteTests {
    @Test func beginWriteHoldsTheLockUntilFinish() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let writer = try kb.beginWrite()
        try writer.saveFeeds([Sample.feed("alpha")])
        #expect(throws: KnowledgeBaseError.locked(path: kb.root.path, holder: getpid())) { try kb.write { _ in } }
        let result = try writer.appendItems([Sample.item(feed: "alpha", guid: "g1")])
        #expect(result.added.count == 1)
        try writer.finish()
        #expect(throws: KnowledgeBaseError.self) { try writer.saveFeeds([]) }
        try kb.write { try $0.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")]) }
        #expect(try kb.feeds().count == 2)
        #expect(try kb.append([Sample.item(feed: "alpha", guid: "g1")]).skipped == 1)
    }

    @Test func abandonedWriterReleasesTheLock() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        do {
            let writer = try kb.beginWrite()
            _ = try writer.appendItems([Sample.item(feed: "alpha", guid: "g1")])
        }
        // Released with the writer; its unflushed index entries are caught up from the month file.
        #expect(try kb.append([Sample.item(feed: "alpha", guid: "g1")]).skipped == 1)
    }
}
