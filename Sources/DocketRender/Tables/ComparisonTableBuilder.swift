import DocketModel
import Foundation

/// The company comparison table of one topic: one row per company (or other named party)
/// involved in the topic's allegations, with its products, its role and what it is said to
/// have done, with citations.
///
/// The accused's row says what the allegation says it did (the one-line summary); the
/// accuser's row says whom it accuses. Products are the allegations' products that belong to
/// the company (by its product list); a product no party claims goes to the accused when
/// there is exactly one.
struct ComparisonTableBuilder {
    let directory: CompanyDirectory
    let escaper: MarkdownEscaper
    let columns: [AllegationColumn]
    var summaryLength = 200

    /// One allegation as the table sees it.
    struct Entry {
        var allegation: Allegation
        /// The raw one-line summary.
        var line: String
        var citations: [Int]
        var firstSeen: Date?
    }

    private struct Row {
        var name: String
        var roles: [String] = []
        var products: [String] = []
        var parts: [(role: String, line: String, citations: [Int])] = []
        var counterparties: [String] = []
        var statuses: [String] = []
        var citations: Set<Int> = []
        var firstSeen: Date?
    }

    /// `only`: canonical company ids whose rows to show, in that order (each even when it is
    /// in none of the allegations); nil shows every party in order of appearance.
    func table(topic: String, entries: [Entry], only: [String]? = nil) -> TableView {
        var rows: [String: Row] = [:]
        var order: [String] = []
        func touch(_ key: String, _ name: String) {
            if rows[key] == nil {
                rows[key] = Row(name: name)
                order.append(key)
            }
        }
        for entry in entries {
            let a = entry.allegation
            let accusers = unique(a.accusers.map(directory.canonicalID))
            let accused = unique(a.accused.map(directory.canonicalID))
            let accuserNames = unique(a.accuserNames.map { PlainText.oneLine($0) }.filter { !$0.isEmpty })
            let claimed = Set((accusers + accused).flatMap { directory.products(of: $0, among: a.products) }.map { $0.lowercased() })
            let orphans = a.products.map { PlainText.oneLine($0) }.filter { !$0.isEmpty && !claimed.contains($0.lowercased()) }
            let accusedNames = Wording.list(accused.map(directory.name))
            let accuserList = Wording.list(accusers.map(directory.name) + accuserNames)
            let note = Self.note(a.status)

            func add(_ key: String, name: String, role: String, line: String, products: [String], counterparty: String) {
                touch(key, name)
                var row = rows[key]!
                if !row.roles.contains(role) { row.roles.append(role) }
                for p in products where !row.products.contains(where: { $0.lowercased() == p.lowercased() }) { row.products.append(p) }
                row.parts.append((note.map { "\(role), \($0)" } ?? role, line, entry.citations))
                if !counterparty.isEmpty, !row.counterparties.contains(counterparty) { row.counterparties.append(counterparty) }
                if !row.statuses.contains(a.status.rawValue) { row.statuses.append(a.status.rawValue) }
                row.citations.formUnion(entry.citations)
                if let seen = entry.firstSeen { row.firstSeen = min(row.firstSeen ?? seen, seen) }
                rows[key] = row
            }
            let accusation = accusedNames.isEmpty ? "makes an accusation" : "accuses \(accusedNames)"
            for id in accusers {
                add(id, name: directory.name(id), role: "accuser", line: accusation,
                    products: directory.products(of: id, among: a.products), counterparty: accusedNames)
            }
            for name in accuserNames {
                add("name:" + name, name: name, role: "accuser", line: accusation, products: [], counterparty: accusedNames)
            }
            for id in accused {
                var products = directory.products(of: id, among: a.products)
                if accused.count == 1 { products += orphans }
                add(id, name: directory.name(id), role: "accused", line: entry.line, products: products, counterparty: accuserList)
            }
        }
        var keys = order
        if let only {
            keys = only
            for id in only where rows[id] == nil { rows[id] = Row(name: directory.name(id)) }
        }
        let values: [[String: String]] = keys.map { key in fields(rows[key]!, topic: topic) }
        return MarkdownTable.make(
            kind: "allegation", topic: escaper.text(topic), caption: escaper.text(Wording.caption(topic)),
            columns: columns.map { ($0.rawValue, escaper.text($0.header(topic: topic))) }, rows: values)
    }

    private func fields(_ row: Row, topic: String) -> [String: String] {
        let text = { (s: String) in escaper.text(s, limit: summaryLength) }
        func withCitations(_ s: String, _ c: [Int]) -> String {
            SourceRegistry.citationText(c).map { s + " " + $0 } ?? s
        }
        let none = row.parts.isEmpty
        return [
            AllegationColumn.company.rawValue: escaper.text(row.name),
            AllegationColumn.product.rawValue: row.products.map { escaper.text($0) }.joined(separator: ", "),
            AllegationColumn.role.rawValue: row.roles.map { escaper.text($0) }.joined(separator: ", "),
            AllegationColumn.strategy.rawValue: none
                ? "no allegation recorded"
                : row.parts.map { withCitations("\(escaper.text($0.role)): \(text($0.line))", $0.citations) }.joined(separator: "; "),
            AllegationColumn.claim.rawValue: none
                ? "no allegation recorded" : row.parts.map { withCitations(text($0.line), $0.citations) }.joined(separator: "; "),
            AllegationColumn.status.rawValue: row.statuses.map { escaper.text($0) }.joined(separator: ", "),
            AllegationColumn.category.rawValue: escaper.text(topic),
            AllegationColumn.counterparty.rawValue: row.counterparties.map { escaper.text($0) }.joined(separator: "; "),
            AllegationColumn.sources.rawValue: SourceRegistry.citationText(row.citations) ?? "",
            AllegationColumn.firstReported.rawValue: row.firstSeen.map { ISO8601.dateString(from: $0) } ?? "",
        ]
    }

    /// A word on where the allegation stands, when it matters to a reader.
    static func note(_ status: Allegation.Status) -> String? {
        switch status {
        case .candidate: "unconfirmed"
        case .confirmed: nil
        case .rejected: "rejected"
        case .denied: "denied"
        case .upheld: "upheld"
        case .settled: "settled"
        case .dismissed: "dismissed"
        }
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
