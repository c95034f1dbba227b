extension OPMLDocument {
    /// The list as an OPML 2.0 document, UTF-8, ending with a newline.
    ///
    /// The output is deterministic (no creation date), so that an exported
    /// list can be kept in git and diffed. Each subscription becomes an
    /// `<outline>` with `text` and `title` (both the title; `text` is empty
    /// when there is none), `type` (when set), `xmlUrl`, `htmlUrl`,
    /// `description` and `category`.
    ///
    /// Tags: the first tag becomes a folder (`<outline text="Policy">`),
    /// which every feed reader imports; the other tags go into the
    /// `category` attribute as `/EU,/AI Act`. A tag that contains `,` or
    /// `/` cannot be written as a category, so it and every tag before it
    /// become nested folders instead. Consecutive subscriptions share
    /// folders, and the order of subscriptions is kept, so a folder may
    /// appear more than once when its feeds are not adjacent.
    ///
    /// Reading the output with ``init(data:source:)`` gives back an equal
    /// document, provided titles, URLs, descriptions and tags have no
    /// surrounding whitespace, tags are non-empty and distinct (reading
    /// normalises those), and the text holds no characters that XML 1.0
    /// forbids (control characters other than tab and line breaks; those
    /// are dropped).
    public func xml() -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        if let title {
            output += "  <head>\n    <title>\(OPMLEscaping.text(title))</title>\n  </head>\n"
        } else {
            output += "  <head/>\n"
        }
        guard !subscriptions.isEmpty else {
            return output + "  <body/>\n</opml>\n"
        }
        output += "  <body>\n"
        var openFolders: [String] = []
        func indent(_ level: Int) -> String { String(repeating: "  ", count: level) }
        for subscription in subscriptions {
            let (path, categories) = OPMLEscaping.foldersAndCategories(subscription.tags)
            var shared = 0
            while shared < openFolders.count, shared < path.count, openFolders[shared] == path[shared] {
                shared += 1
            }
            while openFolders.count > shared {
                openFolders.removeLast()
                output += indent(2 + openFolders.count) + "</outline>\n"
            }
            while openFolders.count < path.count {
                let folder = path[openFolders.count]
                output += indent(2 + openFolders.count) + "<outline text=\"\(OPMLEscaping.attribute(folder))\">\n"
                openFolders.append(folder)
            }
            output += indent(2 + openFolders.count) + OPMLEscaping.outline(subscription, categories: categories) + "\n"
        }
        while !openFolders.isEmpty {
            openFolders.removeLast()
            output += indent(2 + openFolders.count) + "</outline>\n"
        }
        return output + "  </body>\n</opml>\n"
    }
}

/// Escaping and layout helpers for ``OPMLDocument/xml()``.
private enum OPMLEscaping {
    static func outline(_ subscription: OPMLDocument.Subscription, categories: [String]) -> String {
        var attributes: [(String, String)] = [("text", subscription.title ?? "")]
        if let title = subscription.title { attributes.append(("title", title)) }
        if let type = subscription.type { attributes.append(("type", type)) }
        attributes.append(("xmlUrl", subscription.xmlURL))
        if let htmlURL = subscription.htmlURL { attributes.append(("htmlUrl", htmlURL)) }
        if let description = subscription.description { attributes.append(("description", description)) }
        if !categories.isEmpty {
            attributes.append(("category", categories.map { "/" + $0 }.joined(separator: ",")))
        }
        let rendered = attributes.map { "\($0.0)=\"\(attribute($0.1))\"" }.joined(separator: " ")
        return "<outline \(rendered)/>"
    }

    /// Splits tags, as the reader will see them (trimmed, non-empty, each
    /// once), into folders and categories: the first tag and any tag up to
    /// the last one that a category cannot carry are folders, the rest are
    /// categories.
    static func foldersAndCategories(_ tags: [String]) -> (folders: [String], categories: [String]) {
        var seen = Set<String>()
        var normalized: [String] = []
        for tag in tags {
            var characters = Substring(tag)
            while let first = characters.first, first.isWhitespace { characters.removeFirst() }
            while let last = characters.last, last.isWhitespace { characters.removeLast() }
            let trimmed = String(characters)
            if !trimmed.isEmpty, seen.insert(trimmed).inserted { normalized.append(trimmed) }
        }
        let lastUnsafe = normalized.lastIndex { $0.contains(",") || $0.contains("/") } ?? 0
        let folderCount = normalized.isEmpty ? 0 : lastUnsafe + 1
        return (Array(normalized[..<folderCount]), Array(normalized[folderCount...]))
    }

    /// Escapes an attribute value for double quotes. Tabs and line breaks
    /// become character references, which XML attribute normalisation
    /// keeps (a literal line break would be read back as a space).
    static func attribute(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "\"": return "&quot;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            case "\t": return "&#9;"
            default: return nil
            }
        }
    }

    /// Escapes character data.
    static func text(_ value: String) -> String {
        escape(value) { scalar in scalar == "\r" ? "&#13;" : nil }
    }

    private static func escape(_ value: String, extra: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let replacement = extra(scalar) {
                result += replacement
                continue
            }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// XML 1.0's Char production, which Swift strings already limit to
    /// valid scalars (no surrogates).
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
