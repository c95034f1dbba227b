import DocketModel
import Foundation

extension KnowledgeBase {
    /// At most this many problems are listed; the last entry then says how many more there were.
    static let problemLimit = 1000

    /// Checks the whole knowledge base: every file parses; ids are unique within each record
    /// file and items are unique across months; references resolve (items' feeds, duplicates'
    /// kept items, allegations' companies and evidence, regulations' evidence, merges).
    /// Each problem names the file and, when known, the line. An empty list means all is well.
    /// A torn last line (an append that was killed) is not a problem: readers ignore it and the
    /// next append removes it.
    public func verify() throws -> [KnowledgeBaseProblem] {
        var problems: [KnowledgeBaseProblem] = []
        var unlisted = 0
        func report(_ url: URL, _ line: Int?, _ message: String) {
            if problems.count < Self.problemLimit {
                problems.append(KnowledgeBaseProblem(file: url.path, line: line, message: message))
            } else {
                unlisted += 1
            }
        }
        func report(_ error: KnowledgeBaseError, fallback url: URL) {
            if case .corrupt(let file, let line, let message) = error {
                report(URL(fileURLWithPath: file), line, message)
            } else {
                report(url, nil, error.description)
            }
        }

        do {
            let manifest = try self.manifest()
            if manifest.schemaVersion != Self.schemaVersion {
                report(manifestURL, nil, "schema \(manifest.schemaVersion), expected \(Self.schemaVersion)")
            }
        } catch KnowledgeBaseError.notInitialised(let path) {
            throw KnowledgeBaseError.notInitialised(path: path)
        } catch let error as KnowledgeBaseError {
            report(error, fallback: manifestURL)
        }

        /// The records of a file with the line each starts on, or nil when it does not parse.
        func load<Record: Decodable & Identifiable>(_ type: Record.Type, _ url: URL) throws -> [(Record, Int?)]? where Record.ID == String {
            guard let bytes = try FileSystem.contents(of: url) else { return [] }
            let records: [Record]
            do {
                records = try DocketJSON.decoder().decode([Record].self, from: Data(bytes))
            } catch {
                report(DecodingFailure.corrupt(error, file: url, bytes: bytes), fallback: url)
                return nil
            }
            let lines = JSONLocator.elementLines(in: bytes)
            let located = records.enumerated().map { ($0.element, $0.offset < lines.count ? lines[$0.offset] : nil) }
            var seen = Set<String>()
            for (record, line) in located where !seen.insert(record.id).inserted {
                report(url, line, "the id \"\(record.id)\" is used by more than one record")
            }
            return located
        }
        let feeds = try load(Feed.self, feedsURL)
        let companies = try load(Company.self, companiesURL)
        let allegations = try load(Allegation.self, allegationsURL)
        let regulations = try load(Regulation.self, regulationsURL)
        let feedIDs = feeds.map { Set($0.map(\.0.id)) }
        let companyIDs = companies.map { Set($0.map(\.0.id)) }
        let allegationIDs = allegations.map { Set($0.map(\.0.id)) }
        let regulationIDs = regulations.map { Set($0.map(\.0.id)) }

        // Items: parse every line, remember ids, check feeds; duplicates' targets afterwards.
        var itemIDs = Set<String>()
        var duplicateIDs = Set<String>()
        var targets: [(target: String, url: URL, line: Int)] = []
        let decoder = DocketJSON.decoder()
        for month in try DedupeIndex.monthFiles(in: itemsURL) {
            let url = monthURL(month)
            try JSONLinesReader.forEachLine(in: url) { line in
                let stored: StoredItem
                do {
                    stored = try decoder.decode(StoredItem.self, from: Data(line.bytes))
                } catch {
                    report(DecodingFailure.corrupt(error, file: url, line: line.number, bytes: line.bytes), fallback: url)
                    return
                }
                let item = stored.item
                if !itemIDs.insert(item.id).inserted {
                    report(url, line.number, "the item id \"\(item.id)\" is stored more than once")
                }
                if let feedIDs, !feedIDs.contains(item.feed) {
                    report(url, line.number, "item \"\(item.id)\" comes from feed \"\(item.feed)\", which is not in feeds.json")
                }
                if let target = stored.duplicateOf {
                    duplicateIDs.insert(item.id)
                    targets.append((target, url, line.number))
                }
            }
        }
        for (target, url, line) in targets {
            if !itemIDs.contains(target) {
                report(url, line, "duplicate_of \"\(target)\" names no stored item")
            } else if duplicateIDs.contains(target) {
                report(url, line, "duplicate_of \"\(target)\" names a duplicate, not a kept item")
            }
        }

        func checkEvidence(_ evidence: [Evidence], of what: String, _ url: URL, _ line: Int?) {
            for e in evidence where !itemIDs.contains(e.item) {
                report(url, line, "\(what): evidence item \"\(e.item)\" is not stored")
            }
        }
        for (c, line) in companies ?? [] {
            if let to = c.mergedInto, let companyIDs, !companyIDs.contains(to) {
                report(companiesURL, line, "company \"\(c.id)\": merged_into \"\(to)\" names no company")
            }
        }
        for (a, line) in allegations ?? [] {
            if let companyIDs {
                for id in a.accusers where !companyIDs.contains(id) {
                    report(allegationsURL, line, "allegation \"\(a.id)\": accuser \"\(id)\" is not in companies.json")
                }
                for id in a.accused where !companyIDs.contains(id) {
                    report(allegationsURL, line, "allegation \"\(a.id)\": accused \"\(id)\" is not in companies.json")
                }
            }
            checkEvidence(a.evidence, of: "allegation \"\(a.id)\"", allegationsURL, line)
            if let to = a.duplicateOf, let allegationIDs, !allegationIDs.contains(to) {
                report(allegationsURL, line, "allegation \"\(a.id)\": duplicate_of \"\(to)\" names no allegation")
            }
        }
        for (r, line) in regulations ?? [] {
            checkEvidence(r.evidence, of: "regulation \"\(r.id)\"", regulationsURL, line)
            for m in r.milestones {
                if let item = m.item, !itemIDs.contains(item) {
                    report(regulationsURL, line, "regulation \"\(r.id)\": milestone item \"\(item)\" is not stored")
                }
            }
            if let to = r.mergedInto, let regulationIDs, !regulationIDs.contains(to) {
                report(regulationsURL, line, "regulation \"\(r.id)\": merged_into \"\(to)\" names no regulation")
            }
        }
        if unlisted > 0 {
            problems.append(KnowledgeBaseProblem(file: root.path, line: nil, message: "\(unlisted) more problems not listed"))
        }
        return problems
    }
}
