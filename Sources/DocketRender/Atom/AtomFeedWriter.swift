import DocketModel
import Foundation

/// An Atom 1.0 feed (RFC 4287) of allegations that a person has confirmed, and of those that
/// went further (denied, upheld, settled, dismissed), for colleagues to subscribe to.
/// Candidates, rejected allegations and duplicates are left out.
///
/// Each entry's id is a `urn:uuid:` derived from the allegation's id, so it never changes;
/// `updated` is the latest date the allegation carries (report, status change); entries are
/// newest first. The output depends only on its input: no clock is read.
public enum AtomFeedWriter {
    /// The statuses that are published.
    public static let publishedStatuses: Set<Allegation.Status> = [.confirmed, .denied, .upheld, .settled, .dismissed]

    public static func allegations(
        _ allegations: [Allegation], companies: [Company], feeds: [Feed], options: AtomFeedOptions,
        lookup: @escaping ItemLookup
    ) throws -> String {
        let directory = CompanyDirectory(companies)
        let outlets = Dictionary(feeds.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let chosen = allegations
            .filter { $0.duplicateOf == nil && publishedStatuses.contains($0.status) }
            .map { ($0, updated(of: $0) ?? options.emptyFeedUpdated) }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        let feedUpdated = chosen.map(\.1).max() ?? options.emptyFeedUpdated
        var x = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>\(XMLText.escape(options.id))</id>
              <title type="text">\(XMLText.escape(PlainText.oneLine(options.title)))</title>
              <updated>\(ISO8601.string(from: feedUpdated))</updated>
              <author><name>\(XMLText.escape(PlainText.oneLine(options.author)))</name></author>
              <generator uri="\(XMLText.attribute(DocketInfo.projectURL))" version="\(XMLText.attribute(DocketInfo.version))">Docket</generator>

            """
        if let link = SafeLink.http(options.selfURL) {
            x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.attribute(link))\"/>\n"
        }
        if let link = SafeLink.http(options.siteURL) {
            x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.attribute(link))\"/>\n"
        }
        for (a, updated) in chosen {
            x += try entry(a, updated: updated, directory: directory, outlets: outlets, options: options, lookup: lookup)
        }
        x += "</feed>\n"
        return x
    }

    static func entry(
        _ a: Allegation, updated: Date, directory: CompanyDirectory, outlets: [String: String], options: AtomFeedOptions,
        lookup: ItemLookup
    ) throws -> String {
        let accusers = Wording.list((a.accusers.map(directory.name) + a.accuserNames).map { PlainText.oneLine($0) })
        let accused = Wording.list(a.accused.map(directory.name).map { PlainText.oneLine($0) })
        let verb = a.accusers.count + a.accuserNames.count > 1 ? "accuse" : "accuses"
        let title = "\(accusers.isEmpty ? "Someone" : accusers) \(verb) \(accused.isEmpty ? "an unnamed party" : accused) of \(Wording.accusationOf(a.category))"
        let latest = AllegationFacts.dated(a.evidence).reversed() + a.evidence.filter { $0.date == nil }
        let line = AllegationFacts.description(of: a)
        var summary = "Status: \(a.status.rawValue)."
        let products = a.products.map { PlainText.oneLine($0) }.filter { !$0.isEmpty }
        if !products.isEmpty { summary += " Products: \(products.joined(separator: ", "))." }
        if !PlainText.oneLine(line).isEmpty { summary += " " + PlainText.oneLine(line, limit: 400) }

        var links: [(href: String, title: String)] = []
        var sourceLines: [String] = []
        var seen = Set<String>()
        for e in latest where seen.insert(e.item).inserted {
            guard links.count < options.linkLimit else { break }
            guard let item = try lookup(e.item), let href = SafeLink.http(item.link), !links.contains(where: { $0.href == href })
            else { continue }
            let itemTitle = PlainText.oneLine(item.title ?? "", limit: 200)
            let outlet = PlainText.oneLine(outlets[item.feed] ?? item.feed)
            let date = (item.published ?? item.updated).map { ISO8601.dateString(from: $0) }
            links.append((href, itemTitle))
            sourceLines.append("- \(itemTitle.isEmpty ? href : itemTitle) (\(outlet)\(date.map { ", " + $0 } ?? "")): \(href)")
        }
        let published = ([a.firstReported] + a.evidence.map(\.date)).compactMap { $0 }.min()
        var x = "  <entry>\n"
        x += "    <id>\(XMLText.escape(entryID(forAllegation: a.id)))</id>\n"
        x += "    <title type=\"text\">\(XMLText.escape(PlainText.oneLine(title)))</title>\n"
        x += "    <updated>\(ISO8601.string(from: updated))</updated>\n"
        if let published { x += "    <published>\(ISO8601.string(from: published))</published>\n" }
        for (i, link) in links.enumerated() {
            let rel = i == 0 ? "alternate" : "related"
            let titleAttribute = link.title.isEmpty ? "" : " title=\"\(XMLText.attribute(link.title))\""
            x += "    <link rel=\"\(rel)\" type=\"text/html\" href=\"\(XMLText.attribute(link.href))\"\(titleAttribute)/>\n"
        }
        x += "    <category term=\"\(XMLText.attribute(PlainText.oneLine(a.category)))\"/>\n"
        x += "    <category scheme=\"urn:docket:allegation-status\" term=\"\(XMLText.attribute(a.status.rawValue))\"/>\n"
        x += "    <summary type=\"text\">\(XMLText.escape(summary))</summary>\n"
        var content = summary
        if !sourceLines.isEmpty { content += "\n\nSources:\n" + sourceLines.joined(separator: "\n") }
        x += "    <content type=\"text\">\(XMLText.escape(content))</content>\n"
        x += "  </entry>\n"
        return x
    }

    /// The latest date an allegation carries: last report, status change, first report.
    static func updated(of a: Allegation) -> Date? {
        ([a.lastReported, a.firstReported] + a.history.map { Optional($0.date) } + a.evidence.map(\.date)).compactMap { $0 }.max()
    }

    /// `urn:uuid:` + a name-based UUID (RFC 9562 version 8, from SHA-256) of the allegation id.
    public static func entryID(forAllegation id: String) -> String {
        uuidURN("docket:allegation:" + id)
    }

    /// A `urn:uuid:` made from SHA-256 of `name`: the same name always gives the same URN.
    public static func uuidURN(_ name: String) -> String {
        var hex = Array(StableID.sha256(name).prefix(32))
        hex[12] = "8"  // version 8: custom, name-based
        let variant = Int(String(hex[16]), radix: 16)! & 0x3 | 0x8
        hex[16] = Character(String(variant, radix: 16))
        let s = String(hex)
        let parts = [s.prefix(8), s.dropFirst(8).prefix(4), s.dropFirst(12).prefix(4), s.dropFirst(16).prefix(4), s.dropFirst(20)]
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}
