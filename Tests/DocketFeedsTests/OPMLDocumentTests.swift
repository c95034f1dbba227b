import Foundation
import Testing

@testable import DocketFeeds

/// OPML reading, writing and the safety rules for untrusted OPML files.
@Suite("OPML")
struct OPMLDocumentTests {
    typealias Subscription = OPMLDocument.Subscription

    // MARK: Helpers

    private static func fixture(_ name: String, extension ext: String = "opml") throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/opml"),
            "missing fixture Fixtures/opml/\(name).\(ext)")
        return try Data(contentsOf: url)
    }

    private static func read(_ name: String, extension ext: String = "opml") throws -> OPMLDocument {
        try OPMLDocument(data: fixture(name, extension: ext), source: "\(name).\(ext)")
    }

    private static func parse(_ text: String, source: String = "test.opml") throws(OPMLError) -> OPMLDocument {
        try OPMLDocument(data: Array(text.utf8), source: source)
    }

    /// The error thrown for `text`, or `nil` when it parses.
    private static func error(of text: String, source: String = "test.opml") -> OPMLError? {
        do {
            _ = try parse(text, source: source)
            return nil
        } catch {
            return error
        }
    }

    private static func error(ofFixture name: String, extension ext: String = "opml") throws -> OPMLError? {
        let data = try fixture(name, extension: ext)
        do {
            _ = try OPMLDocument(data: data, source: "\(name).\(ext)")
            return nil
        } catch {
            return error
        }
    }

    // MARK: Reading

    @Test("nested folders become tags, outermost first; duplicates merge")
    func nestedFolders() throws {
        let document = try Self.read("nested")
        #expect(document.title == "AI policy desk \u{2013} subscriptions")
        #expect(document.subscriptions == [
            Subscription(
                title: "The Verge \u{2013} AI",
                xmlURL: "https://www.theverge.com/rss/ai-artificial-intelligence/index.xml",
                htmlURL: "https://www.theverge.com/ai-artificial-intelligence",
                tags: ["News"], type: "rss"),
            Subscription(
                title: "Ars Technica",
                xmlURL: "https://feeds.arstechnica.com/arstechnica/technology-lab",
                htmlURL: "https://arstechnica.com/",
                tags: ["News", "Policy"],
                description: "Tech & policy, \"long reads\"", type: "rss"),
            Subscription(
                title: "Example Wire", xmlURL: "https://wire.example.com/ai.rdf",
                htmlURL: "https://wire.example.com/", tags: ["News", "Wires"], type: "rss"),
            Subscription(
                title: "EU Commission \u{2013} Digital",
                xmlURL: "https://digital-strategy.ec.europa.eu/en/rss.xml",
                tags: ["Regulators"], type: "rss"),
            Subscription(
                title: "FTC press releases", xmlURL: "https://www.ftc.gov/feeds/press-release.xml",
                tags: ["Regulators"], type: nil),
            Subscription(
                title: nil, xmlURL: "https://untitled.example.org/feed",
                tags: ["Regulators"], type: "rss"),
            Subscription(
                title: "Top-level feed", xmlURL: "https://top.example.net/atom.xml",
                tags: [], type: "rss"),
        ])
    }

    @Test("a url attribute on a link outline is not a feed")
    func linkOutlineIsNotAFeed() throws {
        let document = try Self.read("nested")
        #expect(!document.subscriptions.contains { $0.xmlURL.hasSuffix("blogroll.opml") })
    }

    @Test("category attributes: comma-separated, paths split, folders' categories inherited")
    func categories() throws {
        let document = try Self.read("categories")
        #expect(document.title == "Categorised feeds")
        let tags = Dictionary(uniqueKeysWithValues: document.subscriptions.map { ($0.xmlURL, $0.tags) })
        #expect(tags["https://policywatch.example.org/feed.atom"] == ["Policy", "EU", "Regulation"])
        #expect(tags["https://technews.example.com/rss"] == ["News", "AI"])
        #expect(tags["https://cafe.example.fr/rss"] == ["News", "Europe"])
        #expect(tags["https://www.garanteprivacy.example.it/rss"] == ["Regulators", "Government", "Privacy"])
        #expect(tags["https://latin1.example.fr/rss"] == [])
    }

    @Test("the encoding declared in the file is honoured (ISO-8859-1)")
    func latin1() throws {
        let titles = try Self.read("categories").subscriptions.compactMap(\.title)
        #expect(titles.contains("Caf\u{E9} Tech"))
        #expect(titles.contains("Caf\u{E9} direct"))
    }

    @Test("a list without feeds is valid and empty")
    func noSubscriptions() throws {
        let document = try Self.parse("""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Nothing yet</title></head><body><outline text="Folder"/></body></opml>
            """)
        #expect(document == OPMLDocument(title: "Nothing yet", subscriptions: []))
        #expect(try Self.parse("<opml version=\"1.0\"><body/></opml>") == OPMLDocument())
    }

    @Test("OPML 1.0 without head, outlines outside body, upper-case names")
    func lenientStructure() throws {
        let document = try Self.parse("""
            <OPML version="1.0">
              <outline TEXT="Loose" XMLURL="https://loose.example.com/rss" HTMLURL="https://loose.example.com/"/>
              <body><group><outline text="Inner" xmlUrl="https://inner.example.com/rss"/></group></body>
            </OPML>
            """)
        #expect(document.subscriptions.map(\.xmlURL) == [
            "https://loose.example.com/rss", "https://inner.example.com/rss",
        ])
        #expect(document.subscriptions.first?.htmlURL == "https://loose.example.com/")
        #expect(document.subscriptions.first?.title == "Loose")
    }

    @Test("Data, [UInt8] and non-contiguous collections read alike")
    func inputCollections() throws {
        let data = try Self.fixture("nested")
        let fromData = try OPMLDocument(data: data, source: "nested.opml")
        let fromArray = try OPMLDocument(data: [UInt8](data), source: "nested.opml")
        let fromLazy = try OPMLDocument(data: data.lazy.map { $0 }, source: "nested.opml")
        #expect(fromData == fromArray)
        #expect(fromData == fromLazy)
    }

    @Test("the demo's feeds/samples/samples.opml lists the three sample feeds with tags")
    func demoSamples() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("feeds/samples/samples.opml")
        let document = try OPMLDocument(data: Data(contentsOf: url), source: "feeds/samples/samples.opml")
        #expect(document.subscriptions.map(\.xmlURL) == [
            "https://technews.example.com/ai/feed.rss",
            "https://wire.example.com/ai.rdf",
            "https://policywatch.example.org/ai/feed.atom",
        ])
        #expect(document.subscriptions.map(\.tags) == [
            ["News", "AI", "Industry"], ["News", "AI", "Wires"], ["Policy", "Regulation"],
        ])
        #expect(document.subscriptions.allSatisfy { $0.title != nil && $0.htmlURL != nil })
    }

    // MARK: Errors

    @Test("a broken file is an error naming the file, line and column")
    func broken() throws {
        let error = try #require(try Self.error(ofFixture: "broken"))
        guard case .malformed(let source, let line, let column, let message) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(source == "broken.opml")
        #expect(line == 11)
        #expect(column > 0)
        #expect(message.contains("mismatch"))
        #expect(error.description.hasPrefix("broken.opml:11:\(column): not well-formed OPML"))
        #expect(!error.description.contains("\n"))
    }

    @Test("an HTML page is not OPML")
    func htmlPage() throws {
        let error = try #require(try Self.error(ofFixture: "page", extension: "html"))
        #expect(error == .notOPML(source: "page.html", found: "html"))
        #expect(error.description.contains("page.html is an HTML page"))
        #expect(!error.description.contains("\n"))
        // Well-formed XHTML too.
        #expect(Self.error(of: "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
            == .notOPML(source: "test.opml", found: "html"))
    }

    @Test("a feed is not OPML, and the message says how to add it")
    func feedIsNotOPML() {
        let rss = Self.error(of: "<rss version=\"2.0\"><channel><title>T</title></channel></rss>", source: "feed.xml")
        #expect(rss == .notOPML(source: "feed.xml", found: "rss"))
        #expect(rss?.description.contains("docket feeds add") == true)

        let rdf = Self.error(of: """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>
            """)
        #expect(rdf == .notOPML(source: "test.opml", found: "rdf:RDF"))

        // A broken feed is still recognised as a feed, not reported as broken OPML.
        let brokenAtom = Self.error(of: "<?xml version=\"1.0\"?>\n<feed><entry><title>x</entry></feed>")
        #expect(brokenAtom == .notOPML(source: "test.opml", found: "feed"))
    }

    @Test("empty, blank and oversized input")
    func emptyAndTooLarge() {
        #expect(Self.error(of: "") == .empty(source: "test.opml"))
        #expect(Self.error(of: " \n\t\n") == .empty(source: "test.opml"))
        let huge = [UInt8](repeating: UInt8(ascii: " "), count: OPMLDocument.maximumSize + 1)
        #expect(throws: OPMLError.tooLarge(
            source: "big.opml", size: OPMLDocument.maximumSize + 1, limit: OPMLDocument.maximumSize)) {
            try OPMLDocument(data: huge, source: "big.opml")
        }
    }

    @Test("plain text and junk are malformed, with a position")
    func junk() {
        guard case .malformed(_, let line, _, _)? = Self.error(of: "this is not xml") else {
            Issue.record("expected .malformed")
            return
        }
        #expect(line == 1)
        guard case .malformed(_, let truncatedLine, _, _)? = Self.error(of: "<opml version=\"2.0\">\n<body>\n<outline text=\"a\"")
        else {
            Issue.record("expected .malformed")
            return
        }
        #expect(truncatedLine == 3)
    }

    @Test("excessive nesting is refused, not recursed into")
    func deepNesting() {
        let depth = 5_000
        let text = "<opml><body>" + String(repeating: "<outline text=\"f\">", count: depth)
            + String(repeating: "</outline>", count: depth) + "</body></opml>"
        guard case .malformed(_, _, _, let message)? = Self.error(of: text) else {
            Issue.record("expected .malformed for \(depth) nested outlines")
            return
        }
        #expect(message.contains("Excessive depth"))
        #expect(!message.contains("XML_PARSE_HUGE"))
    }

    // MARK: Untrusted input

    @Test("external entities and DTDs are never loaded (fixture)")
    func xxeFixture() throws {
        let document = try Self.read("xxe")
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // The external entities are left out, not replaced by the file's content.
        #expect(document.title == "Leak: [] []")
        if let hostname, !hostname.isEmpty {
            #expect(!(document.title ?? "").contains(hostname))
        }
        #expect(document.subscriptions == [
            Subscription(title: "Feed", xmlURL: "https://example.com/feed", tags: ["Folder"],
                         description: "Hello world", type: "rss"),
        ])
    }

    @Test("an external entity pointing at a local file never leaks it")
    func xxeTemporaryFile() throws {
        let secret = "docket-secret-\(UUID().uuidString)"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("docket-opml-xxe-\(UUID().uuidString).txt")
        try secret.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let doctype = """
            <?xml version="1.0"?>
            <!DOCTYPE opml [
              <!ENTITY x SYSTEM "\(file.absoluteString)">
              <!ENTITY % p SYSTEM "\(file.absoluteString)">
              %p;
            ]>
            """

        // In element content: parsed, the reference left out.
        let inTitle = try Self.parse(doctype + """
            <opml version="2.0"><head><title>&x;</title></head>
            <body><outline text="t" xmlUrl="https://example.com/"/></body></opml>
            """)
        #expect(!String(describing: inTitle).contains(secret))
        #expect(inTitle.title == nil)

        // In attributes, where XML forbids external entities: an error that
        // does not quote the file either.
        for attribute in ["text=\"&x;\" xmlUrl=\"https://example.com/\"", "xmlUrl=\"&x;\""] {
            let error = Self.error(of: doctype + "<opml version=\"2.0\"><body><outline \(attribute)/></body></opml>")
            guard case .malformed? = error else {
                Issue.record("expected .malformed for \(attribute), got \(String(describing: error))")
                continue
            }
            #expect(!(error?.description.contains(secret) ?? true))
        }
    }

    @Test("entity amplification (billion laughs) is refused quickly")
    func billionLaughs() {
        var entities = "<!ENTITY l0 \"lol\">\n"
        for level in 1...10 {
            let previous = String(repeating: "&l\(level - 1);", count: 10)
            entities += "<!ENTITY l\(level) \"\(previous)\">\n"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n\(entities)]>\n"
            + "<opml version=\"2.0\"><head><title>&l10;</title></head>"
            + "<body><outline text=\"&l10;\" xmlUrl=\"https://example.com/\"/></body></opml>"
        let clock = ContinuousClock()
        let started = clock.now
        let result = Result { () throws(OPMLError) in try Self.parse(text) }
        #expect(clock.now - started < .seconds(5))
        switch result {
        case .failure(.malformed):
            break
        case .failure(let error):
            Issue.record("expected .malformed, got \(error)")
        case .success(let document):
            // Accepting it is fine only if nothing was amplified.
            #expect(String(describing: document).utf8.count < 100_000)
        }
    }

    // MARK: Writing

    @Test("writes OPML 2.0 deterministically: first tag a folder, the rest categories, attributes escaped")
    func writeGolden() {
        let document = OPMLDocument(title: "Docket & co <feeds>", subscriptions: [
            Subscription(title: "Tech \"News\"", xmlURL: "https://technews.example.com/rss?a=1&b=2",
                         htmlURL: "https://technews.example.com/", tags: ["News", "AI", "Models"],
                         description: "Line one\nline two"),
            Subscription(title: "Wire", xmlURL: "https://wire.example.com/ai.rdf", tags: ["News"]),
            Subscription(title: nil, xmlURL: "https://bare.example.org/feed", type: nil),
            Subscription(title: "Policy", xmlURL: "https://policy.example.org/feed",
                         tags: ["EU", "AI Act / GPAI", "Regulation"]),
        ])
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>Docket &amp; co &lt;feeds&gt;</title>
              </head>
              <body>
                <outline text="News">
                  <outline text="Tech &quot;News&quot;" title="Tech &quot;News&quot;" type="rss" \
            xmlUrl="https://technews.example.com/rss?a=1&amp;b=2" htmlUrl="https://technews.example.com/" \
            description="Line one&#10;line two" category="/AI,/Models"/>
                  <outline text="Wire" title="Wire" type="rss" xmlUrl="https://wire.example.com/ai.rdf"/>
                </outline>
                <outline text="" xmlUrl="https://bare.example.org/feed"/>
                <outline text="EU">
                  <outline text="AI Act / GPAI">
                    <outline text="Policy" title="Policy" type="rss" xmlUrl="https://policy.example.org/feed" \
            category="/Regulation"/>
                  </outline>
                </outline>
              </body>
            </opml>

            """
        #expect(document.xml() == expected)
        #expect(document.xml() == document.xml())
    }

    @Test("an empty list writes a valid, empty OPML file")
    func writeEmpty() throws {
        let xml = OPMLDocument().xml()
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head/>\n  <body/>\n</opml>\n")
        #expect(try Self.parse(xml) == OPMLDocument())
    }

    @Test("read → write → read gives an equal document", arguments: ["nested", "categories", "xxe"])
    func roundTripFixtures(name: String) throws {
        let first = try Self.read(name)
        let second = try Self.parse(first.xml(), source: "\(name) (written)")
        #expect(second == first)
    }

    @Test("write → read is lossless for awkward text, tags and order")
    func roundTripConstructed() throws {
        let document = OPMLDocument(title: "Tabs\tand \"quotes\" & <angles>\nand lines", subscriptions: [
            Subscription(title: "A & B <c> \"d\" 'e'", xmlURL: "https://a.example.com/feed?x=1&y=<2>",
                         htmlURL: "https://a.example.com/", tags: ["EU/AI Act", "Policy, law"],
                         description: "Two\nlines\r\nand\ttab", type: "rss"),
            Subscription(title: nil, xmlURL: "https://b.example.com/atom", tags: ["Policy, law"], type: nil),
            Subscription(title: "C", xmlURL: "https://c.example.com/rss", tags: ["EU/AI Act", "Policy, law", "Deep"],
                         type: "atom"),
            Subscription(title: "Untagged between", xmlURL: "https://d.example.com/rss"),
            Subscription(title: "Caf\u{E9} \u{1F4F0} \u{4E2D}\u{6587}", xmlURL: "https://e.example.com/rss",
                         tags: ["EU/AI Act"], description: ""),
        ])
        let reread = try Self.parse(document.xml(), source: "written.opml")
        var expected = document
        // Reading treats a blank description as absent.
        expected.subscriptions[4].description = nil
        #expect(reread == expected)
    }

    @Test("characters XML cannot carry are dropped, keeping the output well-formed")
    func controlCharacters() throws {
        let document = OPMLDocument(title: "bell\u{07}end", subscriptions: [
            Subscription(title: "nul\u{0}x\u{1B}[31m", xmlURL: "https://example.com/\u{FFFE}feed", tags: ["t\u{1}ag"]),
        ])
        let reread = try Self.parse(document.xml())
        #expect(reread == OPMLDocument(title: "bellend", subscriptions: [
            Subscription(title: "nulx[31m", xmlURL: "https://example.com/feed", tags: ["tag"]),
        ]))
    }

    // MARK: Descriptions

    @Test("every error description is one line naming the file")
    func descriptions() {
        let errors: [OPMLError] = [
            .empty(source: "a.opml"),
            .tooLarge(source: "a.opml", size: 20, limit: 10),
            .malformed(source: "a.opml", line: 3, column: 7, message: "Opening and ending tag mismatch\nfoo"),
            .malformed(source: "a.opml", line: 0, column: 0, message: "no position"),
            .notOPML(source: "a.opml", found: "html"),
            .notOPML(source: "a.opml", found: "rss"),
            .notOPML(source: "a.opml", found: "svg"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("a.opml"))
            #expect(!error.description.contains("\n"))
            #expect(error.source == "a.opml")
        }
        #expect(OPMLError.malformed(source: "a.opml", line: 3, column: 7, message: "m").description
            .hasPrefix("a.opml:3:7: "))
        #expect(OPMLError.malformed(source: "my\nfile.opml", line: 1, column: 1, message: "m").description
            .hasPrefix("my file.opml:1:1: "))
    }
}
