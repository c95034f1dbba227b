import DocketModel
import Foundation
import Synchronization
import Testing

@testable import DocketFeeds

/// `FeedParser.parse(reading:)`: the input side (decoding, sanitising, libxml2, its events
/// written down and replayed) on a thread of its own gives the same feed as pushing the same
/// chunks, and errors from either side reach the caller.
@Suite("FeedParser reading on two threads")
struct FeedParserReadingTests {
    /// Parses `bytes` delivered by a reader in chunks of `chunkSize`, counting the chunks it delivered.
    static func parseReading(
        _ bytes: [UInt8], chunkSize: Int, source: String, contentType: String? = nil,
        options: FeedParserOptions = FeedParserOptions(), delivered: Counter = Counter(),
        onItem: ((Item) -> Void)? = nil
    ) throws -> ParsedFeed {
        let parser = FeedParser(source: source, contentType: contentType, options: options)
        parser.onItem = onItem
        let counter = delivered
        return try parser.parse { deliver in
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + chunkSize, bytes.count)
                try bytes[offset..<end].withUnsafeBytes { try deliver($0) }
                counter.value.add(1, ordering: .relaxed)
                offset = end
            }
        }
    }

    final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    static let fixtures = [
        "push/twelve-items.xml", "formats/rss20.xml", "formats/atom10.xml", "formats/rss091-netscape.xml",
        "damage/html-entities.xml", "damage/truncated-mid-item.xml", "damage/utf8-bom.xml",
        "damage/control-chars.xml", "text/atom-types.atom", "safety/internal-entity.xml",
        "namespaces/atom-in-rss.xml", "links/xml-base.atom", "fuzz/attribute-reference-split.xml",
    ]

    @Test("reading on a second thread gives the feed that pushing gives", arguments: fixtures, [1, 5, 4096])
    func sameFeed(path: String, chunkSize: Int) throws {
        let bytes = try FeedFixture.bytes(path)
        let pushed = try FeedFixture.parseInChunks(bytes, chunkSize: chunkSize, source: path)
        let read = try Self.parseReading(bytes, chunkSize: chunkSize, source: path)
        #expect(!pushed.items.isEmpty)
        #expect(read.items == pushed.items)
        #expect(read.format == pushed.format)
        #expect(read.title == pushed.title)
        #expect(read.encoding == pushed.encoding)
        #expect(read.problemCount == pushed.problemCount)
    }

    @Test(
        "a legacy encoding is decoded on the input thread as when pushed",
        arguments: ["encodings/latin1-declared.xml", "encodings/koi8-r.xml", "encodings/utf16le-bom.xml"])
    func legacyEncoding(path: String) throws {
        let bytes = try FeedFixture.bytes(path)
        let pushed = try FeedFixture.parse(path)
        let read = try Self.parseReading(bytes, chunkSize: 3, source: path)
        #expect(pushed.encoding != "utf-8")
        #expect(read.encoding == pushed.encoding)
        #expect(read.items == pushed.items)
    }

    @Test("onItem is called on the calling thread, in order, with every item")
    func itemsOnCallingThread() throws {
        let path = "push/twelve-items.xml"
        let caller = pthread_self()
        var guids: [String?] = []
        var onCaller = true
        _ = try Self.parseReading(try FeedFixture.bytes(path), chunkSize: 64, source: path) { item in
            guids.append(item.guid)
            if pthread_equal(pthread_self(), caller) == 0 { onCaller = false }
        }
        #expect(guids == (1...12).map { "push-\($0)" })
        #expect(onCaller)
    }

    struct ReadFailure: Error, Equatable {}

    @Test("an error thrown by the reader reaches the caller after the items before it")
    func readerError() throws {
        let bytes = try FeedFixture.bytes("push/twelve-items.xml")
        let half = bytes.count / 2
        let parser = FeedParser(source: "half")
        var items = 0
        parser.onItem = { _ in items += 1 }
        #expect(throws: ReadFailure.self) {
            _ = try parser.parse { deliver in
                try bytes[..<half].withUnsafeBytes { try deliver($0) }
                throw ReadFailure()
            }
        }
        #expect(items > 0 && items < 12)
    }

    @Test("an input-side error (too large) is the same error as when pushed")
    func inputError() throws {
        var options = FeedParserOptions()
        options.maxInputBytes = 1000
        let bytes = try FeedFixture.bytes("push/twelve-items.xml")
        #expect(bytes.count > 1000)
        let error = FeedFixture.error { try Self.parseReading(bytes, chunkSize: 100, source: "big", options: options) }
        guard case .tooLarge(_, 1000)? = error else {
            Issue.record("expected tooLarge, got \(String(describing: error))")
            return
        }
    }

    @Test("a parser-side error (too deep) stops the reader instead of reading on")
    func parserErrorStopsReader() throws {
        var options = FeedParserOptions()
        options.maxDepth = 8
        let deep = Array(("<rss><channel>" + String(repeating: "<a>", count: 4000) + String(repeating: "x", count: 2_000_000)).utf8)
        let delivered = Counter()
        let error = FeedFixture.error {
            try Self.parseReading(deep, chunkSize: 64, source: "deep", options: options, delivered: delivered)
        }
        guard case .tooDeep(_, _, 8)? = error else {
            Issue.record("expected tooDeep, got \(String(describing: error))")
            return
        }
        // 2 MB in 64-byte chunks is 31,000 chunks; the reader stops a queue's length after the error.
        #expect(delivered.value.load(ordering: .relaxed) < 1000)
    }
}

@Suite("BoundedQueue")
struct BoundedQueueTests {
    @Test("elements arrive in order across threads, and the sender waits while the queue is full")
    func orderAndBound() async throws {
        let queue = BoundedQueue<Int>(capacity: 3)
        let counter = FeedParserReadingTests.Counter()
        let thread = Thread {
            for n in 0..<1000 {
                queue.send(n)
                counter.value.add(1, ordering: .relaxed)
            }
            queue.close()
        }
        thread.start()
        // Nothing is received yet: the sender is held at the capacity (3) plus the one it is sending.
        try await Task.sleep(for: .milliseconds(200))
        #expect(counter.value.load(ordering: .relaxed) <= 3)
        var received: [Int] = []
        while let n = queue.receive() { received.append(n) }
        #expect(received == Array(0..<1000))
    }

    @Test("cancel refuses later sends and ends receiving")
    func cancel() {
        let queue = BoundedQueue<String>(capacity: 2)
        #expect(queue.send("a"))
        queue.cancel()
        #expect(!queue.send("b"))
        #expect(queue.receive() == nil)
    }
}
