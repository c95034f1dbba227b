import DocketModel
import Foundation

/// An allegation, regulation or company as search sees it: a title, body parts, filter
/// values and a date span. These files are small, so they are indexed in memory for each
/// search (always current, nothing to keep in step).
struct RecordDocument {
    var id: String
    var title: String
    var body: [String]
    var filters: [[UInt8]]
    /// Seconds since 1970 (`DocRecord.noDate` when none) of the latest and earliest dates.
    var date: Int64
    var earliest: Int64
    var status: String?
    var category: String?
    var jurisdiction: String?

    private static func seconds(_ d: Date) -> Int64 { Int64(d.timeIntervalSince1970.rounded(.down)) }

    private static func span(_ dates: [Date]) -> (Int64, Int64) {
        guard let low = dates.min(), let high = dates.max() else { return (DocRecord.noDate, DocRecord.noDate) }
        return (seconds(high), seconds(low))
    }

    static func allegations(_ list: [Allegation], names: [String: String], analyzer: TextAnalyzer) -> [RecordDocument] {
        list.filter { $0.duplicateOf == nil }.map { a in
            let accusers = a.accusers.map { names[$0] ?? $0 } + a.accuserNames
            let accused = a.accused.map { names[$0] ?? $0 }
            let who = accusers.isEmpty ? "" : accusers.joined(separator: ", ") + " accuses "
            let title = who + (accused.isEmpty ? "" : accused.joined(separator: ", ")) + " (" + a.category + ")"
            var filters = (a.accusers + a.accused).map { FilterTerm.bytes(FilterTerm.company, analyzer.filterValue($0)) }
            filters.append(FilterTerm.bytes(FilterTerm.category, analyzer.filterValue(a.category)))
            filters.append(FilterTerm.bytes(FilterTerm.status, a.status.rawValue))
            var dates = a.evidence.compactMap(\.date)
            if let d = a.firstReported { dates.append(d) }
            if let d = a.lastReported { dates.append(d) }
            let (latest, earliest) = span(dates)
            let body = [a.summary, a.products.joined(separator: ", ")] + a.evidence.map(\.sentence)
            return RecordDocument(
                id: a.id, title: title, body: body, filters: filters, date: latest, earliest: earliest,
                status: a.status.rawValue, category: a.category)
        }
    }

    static func regulations(_ list: [Regulation], analyzer: TextAnalyzer) -> [RecordDocument] {
        list.filter { $0.mergedInto == nil }.map { r in
            var filters: [[UInt8]] = []
            // `US` finds `US-CA`: every leading part of the jurisdiction is a value.
            let parts = analyzer.filterValue(r.jurisdiction).split(separator: "-")
            for n in parts.indices {
                filters.append(FilterTerm.bytes(FilterTerm.jurisdiction, parts[...n].joined(separator: "-")))
            }
            filters.append(FilterTerm.bytes(FilterTerm.status, analyzer.filterValue(r.status)))
            for t in r.topics + [r.instrument] { filters.append(FilterTerm.bytes(FilterTerm.category, analyzer.filterValue(t))) }
            let dates = r.history.map(\.date) + r.evidence.compactMap(\.date)
            let (latest, earliest) = span(dates)
            let body = [r.body ?? "", r.instrument, r.jurisdiction, r.topics.joined(separator: ", ")]
                + r.milestones.map(\.what) + r.evidence.map(\.sentence)
            return RecordDocument(
                id: r.id, title: r.title, body: body, filters: filters, date: latest, earliest: earliest, status: r.status,
                jurisdiction: r.jurisdiction)
        }
    }

    static func companies(_ list: [Company], analyzer: TextAnalyzer) -> [RecordDocument] {
        let merged = Dictionary(grouping: list.filter { $0.mergedInto != nil }, by: { $0.mergedInto! })
        return list.filter { $0.mergedInto == nil }.map { c in
            var filters = ([c.id] + (merged[c.id] ?? []).map(\.id)).map {
                FilterTerm.bytes(FilterTerm.company, analyzer.filterValue($0))
            }
            if let country = c.country { filters.append(FilterTerm.bytes(FilterTerm.jurisdiction, analyzer.filterValue(country))) }
            let title = ([c.name] + c.aliases).joined(separator: ", ")
            let body = [c.products.joined(separator: ", "), c.notes ?? "", c.kind.rawValue, c.country ?? ""]
            return RecordDocument(
                id: c.id, title: title, body: body, filters: filters, date: DocRecord.noDate, earliest: DocRecord.noDate,
                jurisdiction: c.country)
        }
    }

    /// A segment of `documents`, in memory; a document's location is its index.
    static func segment(_ documents: [RecordDocument], analyzer: TextAnalyzer, name: String) throws -> SegmentReader {
        let builder = SegmentBuilder(analyzer: analyzer)
        for (i, d) in documents.enumerated() {
            var joined: [UInt8] = Array(d.title.utf8)
            var ranges: [Range<Int>] = []
            for part in d.body {
                let start = joined.count
                joined.append(contentsOf: part.utf8)
                ranges.append(start..<joined.count)
            }
            let titleEnd = d.title.utf8.count
            joined.withUnsafeBytes { raw in
                builder.add(
                    title: UnsafeRawBufferPointer(rebasing: raw[0..<titleEnd]),
                    body: ranges.map { UnsafeRawBufferPointer(rebasing: raw[$0]) }, filters: d.filters, date: d.date,
                    span: d.date == DocRecord.noDate ? 0 : UInt32(clamping: d.date - d.earliest), location: UInt64(i))
            }
        }
        let bytes = try builder.write(to: SegmentOutput())
        return try SegmentReader(bytes: SegmentBytes(bytes: bytes), name: name)
    }
}
