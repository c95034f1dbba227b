/// Why a file could not be read as an OPML subscription list.
///
/// Every ``description`` is one line that names the file (the `source` given
/// to ``OPMLDocument/init(data:source:)``), says what is wrong and what to do.
public enum OPMLError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file has no content at all (or only whitespace).
    case empty(source: String)

    /// The file is larger than ``OPMLDocument/maximumSize``.
    case tooLarge(source: String, size: Int, limit: Int)

    /// The file is not well-formed XML. `line` and `column` are 1-based, as
    /// libxml2 reports them (0 when it could not tell); `message` is
    /// libxml2's, on one line.
    case malformed(source: String, line: Int, column: Int, message: String)

    /// The file is XML (or HTML) but its root element is not `<opml>`.
    /// `found` is the root element's name as written, such as `html`, `rss`
    /// or `rdf:RDF`.
    case notOPML(source: String, found: String)

    /// The file named in the error.
    public var source: String {
        switch self {
        case .empty(let source), .tooLarge(let source, _, _),
            .malformed(let source, _, _, _), .notOPML(let source, _):
            return source
        }
    }

    public var description: String {
        let file = Self.oneLine(source)
        switch self {
        case .empty:
            return "\(file): the file is empty; expected an OPML subscription list "
                + "(export one from your feed reader)"
        case .tooLarge(_, let size, let limit):
            return "\(file): \(size) bytes is more than the \(limit)-byte limit for an OPML file; "
                + "check that this is a subscription list"
        case .malformed(_, let line, let column, let message):
            let position = line > 0 ? (column > 0 ? ":\(line):\(column)" : ":\(line)") : ""
            return "\(file)\(position): not well-formed OPML: \(Self.oneLine(message)); "
                + "fix the file there, or export it again from your feed reader"
        case .notOPML(_, let found):
            let root = Self.oneLine(found)
            switch root.lowercased() {
            case "html", "xhtml":
                return "\(file) is an HTML page, not an OPML subscription list; "
                    + "export your subscriptions as OPML from your feed reader, "
                    + "or add the site's feed with `docket feeds add URL`"
            case "rss", "feed", "rdf:rdf", "rdf", "channel":
                return "\(file) is a feed (<\(root)>), not an OPML subscription list; "
                    + "add it with `docket feeds add URL`"
            default:
                return "\(file): the root element is <\(root)>, not <opml>; "
                    + "this is not an OPML subscription list (export one from your feed reader)"
            }
        }
    }

    /// Collapses line breaks and runs of whitespace so that a description
    /// stays on one line whatever a file name or libxml2 message contains.
    private static func oneLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character.isNewline {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
