/// Why a feed could not be parsed, said so that a user can act on it.
///
/// Every case names the source (file path or URL). `description` is one line.
public enum FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a feed at all: an HTML page, JSON, OPML, an empty body, another XML vocabulary.
    case notAFeed(source: String, what: NotAFeed)
    /// The input is larger than `FeedParserOptions.maxInputBytes`.
    case tooLarge(source: String, limit: Int)
    /// Elements nest deeper than `FeedParserOptions.maxDepth`.
    case tooDeep(source: String, line: Int, limit: Int)
    /// Declared entities expand to more than `FeedParserOptions.maxEntityExpansion` bytes.
    case entityExpansion(source: String, entity: String, limit: Int)
    /// libxml2 could not recover any document from the bytes.
    case malformed(source: String, line: Int, column: Int, message: String)

    /// What a "not a feed" input turned out to be.
    public enum NotAFeed: Sendable, Equatable {
        case empty
        case html
        case json
        case opml
        case text
        case otherXML(root: String)
    }

    public var source: String {
        switch self {
        case .notAFeed(let s, _), .tooLarge(let s, _), .tooDeep(let s, _, _), .entityExpansion(let s, _, _),
            .malformed(let s, _, _, _):
            s
        }
    }

    public var description: String {
        switch self {
        case .notAFeed(let source, let what):
            switch what {
            case .empty:
                "\(source): not a feed: the body is empty"
            case .html:
                "\(source): not a feed: it is an HTML page (look in it for <link rel=\"alternate\" type=\"application/rss+xml\"> and use that URL)"
            case .json:
                "\(source): not a feed: it is JSON, and Docket reads RSS and Atom only"
            case .opml:
                "\(source): not a feed: it is an OPML subscription list (use `docket feeds import`)"
            case .text:
                "\(source): not a feed: it contains no XML markup"
            case .otherXML(let root):
                "\(source): not a feed: the root element is <\(root)>, not <rss>, <feed> or <rdf:RDF>"
            }
        case .tooLarge(let source, let limit):
            "\(source): feed larger than \(limit / (1024 * 1024)) MB; refused (raise the limit if the feed is genuine)"
        case .tooDeep(let source, let line, let limit):
            "\(source): line \(line): elements nested deeper than \(limit) levels; refused as hostile"
        case .entityExpansion(let source, let entity, let limit):
            "\(source): entity '&\(entity);' expands beyond \(limit / 1024) KB (an entity bomb); refused"
        case .malformed(let source, let line, let column, let message):
            "\(source): line \(line), column \(column): \(message); no feed could be recovered"
        }
    }
}
