import DocketModel
import Foundation

/// Feeds stored item lines into segment builders: kept items only (a duplicate line is the
/// same story as its kept item), title and summary and content as text, companies,
/// categories and feed as filter values. When a builder passes `budget` bytes it is handed
/// to `flush` and a new one started, so memory stays bounded however many lines there are.
final class ItemIndexer {
    private let itemsFolder: URL
    private var scanner = ItemLineScanner()
    private let analyzer = TextAnalyzer()
    private(set) var builder: SegmentBuilder
    private var filterValues: [String: String] = [:]
    private let budget: Int
    private let flush: (SegmentBuilder) throws -> Void

    init(itemsFolder: URL, budget: Int = 256 << 20, flush: @escaping (SegmentBuilder) throws -> Void) {
        self.itemsFolder = itemsFolder
        self.budget = budget
        self.flush = flush
        builder = SegmentBuilder(analyzer: analyzer)
    }

    /// Indexes the complete lines of a month file from `start`; returns the offset just
    /// past the last complete line.
    func index(_ month: ItemMonth, from start: UInt64) throws -> UInt64 {
        let url = itemsFolder.appendingPathComponent(month.fileName)
        let summary = try JSONLinesReader.forEachLine(in: url, from: start) { line in
            do {
                try scanner.scan(line.bytes)
            } catch {
                let number = start == 0 ? line.number : (JSONLinesReader.lineNumber(atOffset: line.offset, in: url) ?? line.number)
                throw KnowledgeBaseError.corrupt(file: url.path, line: number, message: "not a valid item (JSON object with an id)")
            }
            guard !scanner.isDuplicate else { return }
            try add(location: ItemLocation(month: month, offset: line.offset).packed)
        }
        return summary.completeEnd
    }

    private func normalised(_ value: String) -> String {
        if let known = filterValues[value] { return known }
        let n = analyzer.filterValue(value)
        if filterValues.count < 100_000 { filterValues[value] = n }
        return n
    }

    private func add(location: UInt64) throws {
        var filters: [[UInt8]] = []
        filters.append(FilterTerm.bytes(FilterTerm.feed, normalised(scanner.feed)))
        for c in scanner.companies { filters.append(FilterTerm.bytes(FilterTerm.company, normalised(c))) }
        for c in scanner.categories { filters.append(FilterTerm.bytes(FilterTerm.category, normalised(c))) }
        scanner.title.withUnsafeBytes { title in
            scanner.summary.withUnsafeBytes { summary in
                scanner.content.withUnsafeBytes { content in
                    builder.add(
                        title: title, body: [summary, content], filters: filters, date: scanner.date, span: 0, location: location)
                }
            }
        }
        if builder.footprint > budget { try finish() }
    }

    /// Hands the current builder to `flush` when it holds documents, and starts a new one.
    func finish() throws {
        guard builder.docCount > 0 else { return }
        let full = builder
        builder = SegmentBuilder(analyzer: analyzer)
        try flush(full)
    }
}
