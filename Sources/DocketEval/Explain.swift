import DocketExtract
import DocketModel
import Foundation

/// `docket-eval --explain`: reads items from standard input, one per line (`title || text`, or
/// just text), and prints what extraction finds in each. For trying a phrasing by hand.
enum Explain {
    static func run(extractor: Extractor) {
        var number = 0
        let published = ISO8601.date(from: "2026-11-20T12:00:00Z")
        while let line = readLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            number += 1
            let parts = trimmed.components(separatedBy: " || ")
            let item = Item(
                id: "line-\(number)", feed: "stdin", title: parts.count > 1 ? parts[0] : nil, published: published,
                content: parts.count > 1 ? parts[1...].joined(separator: " ") : trimmed)
            let found = extractor.extract(item: item)
            print("== \(trimmed)")
            print("   companies: \(found.mentions.map { "\($0.companyID)[\($0.text)]" }.joined(separator: " "))")
            for a in found.allegations {
                let names = a.accuserNames.isEmpty ? "" : " (\(a.accuserNames.joined(separator: "; ")))"
                print(
                    "   allegation: [\(a.accusers.joined(separator: ","))]\(names) → [\(a.accused.joined(separator: ","))] \(a.category) products=\(a.products) conf=\(a.confidence) status=\(a.status.rawValue) cues=\(a.evidence.flatMap(\.cues))"
                )
            }
            for r in found.statusReports {
                print("   status: \(r.status.rawValue) accused=\(r.accused) accusers=\(r.accusers) category=\(r.category ?? "-")")
            }
            for g in found.regulations {
                let milestones = g.milestones.map { "\(ISO8601.dateString(from: $0.date)) \($0.what)" }
                print("   regulation: \(g.id) \(g.jurisdiction) \(g.instrument) \(g.status) conf=\(g.confidence) milestones=\(milestones)")
            }
        }
    }
}
