import DocketModel
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The demo feeds under the repository's `feeds/samples/` read into items: enough of RSS 2.0,
/// RSS 1.0 and Atom for the extraction tests (the real parser lives in DocketFeeds, which this
/// test target does not depend on). HTML in content is reduced to text by dropping tags.
enum SampleFeeds {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("feeds/samples", isDirectory: true)

    static func items(_ file: String) throws -> [Item] {
        let url = folder.appendingPathComponent(file)
        let data = try Data(contentsOf: url)
        let reader = Reader(feed: (file as NSString).deletingPathExtension)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return reader.items
    }

    static func allItems() throws -> [Item] {
        try ["technews.rss", "policywatch.atom", "wire.rdf"].flatMap(items)
    }

    /// Tags to text, with the few entities the samples use.
    static func text(fromHTML html: String) -> String {
        var out = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [
            ("&ldquo;", "\u{201C}"), ("&rdquo;", "\u{201D}"), ("&lsquo;", "\u{2018}"), ("&rsquo;", "\u{2019}"),
            ("&#8217;", "\u{2019}"), ("&quot;", "\""), ("&nbsp;", " "), ("&euro;", "€"), ("&amp;", "&"),
        ] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let feed: String
        var items: [Item] = []
        private var fields: [String: String]?
        private var buffer = ""

        init(feed: String) { self.feed = feed }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "item" || name == "entry" { fields = [:] }
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, foundCDATA data: Data) { buffer += String(decoding: data, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard var current = fields else { return }
            if name == "item" || name == "entry" {
                let date =
                    (current["pubDate"]).flatMap(Self.rfc822)
                    ?? (current["dc:date"] ?? current["published"] ?? current["updated"]).flatMap(Self.iso8601)
                let id = current["guid"] ?? current["id"] ?? current["link"] ?? "\(feed)-\(items.count)"
                items.append(
                    Item(
                        id: id, feed: feed, title: current["title"].map(SampleFeeds.text(fromHTML:)), published: date,
                        summary: (current["description"] ?? current["summary"]).map(SampleFeeds.text(fromHTML:)),
                        content: (current["content:encoded"] ?? current["content"]).map(SampleFeeds.text(fromHTML:))))
                fields = nil
                return
            }
            if current[name] == nil { current[name] = buffer }
            fields = current
            buffer = ""
        }

        static func iso8601(_ text: String) -> Date? {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return ISO8601.date(from: trimmed) ?? ISO8601DateFormatter().date(from: trimmed)
        }

        static func rfc822(_ text: String) -> Date? {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm:ss zzz"] {
                formatter.dateFormat = format
                if let date = formatter.date(from: trimmed) { return date }
            }
            return nil
        }
    }
}
