import DocketModel

extension ParsedFeed {
    /// Writes the feed's metadata fields (everything but `items`) into an open JSON object,
    /// in the shape `docket parse --json` promises (see DESIGN.md).
    public func writeMetadata(to json: inout JSONWriter) {
        json.key("format")
        json.string(format.rawValue)
        json.key("format_name")
        json.string(format.displayName)
        json.key("title")
        json.string(title)
        json.key("link")
        json.string(link)
        json.key("self")
        json.string(selfLink)
        json.key("subtitle")
        json.string(subtitle)
        json.key("language")
        json.string(language)
        json.key("updated")
        json.date(updated)
        json.key("image")
        json.string(image)
        json.key("ttl")
        json.number(ttl.map(Int64.init))
        json.key("update_interval")
        json.number(updateInterval.map(Int64.init))
        json.key("encoding")
        json.string(encoding)
        json.key("recovered")
        json.bool(recovered)
        json.key("problems")
        json.number(Int64(problemCount))
        json.key("diagnostics")
        json.beginArray()
        for d in diagnostics {
            json.beginObject()
            json.key("line")
            json.number(Int64(d.line))
            json.key("column")
            json.number(Int64(d.column))
            json.key("message")
            json.string(d.message)
            json.endObject()
        }
        json.endArray()
    }
}

extension Item {
    /// Writes the item as one JSON object with the fields `docket parse --json` promises.
    public func writeJSON(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(id)
        json.key("guid")
        json.string(guid)
        json.key("title")
        json.string(title)
        json.key("link")
        json.string(link)
        json.key("published")
        json.date(published)
        json.key("updated")
        json.date(updated)
        json.key("authors")
        json.beginArray()
        for a in authors {
            json.beginObject()
            json.key("name")
            json.string(a.name)
            json.key("email")
            json.string(a.email)
            json.key("uri")
            json.string(a.uri)
            json.endObject()
        }
        json.endArray()
        json.key("summary")
        json.string(summary)
        json.key("content")
        json.string(content)
        json.key("categories")
        json.strings(categories)
        json.key("enclosures")
        json.beginArray()
        for e in enclosures {
            json.beginObject()
            json.key("url")
            json.string(e.url)
            json.key("type")
            json.string(e.type)
            json.key("length")
            json.number(e.length)
            json.endObject()
        }
        json.endArray()
        if !thumbnails.isEmpty {
            json.key("thumbnails")
            json.strings(thumbnails)
        }
        if let comments {
            json.key("comments")
            json.string(comments)
        }
        if let contentHTML {
            json.key("content_html")
            json.string(contentHTML)
        }
        json.endObject()
    }
}
