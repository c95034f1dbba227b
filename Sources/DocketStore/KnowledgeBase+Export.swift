import DocketModel
import Foundation

extension KnowledgeBase {
    /// Writes the whole knowledge base as one JSON document,
    /// `{"allegations":[…],"companies":[…],"feeds":[…],"items":[…],"regulations":[…],"schema_version":1}`,
    /// one record a line. Items (kept items with their `duplicates`, and duplicate lines with
    /// `duplicate_of`) are streamed month by month, never all held in memory.
    public func exportJSON(to handle: FileHandle) throws {
        var out = OutputBuffer(handle)
        let encoder = DocketJSON.encoder(pretty: false)
        func array<Record: Encodable>(_ name: String, _ records: [Record], first: Bool = false) throws {
            try out.append("\(first ? "{" : ",\n")\"\(name)\":[")
            for (i, r) in records.enumerated() {
                try out.append(i == 0 ? "\n" : ",\n")
                try out.append(try encoder.encode(r))
            }
            try out.append("\n]")
        }
        try array("allegations", try allegations(), first: true)
        try array("companies", try companies())
        try array("feeds", try feeds())
        try out.append(",\n\"items\":[")
        var count = 0
        for month in try DedupeIndex.monthFiles(in: itemsURL) {
            let duplicates = try duplicateIDs(in: month)
            try forEachStoredItem(in: month) { stored, _ in
                var writer = JSONWriter(capacity: 2048)
                stored.write(into: &writer, duplicates: stored.duplicateOf == nil ? duplicates[stored.item.id] ?? [] : [])
                try out.append(count == 0 ? "\n" : ",\n")
                try out.append(writer.take())
                count += 1
            }
        }
        try out.append("\n]")
        try array("regulations", try regulations())
        try out.append(",\n\"schema_version\":\(Self.schemaVersion)}\n")
        try out.flush()
    }

    /// Writes one kind of record as CSV (RFC 4180, header row first, dates ISO 8601 UTC,
    /// lists joined by `;`). Items: `id, feed, published, title, link, companies,
    /// duplicate_of, backlog`, one row per stored line, streamed.
    public func exportCSV(_ kind: RecordKind, to handle: FileHandle) throws {
        var out = OutputBuffer(handle)
        switch kind {
        case .items:
            try out.append(CSVRow.header(["id", "feed", "published", "title", "link", "companies", "duplicate_of", "backlog"]).bytes)
            for month in try DedupeIndex.monthFiles(in: itemsURL) {
                try forEachStoredItem(in: month) { stored, _ in
                    let i = stored.item
                    var row = CSVRow()
                    row.plain(i.id)
                    row.plain(i.feed)
                    row.date(i.published)
                    row.text(i.title)
                    row.text(i.link)
                    row.list(i.companies)
                    row.plain(stored.duplicateOf)
                    row.bool(i.backlog)
                    try out.append(row.bytes)
                }
            }
        case .feeds:
            try out.append(
                CSVRow.header([
                    "id", "url", "title", "site_url", "tags", "added", "last_success", "last_status", "last_error",
                    "consecutive_failures", "next_due", "gone", "items",
                ]).bytes)
            for f in try feeds() {
                var row = CSVRow()
                row.plain(f.id)
                row.text(f.url)
                row.text(f.title)
                row.text(f.siteURL)
                row.list(f.tags)
                row.date(f.added)
                row.date(f.state.lastSuccess)
                row.number(f.state.lastStatus)
                row.text(f.state.lastError)
                row.number(f.state.consecutiveFailures)
                row.date(f.state.nextDue)
                row.bool(f.state.gone)
                row.number(f.state.items)
                try out.append(row.bytes)
            }
        case .companies:
            try out.append(CSVRow.header(["id", "name", "kind", "aliases", "products", "country", "merged_into", "notes"]).bytes)
            for c in try companies() {
                var row = CSVRow()
                row.plain(c.id)
                row.text(c.name)
                row.plain(c.kind.rawValue)
                row.list(c.aliases)
                row.list(c.products)
                row.plain(c.country)
                row.plain(c.mergedInto)
                row.text(c.notes)
                try out.append(row.bytes)
            }
        case .allegations:
            try out.append(
                CSVRow.header([
                    "id", "category", "status", "accusers", "accused", "accuser_names", "products", "summary",
                    "first_reported", "last_reported", "evidence", "confidence", "duplicate_of",
                ]).bytes)
            for a in try allegations() {
                var row = CSVRow()
                row.plain(a.id)
                row.plain(a.category)
                row.plain(a.status.rawValue)
                row.list(a.accusers)
                row.list(a.accused)
                row.list(a.accuserNames)
                row.list(a.products)
                row.text(a.summary)
                row.date(a.firstReported)
                row.date(a.lastReported)
                row.list(a.evidence.map(\.item))
                row.plain(String(a.confidence))
                row.plain(a.duplicateOf)
                try out.append(row.bytes)
            }
        case .regulations:
            try out.append(
                CSVRow.header([
                    "id", "title", "jurisdiction", "body", "instrument", "status", "topics", "milestones", "evidence",
                    "merged_into",
                ]).bytes)
            for r in try regulations() {
                var row = CSVRow()
                row.plain(r.id)
                row.text(r.title)
                row.plain(r.jurisdiction)
                row.text(r.body)
                row.plain(r.instrument)
                row.plain(r.status)
                row.list(r.topics)
                row.list(r.milestones.map { "\(ISO8601.dateString(from: $0.date)) \($0.what)" })
                row.list(r.evidence.map(\.item))
                row.plain(r.mergedInto)
                try out.append(row.bytes)
            }
        }
        try out.flush()
    }
}
