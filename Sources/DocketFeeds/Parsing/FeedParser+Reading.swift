import DocketModel
import Foundation

extension FeedParser {
    /// Parses the document that `read` produces, on two cores: `read` runs on a thread of its
    /// own, handing each next chunk of the document to the function it is given, and that
    /// thread also decodes, repairs and sanitises the chunk (`FeedInput`) and has libxml2 read
    /// it, writing its events down (`XMLEventLog`); the builder replays them on the calling
    /// thread, where `onItem` is called. The feed is the same as from `push`ing the chunks and
    /// calling `finish`, in about the time of the slower half; at most a few chunks' events
    /// wait between the two.
    ///
    /// An error thrown by `read` or by the input side reaches the caller after the chunks before
    /// it were read, as with `push`; an error on libxml2's side stops `read` at its next chunk.
    ///
    /// ```swift
    /// let feed = try parser.parse { deliver in
    ///     while let chunk = try file.next() { try deliver(chunk) }
    /// }
    /// ```
    public func parse(
        reading read: @escaping @Sendable (_ deliver: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws -> ParsedFeed {
        precondition(!finished, "FeedParser.parse(reading:) after finish")
        let handoff = InputHandoff(input, source: source)
        let chunks = BoundedQueue<InputChunk>(capacity: 4)
        let done = DispatchSemaphore(value: 0)
        let replayer = XMLEventReplayer()
        let thread = Thread {
            handoff.run(read, into: chunks)
            done.signal()
        }
        thread.name = "docket.feed-input"
        thread.start()
        var joined = false
        func join() {
            guard !joined else { return }
            joined = true
            chunks.cancel()
            done.wait()
            input = handoff.input
        }
        defer { join() }
        while let chunk = chunks.receive() {
            switch chunk {
            case .events(let events, let final):
                replayer.replay(
                    events, into: builder, line: { replayLine = $0 }, doctype: { builder.doctype = $0 },
                    stopped: { builder.fatal != nil })
                replayLine = nil
                if let fatal = builder.fatal { throw fatal }
                if final {
                    join()
                    return try finishDocument()
                }
            case .failed(let error):
                throw error.error
            }
        }
        // The input side stopped without a last chunk or an error: cannot happen.
        throw FeedParseError.malformed(source: source, line: 1, column: 1, message: "the input ended early")
    }
}

/// What the input thread hands to the builder's: libxml2's events for the next chunk, or why
/// there are no more.
enum InputChunk: Sendable {
    case events([UInt8], final: Bool)
    case failed(SendableError)
}

/// An error crossing from the input thread (thrown errors are not `Sendable` as such).
struct SendableError: @unchecked Sendable {
    let error: any Error
}

/// The `FeedInput` lent to the input thread, and given back when it ends. Only one thread
/// touches it at a time: the input thread from `run` until it signals, then the caller.
final class InputHandoff: @unchecked Sendable {
    var input: FeedInput
    let source: String

    init(_ input: FeedInput, source: String) {
        self.input = input
        self.source = source
    }

    /// The input thread: every chunk `read` delivers, decoded, sanitised and read by libxml2
    /// into an event log, then the rest.
    func run(
        _ read: (_ deliver: (UnsafeRawBufferPointer) throws -> Void) throws -> Void, into chunks: BoundedQueue<InputChunk>
    ) {
        let log = XMLEventLog()
        let xml = XMLPushParser(handler: log, documentName: source)
        log.parser = xml
        var sanitized: [UInt8] = []
        func parse(final: Bool) -> Bool {
            log.doctype(input.doctype)
            if !sanitized.isEmpty || final { sanitized.withUnsafeBytes { xml.push($0, terminate: final) } }
            return chunks.send(.events(log.take(), final: final))
        }
        do {
            try read { bytes in
                sanitized.removeAll(keepingCapacity: true)
                try input.take(bytes, into: &sanitized)
                if !sanitized.isEmpty, !parse(final: false) { throw CancellationError() }
            }
            sanitized.removeAll(keepingCapacity: true)
            try input.finish(into: &sanitized)
            _ = parse(final: true)
        } catch is CancellationError {
            return
        } catch {
            chunks.send(.failed(SendableError(error: error)))
        }
        withExtendedLifetime(log) {}
    }
}
