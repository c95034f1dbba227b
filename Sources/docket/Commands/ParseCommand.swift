import ArgumentParser
import DocketFeeds
import DocketFetch
import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `docket parse FILE|URL [--json]`: one feed, parsed and normalised, stored nowhere.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one feed and print it, storing nothing.",
        discussion: """
            Reads an RSS (0.90-2.0, 1.0) or Atom (0.3, 1.0) feed from a file or an http(s) URL, \
            repairs what it can (bad encodings, HTML entities, truncation), and prints the items.

            With --json the output is one JSON object: {"items":[{"id","guid","title","link",\
            "published","updated","authors","summary","content","categories","enclosures"}...],\
            "format","title","link",...}. Dates are ISO 8601 UTC; text is plain text.

            Exit status: 0 parsed; 1 the input is not a feed, is refused as hostile, or cannot be read.
            """)

    @Argument(help: ArgumentHelp("A feed file, a file:// URL, or an http(s) URL.", valueName: "file-or-url"))
    var input: String

    @Flag(help: "Print one JSON document instead of text.")
    var json = false

    @Flag(help: "Keep each item's HTML (links resolved, scripts removed) as content_html.")
    var markup = false

    @Option(help: ArgumentHelp("For a file: the Content-Type it was served with (its charset wins).", valueName: "type"))
    var contentType: String?

    @Option(help: ArgumentHelp("For a file: the URL relative links are resolved against.", valueName: "url"))
    var base: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var options = FeedParserOptions()
        options.keepMarkup = markup
        let output = ParseOutput(json: json)
        do {
            if let url = Self.webURL(input) {
                let response = try HTTPClient().get(url)
                guard (200..<300).contains(response.status) else {
                    throw FetchError.http(url: url, status: response.status)
                }
                let parser = FeedParser(
                    source: url, url: response.baseURL, contentType: response[header: "content-type"], options: options)
                parser.onItem = output.item
                try parser.push(response.body)
                output.finish(try parser.finish())
            } else {
                let path = Self.filePath(input)
                let parser = FeedParser(source: path, url: base, contentType: contentType, feedID: path, options: options)
                parser.onItem = output.item
                // The file is read, decoded and sanitised on a second thread while libxml2
                // reads the chunk before (and the JSON is written on a third).
                output.finish(try parser.parse { deliver in try Self.read(path, deliver) })
            }
        } catch let error as FeedParseError {
            output.fail(error.description)
            throw CommandFailure.exit(error.description)
        } catch let error as FetchError {
            throw CommandFailure.exit(error.description)
        }
    }

    static func webURL(_ s: String) -> String? {
        let lower = s.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? s : nil
    }

    static func filePath(_ s: String) -> String {
        if s.lowercased().hasPrefix("file://"), let url = URL(string: s), url.isFileURL { return url.path }
        return s
    }

    /// Streams a file in 256 KB chunks.
    static func read(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CommandFailure.exit("\(path): cannot open (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CommandFailure.exit("\(path): cannot read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }
}

/// Prints what `docket parse` found, as text or as streamed JSON (items first, then the
/// feed's metadata: key order does not matter in JSON, and it lets items go out as they
/// complete). The JSON is made and written on a thread of its own, a few dozen items behind
/// the parser, so that the parser's core does nothing else.
final class ParseOutput {
    private let json: Bool
    private var textItems: [Item] = []
    /// Items waiting to be handed to the writing thread.
    private var batch: [Item] = []
    private let stream: JSONItemStream?

    static let batchSize = 32

    init(json: Bool) {
        self.json = json
        stream = json ? JSONItemStream() : nil
    }

    func item(_ item: Item) {
        guard let stream else {
            textItems.append(item)
            return
        }
        batch.append(item)
        if batch.count >= Self.batchSize {
            stream.send(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }

    func finish(_ feed: ParsedFeed) {
        if let stream {
            var writer = end(stream)
            writer.endArray()
            feed.writeMetadata(to: &writer)
            writer.endObject()
            writer.newline()
            Console.write(writer.take())
        } else {
            Console.write(Array(ParseTextReport(feed: feed, items: textItems).render().utf8))
        }
    }

    /// Closes the JSON document already started, with the error in it, so the output stays valid.
    func fail(_ message: String) {
        guard let stream else { return }
        let started = stream.started
        var writer = end(stream)
        guard started || !batch.isEmpty else { return }
        writer.endArray()
        writer.key("error")
        writer.string(message)
        writer.endObject()
        writer.newline()
        Console.write(writer.take())
    }

    /// Hands over the last items, waits for them to be written, and takes the writer back.
    private func end(_ stream: JSONItemStream) -> JSONWriter {
        if !batch.isEmpty { stream.send(batch) }
        batch.removeAll()
        return stream.finish()
    }
}

/// The human-readable form of a parsed feed.
struct ParseTextReport {
    var feed: ParsedFeed
    var items: [Item]

    func render() -> String {
        var out = ""
        out += (feed.title ?? "(untitled feed)") + "\n"
        out += "\(feed.format.displayName) · \(feed.encoding)"
        if let link = feed.link { out += " · \(link)" }
        out += "\n"
        out += "\(items.count) item\(items.count == 1 ? "" : "s")"
        if feed.recovered {
            out += " · recovered from \(feed.problemCount) problem\(feed.problemCount == 1 ? "" : "s")"
            if let first = feed.diagnostics.first { out += " (first: \(first))" }
        }
        out += "\n"
        for (n, item) in items.enumerated() {
            out += "\n\(n + 1). \(item.title ?? "(untitled)")\n"
            if let link = item.link { out += "   \(link)\n" }
            var facts: [String] = []
            if let date = item.published ?? item.updated { facts.append(ISO8601.string(from: date)) }
            let names = item.authors.compactMap { $0.name ?? $0.email }
            if !names.isEmpty { facts.append(names.joined(separator: ", ")) }
            if !item.categories.isEmpty { facts.append(item.categories.joined(separator: ", ")) }
            if !facts.isEmpty { out += "   " + facts.joined(separator: " · ") + "\n" }
            if let text = item.summary ?? item.content, !text.isEmpty {
                out += "   " + Self.clip(text, 240) + "\n"
            }
        }
        return out
    }

    static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
