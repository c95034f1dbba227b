import CLibXML2
import DocketModel
import Foundation
import Testing

@testable import DocketFeeds

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The safety rules for untrusted feed bytes, one test per rule; each fails if its rule
/// is removed. Fixtures with `SECRET_PATH` or `LISTENER_PORT` are templates the tests fill in.
@Suite("FeedParser safety")
struct FeedParserSafetyTests {
    // MARK: 1. External entities are never read from disk

    @Test("an external entity naming a local file is never expanded: its secret appears in no field")
    func externalEntityFile() throws {
        let secret = try SecretFile()
        let document = try FeedFixture.text("safety/xxe-file.xml").replacingOccurrences(
            of: "SECRET_PATH", with: secret.path)
        var options = FeedParserOptions()
        options.keepMarkup = true
        let feed = try FeedParser.parse(Array(document.utf8), source: "xxe-file.xml", options: options)

        #expect(!FeedFixture.everything(feed).contains(secret.value))
        // The document itself was read: the feed and its item are there, the internal entity expanded.
        #expect(feed.title?.hasPrefix("Leak: [") == true)
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.title?.contains("internal value") == true)
        #expect(feed.items.first?.link?.hasPrefix("https://xxe.example.org/1") == true)
    }

    @Test("libxml2 itself, as XMLPushParser configures it, does not expand the external entity")
    func externalEntityFileStraightToLibxml2() throws {
        let secret = try SecretFile()
        let document = try FeedFixture.text("safety/xxe-file.xml").replacingOccurrences(
            of: "SECRET_PATH", with: secret.path)
        let recorder = RecordingHandler()
        recorder.parse(Array(document.utf8))
        #expect(!recorder.text.contains(secret.value))
        #expect(recorder.elements.contains("item"))
        #expect(recorder.elements.contains("guid"))
        #expect(recorder.text.contains("Leak: ["))
    }

    // MARK: 2. No network

    @Test("an external DTD and external entities on a loopback URL cause no connection")
    func noNetwork() throws {
        let listener = try LoopbackListener()
        defer { listener.stop() }
        let document = try FeedFixture.text("safety/external-network.xml").replacingOccurrences(
            of: "LISTENER_PORT", with: String(listener.port))
        #expect(document.contains("127.0.0.1:\(listener.port)/evil.dtd"))

        let feed = try FeedParser.parse(Array(document.utf8), source: "external-network.xml")
        #expect(feed.items.count == 1)
        // And with libxml2 on its own, DOCTYPE and all.
        let recorder = RecordingHandler()
        recorder.parse(Array(document.utf8))
        #expect(recorder.elements.contains("item"))

        #expect(listener.connections(afterWaiting: 0.3) == 0)

        // The listener does see a connection when one is made: the check above can fail.
        try listener.connectToSelf()
        #expect(listener.connections(afterWaiting: 2) == 1)
    }

    // MARK: 3. Entity expansion is bounded

    @Test("billion laughs (10 levels of 10x) throws .entityExpansion")
    func billionLaughs() throws {
        let error = FeedFixture.error { try FeedFixture.parse("safety/billion-laughs.xml") }
        guard case .entityExpansion(let source, _, let limit) = error else {
            Issue.record("expected .entityExpansion, got \(String(describing: error))")
            return
        }
        #expect(source == "safety/billion-laughs.xml")
        #expect(limit == FeedParserOptions().maxEntityExpansion)
        #expect(error.map { !$0.description.contains("\n") } == true)
    }

    @Test("quadratic blowup (one 50 KB entity referenced 10,000 times) throws .entityExpansion")
    func quadraticBlowup() throws {
        let error = FeedFixture.error { try FeedFixture.parse("safety/quadratic-blowup.xml") }
        guard case .entityExpansion(let source, let entity, _) = error else {
            Issue.record("expected .entityExpansion, got \(String(describing: error))")
            return
        }
        #expect(source == "safety/quadratic-blowup.xml")
        #expect(entity == "a")
    }

    @Test("internal entities within the budget expand; the budget is FeedParserOptions.maxEntityExpansion")
    func internalEntitiesAndTheirBudget() throws {
        let feed = try FeedFixture.parse("safety/internal-entity.xml")
        #expect(feed.title == "Hello from Example & Sons")
        #expect(feed.items.first?.title == "Example & Sons item")

        var options = FeedParserOptions()
        options.maxEntityExpansion = 8
        let error = FeedFixture.error { try FeedFixture.parse("safety/internal-entity.xml", options: options) }
        guard case .entityExpansion(_, _, let limit) = error else {
            Issue.record("expected .entityExpansion, got \(String(describing: error))")
            return
        }
        #expect(limit == 8)
    }

    @Test("libxml2 on its own does not expand billion laughs either")
    func billionLaughsStraightToLibxml2() throws {
        let recorder = RecordingHandler()
        recorder.parse(try FeedFixture.bytes("safety/billion-laughs.xml"))
        #expect(recorder.elements.contains("item"))
        #expect(recorder.text.utf8.count < 64 * 1024)
    }

    // MARK: 4. Nesting depth is bounded

    @Test("10,000 nested elements throw .tooDeep at the default limit")
    func deepNesting() throws {
        let error = FeedFixture.error { try FeedFixture.parse("safety/deep-nesting.xml") }
        guard case .tooDeep(let source, let line, let limit) = error else {
            Issue.record("expected .tooDeep, got \(String(describing: error))")
            return
        }
        #expect(source == "safety/deep-nesting.xml")
        #expect(limit == FeedParserOptions().maxDepth)
        #expect(line >= 1)
    }

    @Test("nesting within the limit parses; FeedParserOptions.maxDepth sets the limit")
    func moderateNestingAndCustomLimit() throws {
        let feed = try FeedFixture.parse("safety/moderate-nesting.xml")
        #expect(feed.items.map(\.title) == ["Moderate item"])

        var options = FeedParserOptions()
        options.maxDepth = 20
        let error = FeedFixture.error { try FeedFixture.parse("safety/moderate-nesting.xml", options: options) }
        guard case .tooDeep(_, _, let limit) = error else {
            Issue.record("expected .tooDeep, got \(String(describing: error))")
            return
        }
        #expect(limit == 20)
    }

    // MARK: 5. Input size is bounded

    @Test("input over maxInputBytes throws .tooLarge; input of exactly maxInputBytes parses")
    func inputSize() throws {
        let data = try FeedFixture.data("formats/rss20.xml")
        var options = FeedParserOptions()
        options.maxInputBytes = data.count - 1
        let error = FeedFixture.error { try FeedFixture.parse("formats/rss20.xml", options: options) }
        #expect(error == .tooLarge(source: "formats/rss20.xml", limit: data.count - 1))

        options.maxInputBytes = data.count
        #expect(try FeedFixture.parse("formats/rss20.xml", options: options).items.count == 2)
    }

    @Test("pushed in chunks, the push that crosses maxInputBytes throws .tooLarge")
    func inputSizePushed() throws {
        let bytes = try FeedFixture.bytes("push/twelve-items.xml")
        var options = FeedParserOptions()
        options.maxInputBytes = 2000
        let parser = FeedParser(source: "pushed", options: options)
        var pushed = 0
        var thrown: FeedParseError?
        while pushed < bytes.count {
            let chunk = Array(bytes[pushed..<min(pushed + 100, bytes.count)])
            do {
                try parser.push(chunk)
            } catch let error as FeedParseError {
                thrown = error
                break
            }
            pushed += chunk.count
        }
        #expect(thrown == .tooLarge(source: "pushed", limit: 2000))
        #expect(pushed == 2000)
    }

    // MARK: 6. No XInclude

    @Test("xi:include is never processed: the included file's secret appears nowhere")
    func xInclude() throws {
        let secret = try SecretFile()
        let document = try FeedFixture.text("safety/xinclude.xml").replacingOccurrences(
            of: "SECRET_PATH", with: secret.path)
        var options = FeedParserOptions()
        options.keepMarkup = true
        let feed = try FeedParser.parse(Array(document.utf8), source: "xinclude.xml", options: options)
        #expect(!FeedFixture.everything(feed).contains(secret.value))
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.link == "https://xinclude.example.org/1")

        let recorder = RecordingHandler()
        recorder.parse(Array(document.utf8))
        #expect(recorder.elements.contains("include"))
        #expect(!recorder.text.contains(secret.value))
    }

    // MARK: 7. The libxml2 options

    @Test("XMLPushParser.options has NONET and RECOVER")
    func requiredOptions() {
        #expect(XMLPushParser.options & Int32(XML_PARSE_NONET.rawValue) != 0)
        #expect(XMLPushParser.options & Int32(XML_PARSE_RECOVER.rawValue) != 0)
    }

    static let forbiddenOptions: [(name: String, value: Int32)] = [
        ("XML_PARSE_NOENT", Int32(XML_PARSE_NOENT.rawValue)),
        ("XML_PARSE_DTDLOAD", Int32(XML_PARSE_DTDLOAD.rawValue)),
        ("XML_PARSE_DTDATTR", Int32(XML_PARSE_DTDATTR.rawValue)),
        ("XML_PARSE_DTDVALID", Int32(XML_PARSE_DTDVALID.rawValue)),
        ("XML_PARSE_XINCLUDE", Int32(XML_PARSE_XINCLUDE.rawValue)),
        ("XML_PARSE_HUGE", Int32(XML_PARSE_HUGE.rawValue)),
    ]

    @Test("XMLPushParser.options has none of the dangerous options", arguments: forbiddenOptions)
    func forbiddenOption(name: String, value: Int32) {
        #expect(value != 0)
        #expect(XMLPushParser.options & value == 0, "\(name) is set")
    }
}

// MARK: - Helpers

/// A temporary file holding a random secret, removed when the value is released.
private final class SecretFile {
    let path: String
    let value: String

    init() throws {
        value = "DOCKET-SECRET-\(UUID().uuidString)"
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("docket-secret-\(UUID().uuidString).txt").path
        try Data(value.utf8).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Drives `XMLPushParser` directly, without the sanitizer in front, and records what libxml2 delivers.
private final class RecordingHandler: XMLEventHandler {
    var elements: [String] = []
    private var bytes: [UInt8] = []
    var problems = 0

    /// All character data and attribute values, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    func parse(_ document: [UInt8]) {
        FeedParser.initializeLibrary()
        let parser = XMLPushParser(handler: self, documentName: "direct")
        document.withUnsafeBytes { parser.push($0, terminate: true) }
    }

    func startElement(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        attributes: XMLAttributes
    ) {
        elements.append(String(cString: localName))
        for k in 0..<attributes.count {
            if let attribute = attributes.attribute(k) { bytes.append(contentsOf: attribute.value.utf8) }
        }
    }

    func endElement(localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {}

    func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: chunk)
    }

    func problem(line: Int, column: Int, message: String, fatal: Bool, endTagWritten: String?) {
        problems += 1
    }
}

/// A TCP listener on 127.0.0.1 (a free port) that counts the connections made to it,
/// accepting and closing each at once so that a client never waits.
private final class LoopbackListener: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var connectionCount = 0
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        #if canImport(Glibc) || canImport(Musl)
            let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
        }
        guard bound == 0, listen(socketFD, 16) == 0 else {
            close(socketFD)
            throw Failure(description: "bind/listen: errno \(errno)")
        }
        var actual = sockaddr_in()
        var actualLength = length
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &actualLength) }
        }
        fd = socketFD
        port = UInt16(bigEndian: actual.sin_port)
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    private func acceptLoop() {
        defer { done.signal() }
        while !lock.withLock({ stopped }) {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let client = accept(fd, nil, nil)
            if client >= 0 {
                lock.withLock { connectionCount += 1 }
                close(client)
            }
        }
    }

    /// The connections accepted so far, after giving one in flight `seconds` to arrive.
    func connections(afterWaiting seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if lock.withLock({ connectionCount }) > 0 { break }
            usleep(10_000)
        }
        return lock.withLock { connectionCount }
    }

    /// Opens (and closes) one connection to the listener, as a client would.
    func connectToSelf() throws {
        #if canImport(Glibc) || canImport(Musl)
            let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let client = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard client >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw Failure(description: "connect: errno \(errno)") }
    }

    func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if wasRunning {
            done.wait()
            close(fd)
        }
    }

    deinit { stop() }
}
